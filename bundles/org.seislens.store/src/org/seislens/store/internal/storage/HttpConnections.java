package org.seislens.store.internal.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.Nullable;

/**
 * HTTP/1.1 exchanges with one server over kept-alive connections, one request at a time per connection, as many
 * connections as requests in flight. Written for the S3 requests of {@link S3Client}, a chunk GET above all: a
 * blocking socket and a request written in one go cost a fraction of the CPU time that {@code java.net.http} spends
 * on its selector thread, futures and body subscribers, which on a machine of two cores is time taken from the
 * server and the decoding. Bodies are read whole into one array of the announced length; chunked and
 * close-delimited responses are understood too. Thread-safe.
 */
final class HttpConnections {

    /** Idle connections kept, beyond which a returned connection is closed. */
    static final int MAX_IDLE = 64;
    /** A connection idle this long may have been closed by the server: it is not used again. */
    private static final long MAX_IDLE_NANOS = 15_000_000_000L;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int MAX_HEADER_BYTES = 64 << 10;

    private final String host;
    private final int port;
    private final boolean tls;
    private final String hostHeader;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    /** The connection each thread is exchanging on, for {@link #abort(Thread)}. */
    private final Map<Thread, Connection> inUse = new ConcurrentHashMap<>();

    /**
     * A response.
     *
     * @param status the status code
     * @param headers the header fields by lower-case name (the last of repeated ones)
     * @param body the body, empty if there is none
     */
    record Reply(int status, Map<String, String> headers, byte[] body) {

        /**
         * @param name a header name, any case
         * @return its value, or {@code null} if absent
         */
        @Nullable
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @param endpoint the server, {@code http} or {@code https}
     */
    HttpConnections(URI endpoint) {
        this.host = endpoint.getHost();
        this.tls = "https".equalsIgnoreCase(endpoint.getScheme()); //$NON-NLS-1$
        this.port = endpoint.getPort() >= 0 ? endpoint.getPort() : tls ? 443 : 80;
        this.hostHeader = endpoint.getPort() < 0 ? host : host + ":" + endpoint.getPort(); //$NON-NLS-1$
    }

    /** @return the {@code Host} header sent, as requests are signed with it */
    String hostHeader() {
        return hostHeader;
    }

    /**
     * Sends one request and reads its response. A kept-alive connection that the server closed in the meantime is
     * replaced by a new one, once, before the failure counts.
     *
     * @param method the method
     * @param target the path and query, encoded
     * @param headers the header fields besides {@code Host} and {@code Content-Length}
     * @param body the body, {@code null} for none
     * @return the response
     * @throws ConnectException if the server cannot be reached
     * @throws IOException if the exchange fails
     */
    Reply exchange(String method, String target, Map<String, String> headers, byte @Nullable [] body)
            throws IOException {
        Connection c = reusable();
        boolean reused = c != null;
        byte[] request = request(method, target, headers, body);
        while (true) {
            if (c == null) {
                c = open();
            }
            Thread self = Thread.currentThread();
            inUse.put(self, c);
            try {
                if (self.isInterrupted()) {
                    // Interrupted before the connection was registered: abort(self) could not close it.
                    throw new InterruptedIOException(method + " " + target + " was interrupted"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                Reply r = c.exchange(request, body, "HEAD".equals(method)); //$NON-NLS-1$
                if (c.keepAlive && idle.size() < MAX_IDLE) {
                    c.lastUsed = System.nanoTime();
                    idle.offerFirst(c);
                } else {
                    c.close();
                }
                return r;
            } catch (IOException e) {
                c.close();
                if (!reused || c.received || self.isInterrupted()) {
                    throw e;
                }
                // Closed by the server while idle: nothing of the response came, so send again on a new connection.
                reused = false;
                c = null;
            } finally {
                inUse.remove(self);
            }
        }
    }

    /**
     * Ends the exchange a thread is in, at once: its connection is closed, so a read or write blocked on it fails
     * now rather than at the read timeout. For cancelling a transfer whose thread is interrupted (blocking socket
     * I/O does not notice an interrupt); an exchange the thread starts after being interrupted fails by itself.
     *
     * @param thread the thread
     */
    void abort(Thread thread) {
        Connection c = inUse.get(thread);
        if (c != null) {
            c.close();
        }
    }

    private @Nullable Connection reusable() {
        long now = System.nanoTime();
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            if (now - c.lastUsed < MAX_IDLE_NANOS) {
                return c;
            }
            c.close();
        }
        return null;
    }

    private byte[] request(String method, String target, Map<String, String> headers, byte @Nullable [] body) {
        StringBuilder b = new StringBuilder(256 + 64 * headers.size());
        b.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(hostHeader).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
        headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
        if (body != null) {
            b.append("Content-Length: ").append(body.length).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            if (tls) {
                SSLSocket s = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host,
                        port, true);
                SSLParameters p = s.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS"); //$NON-NLS-1$
                s.setSSLParameters(p);
                s.startHandshake();
                socket = s;
            }
            return new Connection(socket);
        } catch (SocketTimeoutException | UnknownHostException e) {
            socket.close();
            ConnectException c = new ConnectException(e.getClass().getSimpleName() + ": " + e.getMessage()); //$NON-NLS-1$
            c.initCause(e);
            throw c;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Closes the idle connections; the ones in use close when returned beyond {@link #MAX_IDLE}. */
    void closeIdle() {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            c.close();
        }
    }

    /** One socket, used by one request at a time. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        long lastUsed;
        /** Whether the server may take another request on this connection. */
        boolean keepAlive;
        /** Whether any byte of the current response came. */
        boolean received;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 << 10);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 16 << 10);
        }

        Reply exchange(byte[] request, byte @Nullable [] body, boolean head) throws IOException {
            received = false;
            out.write(request);
            if (body != null) {
                out.write(body);
            }
            out.flush();
            int status;
            Map<String, String> headers = new HashMap<>();
            do {
                String statusLine = line();
                received = true;
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) { //$NON-NLS-1$
                    throw new IOException("not an HTTP/1.1 response: " + statusLine); //$NON-NLS-1$
                }
                status = Integer.parseInt(statusLine.substring(9, 12));
                headers.clear();
                for (String h = line(); !h.isEmpty(); h = line()) {
                    int colon = h.indexOf(':');
                    if (colon > 0) {
                        headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                    }
                }
            } while (status >= 100 && status < 200);
            keepAlive = !"close".equalsIgnoreCase(headers.get("connection")); //$NON-NLS-1$ //$NON-NLS-2$
            byte[] content;
            String length = headers.get("content-length"); //$NON-NLS-1$
            if (head || status == 204 || status == 304) {
                content = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) { //$NON-NLS-1$ //$NON-NLS-2$
                content = chunked();
            } else if (length != null) {
                content = exactly(Integer.parseInt(length));
            } else {
                content = in.readAllBytes();
                keepAlive = false;
            }
            return new Reply(status, headers, content);
        }

        private byte[] chunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    while (!line().isEmpty()) {
                        // Trailer fields are not used.
                    }
                    return body.toByteArray();
                }
                body.write(exactly(size));
                line();
            }
        }

        /** Reads the next {@code n} bytes straight into one array (large reads bypass the buffer). */
        private byte[] exactly(int n) throws IOException {
            byte[] bytes = new byte[n];
            for (int done = 0; done < n;) {
                int r = in.read(bytes, done, n - done);
                if (r < 0) {
                    throw new EOFException("the response ended after " + done + " of " + n + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                done += r;
            }
            return bytes;
        }

        /** Reads one line of ASCII, without its CR LF. */
        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new EOFException("the server closed the connection"); //$NON-NLS-1$
                }
                if (c != '\r') {
                    b.append((char) c);
                }
                if (b.length() > MAX_HEADER_BYTES) {
                    throw new IOException("response header line longer than " + MAX_HEADER_BYTES + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            return b.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
    }
}
