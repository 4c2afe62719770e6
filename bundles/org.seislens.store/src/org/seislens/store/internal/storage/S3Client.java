package org.seislens.store.internal.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.store.internal.storage.HttpConnections.Reply;

/**
 * The few S3 requests datasets need (ranged GET, HEAD, LIST, PUT, DELETE; multipart uploads in
 * {@link S3Upload}, listings in {@link S3Listing}), path-style, signed with
 * {@link SigV4Signer}, over kept-alive HTTP/1.1 connections ({@link HttpConnections}). Transient failures (connection errors, 429, 5xx) are retried with
 * exponential backoff and jitter; the rest become {@link IOException}s whose message says what to check. Messages
 * never include the secret key. Thread-safe.
 */
public final class S3Client {

    /** Attempts per request, the first included. */
    static final int ATTEMPTS = 4;
    private static final long FIRST_BACKOFF_MS = 50;
    private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>"); //$NON-NLS-1$
    private static final Pattern TOTAL = Pattern.compile("bytes \\d+-\\d+/(\\d+)"); //$NON-NLS-1$

    private final S3Settings settings;
    private final HttpConnections http;
    private final @Nullable SigV4Signer signer;
    /** The path of every request: the endpoint's, if it has one. */
    private final String basePath;

    /**
     * @param settings the server and credentials
     */
    public S3Client(S3Settings settings) {
        this.settings = settings;
        this.http = new HttpConnections(settings.endpoint());
        String accessKey = settings.accessKey();
        String secretKey = settings.secretKey();
        this.signer = accessKey != null && secretKey != null ? new SigV4Signer(accessKey, secretKey, settings.region())
                : null;
        String p = settings.endpoint().getRawPath();
        this.basePath = p == null ? "" : p; //$NON-NLS-1$
    }

    /** @return the server and credentials */
    public S3Settings settings() {
        return settings;
    }

    /**
     * A ranged read's bytes and the object's whole size.
     *
     * @param bytes the bytes read
     * @param objectSize the object's size
     */
    public record Range(byte[] bytes, long objectSize) {
    }

    /**
     * Reads part of an object.
     *
     * @param bucket the bucket
     * @param key the object key
     * @param offset the first byte
     * @param length the number of bytes wanted, at least 1; fewer come back at the object's end
     * @return the bytes and the object's size
     * @throws NoSuchFileException if there is no such object
     * @throws IOException if the request fails
     */
    public Range get(String bucket, String key, long offset, int length) throws IOException {
        Reply r = send("GET", bucket, key, Map.of(), null, //$NON-NLS-1$
                "bytes=" + offset + "-" + (offset + length - 1)); //$NON-NLS-1$ //$NON-NLS-2$
        String contentRange = r.header("Content-Range"); //$NON-NLS-1$
        if (r.status() == 416) {
            return new Range(new byte[0], contentRange == null ? 0 : total(contentRange));
        }
        if (r.status() == 200) {
            byte[] all = r.body();
            int from = (int) Math.min(offset, all.length);
            int to = (int) Math.min(all.length, offset + length);
            return new Range(Arrays.copyOfRange(all, from, to), all.length);
        }
        return new Range(r.body(), contentRange == null ? offset + r.body().length : total(contentRange));
    }

    private static long total(String contentRange) {
        Matcher m = TOTAL.matcher(contentRange);
        return m.find() ? Long.parseLong(m.group(1)) : contentRange.endsWith("/0") ? 0 : -1; //$NON-NLS-1$
    }

    /**
     * @param bucket the bucket
     * @param key the object key
     * @return the object's size, or -1 if there is no such object
     * @throws IOException if the request fails
     */
    public long size(String bucket, String key) throws IOException {
        try {
            String length = send("HEAD", bucket, key, Map.of(), null, null).header("Content-Length"); //$NON-NLS-1$ //$NON-NLS-2$
            return length == null ? 0 : Long.parseLong(length);
        } catch (NoSuchFileException e) {
            return -1;
        }
    }

    /**
     * @param bucket the bucket
     * @param prefix a key prefix
     * @return whether at least one object's key starts with it
     * @throws NoSuchFileException if the bucket does not exist
     * @throws IOException if the request fails
     */
    public boolean anyWithPrefix(String bucket, String prefix) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("list-type", "2"); //$NON-NLS-1$ //$NON-NLS-2$
        query.put("max-keys", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        query.put("prefix", SigV4Signer.encode(prefix, false)); //$NON-NLS-1$
        Reply r = send("GET", bucket, "", query, null, null); //$NON-NLS-1$ //$NON-NLS-2$
        return new String(r.body(), StandardCharsets.UTF_8).contains("<Key>"); //$NON-NLS-1$
    }

    /**
     * Writes a whole object.
     *
     * @param bucket the bucket
     * @param key the object key
     * @param bytes its content
     * @throws IOException if the request fails
     */
    public void put(String bucket, String key, byte[] bytes) throws IOException {
        send("PUT", bucket, key, Map.of(), bytes, null); //$NON-NLS-1$
    }

    /**
     * Deletes an object; deleting one that does not exist is no error.
     *
     * @param bucket the bucket
     * @param key the object key
     * @throws IOException if the request fails
     */
    public void delete(String bucket, String key) throws IOException {
        try {
            send("DELETE", bucket, key, Map.of(), null, null); //$NON-NLS-1$
        } catch (NoSuchFileException e) {
            // Already gone: what was asked for.
        }
    }

    /**
     * Creates a bucket.
     *
     * @param bucket the bucket
     * @throws IOException if the request fails
     */
    public void createBucket(String bucket) throws IOException {
        send("PUT", bucket, "", Map.of(), new byte[0], null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Ends the request a thread is sending, at once (its connection is closed), for a transfer being cancelled: the
     * thread, interrupted first, then gets an {@link InterruptedIOException} instead of waiting for the server.
     *
     * @param thread an interrupted thread that may be in a request of this client
     */
    public void abort(Thread thread) {
        http.abort(thread);
    }

    /**
     * Sends one request, retrying transient failures.
     *
     * @param method the HTTP method
     * @param bucket the bucket
     * @param key the object key, empty for the bucket
     * @param query the query parameters, already URI-encoded
     * @param body the body, {@code null} for none
     * @param range a {@code Range} header, or {@code null}
     * @return the response, of status below 300 or 416
     * @throws NoSuchFileException for a missing bucket or object
     * @throws java.nio.file.AccessDeniedException if the server refuses the credentials
     * @throws IOException if the request fails otherwise
     */
    Reply send(String method, String bucket, String key, Map<String, String> query, byte @Nullable [] body,
            @Nullable String range) throws IOException {
        String path = basePath + "/" + SigV4Signer.encode(bucket, false) //$NON-NLS-1$
                + (key.isEmpty() ? "" : "/" + SigV4Signer.encode(key, true)); //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v)); //$NON-NLS-1$ //$NON-NLS-2$
        String target = path + q;
        String where = "s3://" + bucket + "/" + key; //$NON-NLS-1$ //$NON-NLS-2$
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                backoff(attempt);
            }
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(method + " " + where + " was interrupted"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Map<String, String> headers = new HashMap<>(8);
            if (range != null) {
                headers.put("Range", range); //$NON-NLS-1$
            }
            if (body != null) {
                headers.put("Content-Type", "application/octet-stream"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            SigV4Signer s = signer;
            if (s != null) {
                String hash = body == null ? SigV4Signer.EMPTY_SHA256 : SigV4Signer.sha256Hex(body);
                headers.putAll(s.sign(method, path, query, http.hostHeader(), hash, ZonedDateTime.now()));
            }
            Reply r;
            try {
                r = http.exchange(method, target, headers, body);
            } catch (ConnectException e) {
                last = new IOException("cannot reach the S3 endpoint " + settings.endpoint() //$NON-NLS-1$
                        + " (check the endpoint's address and the network): " + e.getClass().getSimpleName(), e); //$NON-NLS-1$
                continue;
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    InterruptedIOException stopped = new InterruptedIOException(method + " " + where //$NON-NLS-1$
                            + " was interrupted"); //$NON-NLS-1$
                    stopped.initCause(e);
                    throw stopped;
                }
                last = new IOException("request to " + settings.endpoint() + " failed: " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            int status = r.status();
            if (status < 300 || status == 416) {
                return r;
            }
            String code = code(r.body());
            if (status == 429 || status >= 500) {
                last = new IOException("the S3 endpoint " + settings.endpoint() + " answered " + status //$NON-NLS-1$ //$NON-NLS-2$
                        + (code.isEmpty() ? "" : " " + code) + ", " + (attempt + 1) + " times"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                continue;
            }
            throw failure(status, code, bucket, where);
        }
        throw last == null ? new IOException("request to " + where + " failed") : last; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private IOException failure(int status, String code, String bucket, String where) {
        if ("NoSuchBucket".equals(code)) { //$NON-NLS-1$
            return new NoSuchFileException(where, null, "bucket " + bucket + " does not exist at " //$NON-NLS-1$ //$NON-NLS-2$
                    + settings.endpoint());
        }
        if (status == 404) {
            return new NoSuchFileException(where, null, "no such object"); //$NON-NLS-1$
        }
        if (status == 403 || status == 401) {
            return new AccessDeniedException(where, null, "access denied by " + settings.endpoint() //$NON-NLS-1$
                    + (code.isEmpty() ? "" : " (" + code + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ": check the credentials (" + settings.keysFrom() + ") and the region (" + settings.region() //$NON-NLS-1$ //$NON-NLS-2$
                    + ")"); //$NON-NLS-1$
        }
        return new IOException(where + ": the S3 endpoint " + settings.endpoint() + " answered " + status //$NON-NLS-1$ //$NON-NLS-2$
                + (code.isEmpty() ? "" : " " + code)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String code(byte[] body) {
        Matcher m = CODE.matcher(new String(body, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : ""; //$NON-NLS-1$
    }

    private static void backoff(int attempt) throws InterruptedIOException {
        long delay = FIRST_BACKOFF_MS << (2 * (attempt - 1));
        try {
            Thread.sleep(delay + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry"); //$NON-NLS-1$
        }
    }
}
