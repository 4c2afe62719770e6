package org.seislens.ui.internal.datasets;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.ObjectStoreCredentials;

/**
 * Where a known dataset is, as the Datasets view remembers it: a local directory as a {@code file:} URI, or an
 * object storage location ({@code s3://bucket/prefix/name.seislens}) with the endpoint, region, profile and access
 * key it was opened with. The secret key is never part of it: {@link ObjectStoreSecrets} keeps it.
 *
 * @param uri the dataset's URI, {@code file:} or {@code s3:}
 * @param settings how the object store is reached (without the secret), or {@code null} for a local directory
 *            or for a location read with the AWS environment's settings
 */
public record DatasetLocation(URI uri, @Nullable ObjectStoreCredentials settings) {

    private static final String S3 = "s3"; //$NON-NLS-1$

    /**
     * Drops the secret, so that no instance holds one, and the slash that {@link Path#toUri()} ends an existing
     * directory's URI with, so that a directory has one location whether it exists or not.
     */
    public DatasetLocation {
        String text = uri.toString();
        if (text.endsWith("/") && !uri.getPath().equals("/")) { //$NON-NLS-1$ //$NON-NLS-2$
            uri = URI.create(text.substring(0, text.length() - 1));
        }
        if (settings != null) {
            settings = settings.withoutSecret();
        }
    }

    /**
     * @param directory a local dataset directory
     * @return its location
     */
    public static DatasetLocation of(Path directory) {
        return new DatasetLocation(directory.toAbsolutePath().normalize().toUri(), null);
    }

    /** @return whether the dataset is in object storage */
    public boolean isRemote() {
        return S3.equals(uri.getScheme());
    }

    /** @return the local directory; only for a location that is not {@linkplain #isRemote() remote} */
    public Path localPath() {
        return Path.of(uri);
    }

    /**
     * @return the location as the dataset service takes it and names the datasets it opens: a local path, or
     *         {@code s3://bucket/key} with the key as written, not percent-encoded
     */
    public String serviceText() {
        return isRemote() ? uri.getScheme() + "://" + uri.getAuthority() + uri.getPath() : localPath().toString(); //$NON-NLS-1$
    }

    /**
     * @return the one line that remembers it: the URI, with the object store's settings as query parameters
     *         ({@code endpoint}, {@code region}, {@code profile}, {@code accessKey}) when there are any
     */
    public String encode() {
        ObjectStoreCredentials s = settings;
        if (s == null) {
            return uri.toString();
        }
        StringBuilder line = new StringBuilder(uri.toString());
        char separator = '?';
        URI endpoint = s.endpoint();
        String[][] parameters = { { "endpoint", endpoint == null ? null : endpoint.toString() }, //$NON-NLS-1$
                { "region", s.region() }, { "profile", s.profile() }, { "accessKey", s.accessKey() } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (String[] p : parameters) {
            if (p[1] != null) {
                line.append(separator).append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return line.toString();
    }

    /**
     * Reads a line written by {@link #encode()}, or by earlier versions, which remembered plain absolute paths.
     *
     * @param line the remembered line
     * @return the location
     * @throws IllegalArgumentException if the line is neither a path nor a location URI
     */
    public static DatasetLocation decode(String line) {
        String text = line.strip();
        if (text.startsWith("file:")) { //$NON-NLS-1$
            return new DatasetLocation(URI.create(text), null);
        }
        if (!text.regionMatches(true, 0, S3 + "://", 0, 5)) { //$NON-NLS-1$
            return of(Path.of(text));
        }
        int query = text.indexOf('?');
        URI uri = URI.create(S3 + text.substring(2, query < 0 ? text.length() : query));
        if (query < 0) {
            return new DatasetLocation(uri, null);
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : text.substring(query + 1).split("&")) { //$NON-NLS-1$
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String endpoint = values.get("endpoint"); //$NON-NLS-1$
        return new DatasetLocation(uri, new ObjectStoreCredentials(endpoint == null ? null : URI.create(endpoint),
                values.get("region"), values.get("profile"), values.get("accessKey"), null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
