package org.seislens.store.internal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Retries of transient failures, against a loopback HTTP server that answers 503 a given number of times before
 * it serves the object (s3proxy cannot be made to fail on demand).
 */
class S3ClientTest {

    /** Answers the first {@code failures} requests with 503 Slow Down, then every request with "seislens". */
    private static final class FlakyServer implements AutoCloseable {

        final ServerSocket socket;
        final AtomicInteger requests = new AtomicInteger();
        final Thread thread;

        FlakyServer(int failures) throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        BufferedReader in = new BufferedReader(
                                new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                        String line;
                        while ((line = in.readLine()) != null && !line.isEmpty()) {
                            // Only the request's end matters.
                        }
                        byte[] body = requests.incrementAndGet() <= failures
                                ? "<Error><Code>SlowDown</Code></Error>".getBytes(StandardCharsets.US_ASCII)
                                : "seislens".getBytes(StandardCharsets.US_ASCII);
                        String status = requests.get() <= failures ? "503 Slow Down" : "206 Partial Content";
                        OutputStream out = s.getOutputStream();
                        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: " + body.length
                                + "\r\nContent-Range: bytes 0-7/8\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.write(body);
                        out.flush();
                    } catch (IOException e) {
                        // Closed by the test.
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        S3Client client() {
            return new S3Client(new S3Settings(URI.create("http://127.0.0.1:" + socket.getLocalPort()), "us-east-1",
                    "key", "secret"));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void transientFailuresAreRetried() throws Exception {
        try (FlakyServer server = new FlakyServer(S3Client.ATTEMPTS - 1)) {
            S3Client.Range r = server.client().get("bucket", "a/0.0", 0, 8);
            assertArrayEquals("seislens".getBytes(StandardCharsets.US_ASCII), r.bytes());
            assertEquals(8, r.objectSize());
            assertEquals(S3Client.ATTEMPTS, server.requests.get());
        }
    }

    @Test
    void persistentFailuresEndInOneMessage() throws Exception {
        try (FlakyServer server = new FlakyServer(Integer.MAX_VALUE)) {
            IOException e = assertThrows(IOException.class, () -> server.client().get("bucket", "a/0.0", 0, 8));
            assertTrue(e.getMessage().contains("answered 503 SlowDown, " + S3Client.ATTEMPTS + " times"),
                    e.getMessage());
            assertEquals(S3Client.ATTEMPTS, server.requests.get());
        }
    }
}
