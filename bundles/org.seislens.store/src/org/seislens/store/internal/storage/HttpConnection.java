package org.seislens.store.internal.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One socket of {@link HttpConnections}, used by one request at a time: writes a request in one go and reads its
 * response, whose body comes whole in one array (by its length, chunked, or up to the close).
 */
final class HttpConnection {

    private static final int MAX_HEADER_BYTES = 64 << 10;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    long lastUsed;
    /** Whether the server may take another request on this connection. */
    boolean keepAlive;
    /** Whether any byte of the current response came. */
    boolean received;

    /**
     * @param socket a connected socket, with its read timeout set
     * @throws IOException if its streams cannot be had
     */
    HttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 16 << 10);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 16 << 10);
    }

    /**
     * @param request the request line and header fields
     * @param body the body, {@code null} for none
     * @param head whether the request is a HEAD, whose response has no body whatever its length says
     * @return the response
     * @throws IOException if the exchange fails; {@link #received} says whether any of the response came
     */
    HttpConnections.Reply exchange(byte[] request, byte @Nullable [] body, boolean head) throws IOException {
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
        return new HttpConnections.Reply(status, headers, content);
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

    /** Closes the socket; a read or write blocked on it fails at once. */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }
}
