package org.seislens.store.internal.storage;

import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bucket of one S3 server, read-only. Object sizes learnt from responses are remembered, since the objects of
 * a published dataset do not change: a chunk costs one request, not a HEAD and a GET.
 */
final class S3FileSystem extends FileSystem {

    private static final int MAX_REMEMBERED_SIZES = 1 << 20;

    private final S3FileSystemProvider provider;
    private final S3Client client;
    private final String bucket;
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();

    S3FileSystem(S3FileSystemProvider provider, S3Client client, String bucket) {
        this.provider = provider;
        this.client = client;
        this.bucket = bucket;
    }

    String bucket() {
        return bucket;
    }

    S3Client client() {
        return client;
    }

    /** @return the object's size if a response told it, else -1 */
    long knownSize(String key) {
        Long size = sizes.get(key);
        return size == null ? -1 : size;
    }

    void rememberSize(String key, long size) {
        if (sizes.size() > MAX_REMEMBERED_SIZES) {
            sizes.clear();
        }
        sizes.put(key, size);
    }

    /** Forgets the sizes of the objects under a prefix, which a write has just replaced. */
    void forgetSizes(String prefix) {
        sizes.keySet().removeIf(k -> k.startsWith(prefix));
    }

    @Override
    public S3FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        // Nothing is held: the HTTP client's connections close when idle.
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getSeparator() {
        return "/"; //$NON-NLS-1$
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(new S3Path(this, List.of(), true));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return List.of();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic"); //$NON-NLS-1$
    }

    @Override
    public Path getPath(String first, String... more) {
        return S3Path.parse(this, String.join("/", first, String.join("/", more)), false); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        return "s3://" + bucket + " at " + client.settings().endpoint(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
