package org.seislens.store.internal.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.ObjectStoreCredentials;

/**
 * Where datasets are: turns locations as users give them ({@code /data/a.seislens}, {@code s3://bucket/a.seislens})
 * into paths the store reads with {@link java.nio.file.Files}, and checks that a remote location answers before a
 * dataset is read from it, so that a wrong key, a missing bucket or an unreachable server give one clear message.
 * One instance per dataset service; the credentials are read from the environment for each location given.
 */
public final class Storage {

    /** The URI scheme of S3-compatible object storage. */
    public static final String S3_SCHEME = "s3"; //$NON-NLS-1$
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]"); //$NON-NLS-1$

    private final S3FileSystemProvider s3 = new S3FileSystemProvider();

    /**
     * @param location a local path, or {@code s3://bucket/key}
     * @return the path
     * @throws DatasetException if the location is neither, or the S3 settings are unusable
     */
    public Path path(String location) throws DatasetException {
        return path(location, null);
    }

    /**
     * @param location a local path, or {@code s3://bucket/key}
     * @param credentials how to reach and sign for the object store, or {@code null} for the AWS environment
     * @return the path
     * @throws DatasetException if the location is neither, or the S3 settings are unusable
     */
    public Path path(String location, @Nullable ObjectStoreCredentials credentials) throws DatasetException {
        if (!location.regionMatches(true, 0, S3_SCHEME + "://", 0, 5)) { //$NON-NLS-1$
            try {
                return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location); //$NON-NLS-1$
            } catch (IllegalArgumentException e) {
                throw new DatasetException(Path.of(""), "\"" + location + "\" is not a path: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        String rest = location.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1); //$NON-NLS-1$
        if (!BUCKET.matcher(bucket).matches()) {
            throw new DatasetException(Path.of(""), "\"" + location + "\" does not name a bucket (3 to 63 lower-case " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "letters, digits, dots and hyphens) after s3://"); //$NON-NLS-1$
        }
        S3Settings settings;
        try {
            settings = credentials == null ? S3Settings.fromEnvironment() : S3Settings.of(credentials);
        } catch (IOException e) {
            throw new DatasetException(Path.of(""), "cannot open " + location + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return S3Path.parse(s3.bucket(settings, bucket), key, true);
    }

    /**
     * @param path any path
     * @return whether it is in object storage, where requests are slow but can run many at once
     */
    public static boolean isRemote(Path path) {
        return path instanceof S3Path;
    }

    /**
     * Checks that a remote dataset location can be listed and holds objects. Does nothing for local paths.
     *
     * @param location a dataset location
     * @throws DatasetException naming the location and what to check: the endpoint, the credentials, the bucket,
     *             or that nothing is stored there
     */
    public static void check(Path location) throws DatasetException {
        if (!(location instanceof S3Path p)) {
            return;
        }
        S3FileSystem fs = p.getFileSystem();
        boolean found;
        try {
            found = fs.client().anyWithPrefix(fs.bucket(), p.key().isEmpty() ? "" : p.key() + "/"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (FileSystemException e) {
            throw new DatasetException(location, e.getReason() == null ? e.getMessage() : e.getReason(), e);
        } catch (IOException e) {
            throw new DatasetException(location, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        if (!found) {
            throw new DatasetException(location, "nothing is stored under this prefix in bucket " + fs.bucket() //$NON-NLS-1$
                    + " at " + fs.client().settings().endpoint()); //$NON-NLS-1$
        }
    }

    /**
     * @param path a dataset location
     * @return what tells it apart from every other location of the runtime: for object storage the endpoint too,
     *         since two servers may have buckets of the same name
     */
    public static String identity(Path path) {
        if (path instanceof S3Path p) {
            return p.getFileSystem().client().settings().endpoint() + "/" + p.getFileSystem().bucket() + "/" + p.key(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return path.toString();
    }

    /**
     * Checks that a dataset can be written at a remote location: its bucket exists and the credentials may list
     * it. Does nothing for local paths.
     *
     * @param location a dataset location
     * @throws DatasetException naming the location and what to check
     */
    public static void checkBucket(Path location) throws DatasetException {
        if (!(location instanceof S3Path p)) {
            return;
        }
        S3FileSystem fs = p.getFileSystem();
        try {
            fs.client().anyWithPrefix(fs.bucket(), p.key() + "/"); //$NON-NLS-1$
        } catch (FileSystemException e) {
            throw new DatasetException(location, e.getReason() == null ? e.getMessage() : e.getReason(), e);
        } catch (IOException e) {
            throw new DatasetException(location, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /**
     * Where datasets bound for object storage are written before they are uploaded: the system property
     * {@code seislens.staging}, else the environment variable {@code SEISLENS_STAGING}, else
     * {@code seislens-staging} in the temporary directory. It needs room for the dataset being written.
     *
     * @return the local staging directory (not created)
     */
    public static Path staging() {
        String dir = System.getProperty("seislens.staging"); //$NON-NLS-1$
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("SEISLENS_STAGING"); //$NON-NLS-1$
        }
        return dir == null || dir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "seislens-staging") //$NON-NLS-1$ //$NON-NLS-2$
                : Path.of(dir);
    }

    /**
     * @param path a path in object storage
     * @return the client that reads it, for uploads
     * @throws IllegalArgumentException if the path is local
     */
    public static S3Client client(Path path) {
        if (path instanceof S3Path p) {
            return p.getFileSystem().client();
        }
        throw new IllegalArgumentException(path + " is not in object storage"); //$NON-NLS-1$
    }
}
