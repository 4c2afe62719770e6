package org.seislens.store.internal.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
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

    private final String host;
    private final int port;
    private final boolean tls;
    private final String hostHeader;
    private final ConcurrentLinkedDeque<HttpConnection> idle = new ConcurrentLinkedDeque<>();
    /** The connection each thread is exchanging on, for {@link #abort(Thread)}. */
    private final Map<Thread, HttpConnection> inUse = new ConcurrentHashMap<>();

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
        HttpConnection c = reusable();
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
        HttpConnection c = inUse.get(thread);
        if (c != null) {
            c.close();
        }
    }

    private @Nullable HttpConnection reusable() {
        long now = System.nanoTime();
        HttpConnection c;
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

    private HttpConnection open() throws IOException {
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
            return new HttpConnection(socket);
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
        HttpConnection c;
        while ((c = idle.pollFirst()) != null) {
            c.close();
        }
    }
}
