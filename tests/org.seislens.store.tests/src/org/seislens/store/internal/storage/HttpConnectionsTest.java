package org.seislens.store.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Exchanges over kept-alive connections against a loopback server that answers as scripted: reuse, a connection
 * the server closed while idle, HEAD, chunked and close-delimited bodies, requests in parallel.
 */
class HttpConnectionsTest {

    /** What the server writes for one request; returns whether it keeps the connection open. */
    private interface Script {
        boolean answer(int request, String requestLine, OutputStream out) throws IOException;
    }

    private static final class Server implements AutoCloseable {

        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final List<String> requestLines = java.util.Collections.synchronizedList(new ArrayList<>());

        Server(Script script) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        connections.incrementAndGet();
                        Thread t = new Thread(() -> serve(s, script));
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException e) {
                        // Closed by the test.
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        private void serve(Socket s, Script script) {
            try (s) {
                InputStream in = new BufferedInputStream(s.getInputStream());
                while (true) {
                    String requestLine = line(in);
                    if (requestLine == null) {
                        return;
                    }
                    int length = 0;
                    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                        if (h.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(h.substring(15).trim());
                        }
                    }
                    in.readNBytes(length);
                    requestLines.add(requestLine);
                    OutputStream out = s.getOutputStream();
                    boolean open = script.answer(requests.incrementAndGet(), requestLine, out);
                    out.flush();
                    if (!open) {
                        return;
                    }
                }
            } catch (IOException e) {
                // The client went away.
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    return null;
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        HttpConnections client() {
            return new HttpConnections(URI.create("http://127.0.0.1:" + socket.getLocalPort()));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void respond(OutputStream out, String status, String headers, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: " + b.length + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(b);
    }

    private static String text(HttpConnections.Reply r) {
        return new String(r.body(), StandardCharsets.US_ASCII);
    }

    @Test
    void oneConnectionServesSequentialRequests() throws Exception {
        try (Server server = new Server((n, line, out) -> {
            respond(out, "200 OK", "ETag: \"e" + n + "\"\r\n", "body " + n);
            return true;
        })) {
            HttpConnections http = server.client();
            for (int i = 1; i <= 5; i++) {
                HttpConnections.Reply r = http.exchange("GET", "/b/k" + i, Map.of("Range", "bytes=0-9"), null);
                assertEquals(200, r.status());
                assertEquals("body " + i, text(r));
                assertEquals("\"e" + i + "\"", r.header("etag"));
            }
            assertEquals(1, server.connections.get());
            assertEquals("GET /b/k5 HTTP/1.1", server.requestLines.get(4));
        }
    }

    @Test
    void connectionClosedByTheServerWhileIdleIsReplaced() throws Exception {
        // Every connection serves one request, then the server closes it without saying so.
        try (Server server = new Server((n, line, out) -> {
            respond(out, "200 OK", "", "answer " + n);
            return false;
        })) {
            HttpConnections http = server.client();
            assertEquals("answer 1", text(http.exchange("GET", "/b/a", Map.of(), null)));
            Thread.sleep(50); // Lets the close reach the client's socket.
            assertEquals("answer 2", text(http.exchange("PUT", "/b/a", Map.of(), new byte[] { 1, 2, 3 })));
            assertEquals(2, server.connections.get());
            assertEquals(2, server.requests.get());
        }
    }

    @Test
    void headChunkedAndCloseDelimitedResponses() throws Exception {
        try (Server server = new Server((n, line, out) -> {
            if (line.startsWith("HEAD")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return true;
            }
            if (line.contains("chunked")) {
                out.write(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nsei\r\n5;x=y\r\nslens\r\n0\r\n"
                        + "Trailer: t\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                return true;
            }
            out.write("HTTP/1.1 404 Not Found\r\n\r\n<Error><Code>NoSuchKey</Code></Error>"
                    .getBytes(StandardCharsets.US_ASCII));
            return false;
        })) {
            HttpConnections http = server.client();
            HttpConnections.Reply head = http.exchange("HEAD", "/b/k", Map.of(), null);
            assertEquals("1234", head.header("Content-Length"));
            assertEquals(0, head.body().length);
            assertEquals("seislens", text(http.exchange("GET", "/b/chunked", Map.of(), null)));
            HttpConnections.Reply missing = http.exchange("GET", "/b/missing", Map.of(), null);
            assertEquals(404, missing.status());
            assertEquals("<Error><Code>NoSuchKey</Code></Error>", text(missing));
            assertEquals(1, server.connections.get());
            assertEquals("sei", text(http.exchange("GET", "/b/chunked", Map.of(), null)).substring(0, 3));
            assertEquals(2, server.connections.get());
        }
    }

    @Test
    void parallelRequestsTakeOneConnectionEachAndKeepThem() throws Exception {
        try (Server server = new Server((n, line, out) -> {
            respond(out, "206 Partial Content", "", line.substring(4, line.indexOf(' ', 4)));
            return true;
        })) {
            HttpConnections http = server.client();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<String>> answers = new ArrayList<>();
                    for (int i = 0; i < 64; i++) {
                        String target = "/b/chunk-" + round + "-" + i;
                        answers.add(pool.submit(() -> text(http.exchange("GET", target, Map.of(), null))));
                    }
                    for (int i = 0; i < 64; i++) {
                        assertEquals("/b/chunk-" + round + "-" + i, answers.get(i).get());
                    }
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(3 * 64, server.requests.get());
            assertTrue(server.connections.get() <= 8, server.connections.get() + " connections");
        }
    }
}
