package org.seislens.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP relay to an object storage endpoint that holds back every request by a fixed delay, to measure
 * reads as if the server were far away. A request is whatever the client sends after it has received something
 * (HTTP/1.1 without pipelining sends one request, then waits), so each request waits once, however many
 * connections run in parallel.
 */
final class DelayingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "SeisLens bench delaying proxy"); //$NON-NLS-1$
        t.setDaemon(true);
        return t;
    });

    /**
     * @param target the endpoint to relay to (http only)
     * @param delayMs the delay added before each request is relayed
     * @throws IOException if no loopback port can be opened
     */
    DelayingProxy(URI target, long delayMs) throws IOException {
        this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        String host = target.getHost();
        int port = target.getPort() < 0 ? 80 : target.getPort();
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket();
                    upstream.connect(new InetSocketAddress(host, port), 5000);
                    client.setTcpNoDelay(true);
                    upstream.setTcpNoDelay(true);
                    Object turn = new Object();
                    boolean[] answered = { true };
                    threads.execute(() -> relay(client, upstream, delayMs, turn, answered, true));
                    threads.execute(() -> relay(upstream, client, 0, turn, answered, false));
                } catch (IOException e) {
                    // Closed, or one connection failed: the client sees its socket close.
                }
            }
        });
    }

    /** Copies one direction; requests wait {@code delayMs} when they start a new exchange. */
    private static void relay(Socket from, Socket to, long delayMs, Object turn, boolean[] answered,
            boolean request) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (request) {
                    boolean starts;
                    synchronized (turn) {
                        starts = answered[0];
                        answered[0] = false;
                    }
                    if (starts && delayMs > 0) {
                        Thread.sleep(delayMs);
                    }
                } else {
                    synchronized (turn) {
                        answered[0] = true;
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The other side closed.
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException e) {
                // Already closed.
            }
        }
    }

    /** @return the relay's endpoint */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort()); //$NON-NLS-1$
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
