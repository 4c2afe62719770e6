package org.seislens.store.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.ObjectStoreCredentials;
import org.seislens.test.support.S3ProxyServer;

/**
 * Publishing a dataset directory to s3proxy through a relay that can stall the network: a publish cancelled while
 * its uploads hang ends at once (their connections are closed, not left to the read timeout), its upload threads
 * are gone, and nothing of the dataset is left in the bucket.
 */
class S3PublisherTest {

    private static final String BUCKET = "seislens-publish";

    @TempDir
    static Path tmp;

    private static S3ProxyServer server;
    private static S3Client direct;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start(tmp);
        direct = new S3Client(new S3Settings(URI.create(server.endpoint()), "us-east-1", S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY));
        direct.createBucket(BUCKET);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void aCancelWhileUploadsHangEndsAtOnceAndLeavesNothing() throws Exception {
        Path staged = Files.createDirectories(tmp.resolve("staged.seislens"));
        Files.writeString(staged.resolve("metadata.json"), "{}");
        Random random = new Random(14);
        for (String name : List.of("samples/0.0", "samples/1.0", "headers.parquet")) {
            byte[] bytes = new byte[name.startsWith("samples") ? S3Upload.PART_SIZE * 2 + 1000 : 3 << 20];
            random.nextBytes(bytes);
            Files.createDirectories(staged.resolve(name).getParent());
            Files.write(staged.resolve(name), bytes);
        }
        URI endpoint = URI.create(server.endpoint());
        try (StallingRelay relay = new StallingRelay(endpoint.getPort(), 1 << 20)) {
            Path target = new Storage().path("s3://" + BUCKET + "/cancel/line.seislens", ObjectStoreCredentials
                    .ofKeys(relay.endpoint(), "us-east-1", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
            long[] cancelledAt = { 0 };
            NullProgressMonitor cancelOnceStalled = new NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    if (relay.stalled.getCount() == 0 && cancelledAt[0] == 0) {
                        relay.stalling = false; // the cleanup's requests go through; stalled ones stay stalled
                        cancelledAt[0] = System.nanoTime();
                    }
                    return cancelledAt[0] != 0;
                }
            };
            assertThrows(OperationCanceledException.class,
                    () -> S3Publisher.publish(staged, target, "metadata.json", cancelOnceStalled));
            double seconds = (System.nanoTime() - cancelledAt[0]) / 1e9;
            assertTrue(seconds < 5, "the publish ended " + seconds + " s after the cancel");
            List<String> uploaders = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                    .map(Thread::getName).filter(n -> n.startsWith("SeisLens upload to")).toList();
            assertEquals(List.of(), uploaders, "upload threads still running");
        }
        assertEquals(List.of(), S3Listing.of(direct, BUCKET, "cancel/", null).objects(),
                "nothing of the cancelled dataset is left");
    }

    /**
     * Forwards connections to the server; while {@link #stalling}, a connection that has sent more than a number of
     * request bytes stops being read for good (its client's writes, then reads, hang as on a dead network).
     */
    private static final class StallingRelay implements AutoCloseable {

        final CountDownLatch stalled = new CountDownLatch(1);
        volatile boolean stalling = true;
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final CountDownLatch closed = new CountDownLatch(1);
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "relay");
            t.setDaemon(true);
            return t;
        });
        private final int serverPort;
        private final long stallAfter;

        StallingRelay(int serverPort, long stallAfter) throws IOException {
            this.serverPort = serverPort;
            this.stallAfter = stallAfter;
            threads.execute(this::accept);
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + listener.getLocalPort());
        }

        private void accept() {
            try {
                while (true) {
                    Socket client = listener.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    threads.execute(() -> pump(client, upstream, true));
                    threads.execute(() -> pump(upstream, client, false));
                }
            } catch (IOException e) {
                // closed
            }
        }

        private void pump(Socket from, Socket to, boolean requests) {
            byte[] buffer = new byte[64 << 10];
            long passed = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    if (requests && stalling && passed + n > stallAfter) {
                        stalled.countDown();
                        closed.await();
                        return;
                    }
                    out.write(buffer, 0, n);
                    passed += n;
                }
            } catch (IOException e) {
                // one side closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // closed already
                }
            }
        }

        @Override
        public void close() throws IOException {
            closed.countDown();
            listener.close();
            for (Socket s : sockets) {
                s.close();
            }
            threads.shutdownNow();
        }
    }
}
