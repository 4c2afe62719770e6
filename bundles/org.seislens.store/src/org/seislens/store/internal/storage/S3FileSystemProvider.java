package org.seislens.store.internal.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.DirectoryStream.Filter;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Read-only {@code s3://bucket/key} paths. A path is a regular file when an object has its key, a directory when
 * objects have keys below it; listing a directory lists one level of keys. Not installed system-wide: {@link Storage} hands out its paths, so the rest of the
 * store reads objects with {@link java.nio.file.Files} and {@link FileChannel} as it reads local files.
 */
final class S3FileSystemProvider extends java.nio.file.spi.FileSystemProvider {

    private final Map<String, S3FileSystem> buckets = new ConcurrentHashMap<>();

    /**
     * @param settings the server and credentials
     * @param bucket the bucket
     * @return the bucket's file system, shared by every path of these settings and bucket
     */
    S3FileSystem bucket(S3Settings settings, String bucket) {
        return buckets.computeIfAbsent(settings.endpoint() + "\n" + settings.region() + "\n" + settings.accessKey() //$NON-NLS-1$ //$NON-NLS-2$
                + "\n" + Integer.toHexString(String.valueOf(settings.secretKey()).hashCode()) + "\n" + bucket //$NON-NLS-1$ //$NON-NLS-2$
                // Where the keys came from is part of what a failure's message says.
                + "\n" + settings.keysFrom(), //$NON-NLS-1$
                k -> new S3FileSystem(this, new S3Client(settings), bucket));
    }

    @Override
    public String getScheme() {
        return "s3"; //$NON-NLS-1$
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException("use Storage.path"); //$NON-NLS-1$
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException("use Storage.path"); //$NON-NLS-1$
    }

    @Override
    public Path getPath(URI uri) {
        throw new UnsupportedOperationException("use Storage.path"); //$NON-NLS-1$
    }

    private static S3Path s3(Path path) {
        if (path instanceof S3Path p) {
            return p;
        }
        throw new ProviderMismatchException(path + " is not an s3:// path"); //$NON-NLS-1$
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attrs) throws IOException {
        return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption o : options) {
            if (o != StandardOpenOption.READ) {
                throw new ReadOnlyFileSystemException();
            }
        }
        S3Path p = s3(path);
        return new S3ReadChannel(p.getFileSystem(), p);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, Filter<? super Path> filter) throws IOException {
        S3Path p = s3(s3(dir).toAbsolutePath());
        S3FileSystem fs = p.getFileSystem();
        String prefix = p.key().isEmpty() ? "" : p.key() + "/"; //$NON-NLS-1$ //$NON-NLS-2$
        S3Listing listing = S3Listing.of(fs.client(), fs.bucket(), prefix, "/"); //$NON-NLS-1$
        if (listing.objects().isEmpty() && listing.prefixes().isEmpty()) {
            throw new NoSuchFileException(dir.toString());
        }
        List<Path> entries = new ArrayList<>();
        for (S3Listing.Entry e : listing.objects()) {
            fs.rememberSize(e.key(), e.size());
            Path entry = S3Path.parse(fs, e.key(), true);
            if (filter.accept(entry)) {
                entries.add(entry);
            }
        }
        for (String sub : listing.prefixes()) {
            Path entry = S3Path.parse(fs, sub, true);
            if (filter.accept(entry)) {
                entries.add(entry);
            }
        }
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                return entries.iterator();
            }

            @Override
            public void close() {
                // The listing is read whole.
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void delete(Path path) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public boolean isSameFile(Path path, Path path2) {
        return path.equals(path2);
    }

    @Override
    public boolean isHidden(Path path) {
        return false;
    }

    @Override
    public FileStore getFileStore(Path path) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        for (AccessMode m : modes) {
            if (m != AccessMode.READ) {
                throw new ReadOnlyFileSystemException();
            }
        }
        readAttributes(path, BasicFileAttributes.class);
    }

    @Override
    public <V extends FileAttributeView> @Nullable V getFileAttributeView(Path path, Class<V> type,
            LinkOption... options) {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException(type + " of " + path); //$NON-NLS-1$
        }
        S3Path p = s3(s3(path).toAbsolutePath());
        S3FileSystem fs = p.getFileSystem();
        String key = p.key();
        long size = key.isEmpty() ? -1 : fs.knownSize(key);
        if (size < 0 && !key.isEmpty()) {
            size = fs.client().size(fs.bucket(), key);
            if (size >= 0) {
                fs.rememberSize(key, size);
            }
        }
        if (size >= 0) {
            return (A) new ObjectAttributes(size, false);
        }
        if (fs.client().anyWithPrefix(fs.bucket(), key.isEmpty() ? "" : key + "/")) { //$NON-NLS-1$ //$NON-NLS-2$
            return (A) new ObjectAttributes(0, true);
        }
        throw new NoSuchFileException(path.toString());
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) {
        throw new UnsupportedOperationException(attributes + " of " + path); //$NON-NLS-1$
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
        throw new ReadOnlyFileSystemException();
    }

    /** An object (a regular file) or a key prefix (a directory). */
    private record ObjectAttributes(long size, boolean isDirectory) implements BasicFileAttributes {

        private static final FileTime UNKNOWN = FileTime.fromMillis(0);

        @Override
        public FileTime lastModifiedTime() {
            return UNKNOWN;
        }

        @Override
        public FileTime lastAccessTime() {
            return UNKNOWN;
        }

        @Override
        public FileTime creationTime() {
            return UNKNOWN;
        }

        @Override
        public boolean isRegularFile() {
            return !isDirectory;
        }

        @Override
        public boolean isSymbolicLink() {
            return false;
        }

        @Override
        public boolean isOther() {
            return false;
        }

        @Override
        public @Nullable Object fileKey() {
            return null;
        }
    }
}
