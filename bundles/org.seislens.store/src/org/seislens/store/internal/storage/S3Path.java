package org.seislens.store.internal.storage;

import java.io.File;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent.Kind;
import java.nio.file.WatchEvent.Modifier;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A key (or key prefix, for a "directory") in one bucket: {@code s3://bucket/a/b}. Absolute paths start at the
 * bucket; relative ones (file names, {@code resolve} arguments) are just {@code /}-separated names.
 */
final class S3Path implements Path {

    private final S3FileSystem fs;
    private final List<String> names;
    private final boolean absolute;

    S3Path(S3FileSystem fs, List<String> names, boolean absolute) {
        this.fs = fs;
        this.names = List.copyOf(names);
        this.absolute = absolute;
    }

    static S3Path parse(S3FileSystem fs, String text, boolean absolute) {
        List<String> names = new ArrayList<>();
        for (String n : text.split("/")) { //$NON-NLS-1$
            if (n.isEmpty() || ".".equals(n)) { //$NON-NLS-1$
                continue;
            }
            if ("..".equals(n) && !names.isEmpty() && !"..".equals(names.get(names.size() - 1))) { //$NON-NLS-1$ //$NON-NLS-2$
                names.remove(names.size() - 1);
            } else {
                names.add(n);
            }
        }
        return new S3Path(fs, names, absolute);
    }

    /** @return the object key (no leading or trailing slash) */
    String key() {
        return String.join("/", names); //$NON-NLS-1$
    }

    @Override
    public S3FileSystem getFileSystem() {
        return fs;
    }

    @Override
    public boolean isAbsolute() {
        return absolute;
    }

    @Override
    public @Nullable Path getRoot() {
        return absolute ? new S3Path(fs, List.of(), true) : null;
    }

    @Override
    public @Nullable Path getFileName() {
        return names.isEmpty() ? null : new S3Path(fs, List.of(names.get(names.size() - 1)), false);
    }

    @Override
    public @Nullable Path getParent() {
        if (names.isEmpty() || (!absolute && names.size() == 1)) {
            return null;
        }
        return new S3Path(fs, names.subList(0, names.size() - 1), absolute);
    }

    @Override
    public int getNameCount() {
        return names.size();
    }

    @Override
    public Path getName(int index) {
        return new S3Path(fs, List.of(names.get(index)), false);
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return new S3Path(fs, names.subList(beginIndex, endIndex), false);
    }

    @Override
    public boolean startsWith(Path other) {
        return other instanceof S3Path p && p.fs == fs && p.absolute == absolute && p.names.size() <= names.size()
                && names.subList(0, p.names.size()).equals(p.names);
    }

    @Override
    public boolean endsWith(Path other) {
        return other instanceof S3Path p && p.fs == fs && (!p.absolute || equals(p)) && p.names.size() <= names.size()
                && names.subList(names.size() - p.names.size(), names.size()).equals(p.names);
    }

    @Override
    public Path normalize() {
        return this;
    }

    @Override
    public Path resolve(Path other) {
        if (other.isAbsolute()) {
            return other;
        }
        return resolve(other.toString());
    }

    @Override
    public Path resolve(String other) {
        S3Path tail = parse(fs, key() + "/" + other, absolute); //$NON-NLS-1$
        return tail;
    }

    @Override
    public Path relativize(Path other) {
        if (other instanceof S3Path p && p.startsWith(this)) {
            return new S3Path(fs, p.names.subList(names.size(), p.names.size()), false);
        }
        throw new IllegalArgumentException(other + " is not inside " + this); //$NON-NLS-1$
    }

    @Override
    public URI toUri() {
        return URI.create("s3://" + fs.bucket() + "/" + SigV4Signer.encode(key(), true)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Path toAbsolutePath() {
        return absolute ? this : new S3Path(fs, names, true);
    }

    @Override
    public Path toRealPath(LinkOption... options) {
        return toAbsolutePath();
    }

    @Override
    public File toFile() {
        throw new UnsupportedOperationException(this + " is in object storage, not a local file"); //$NON-NLS-1$
    }

    @Override
    public WatchKey register(WatchService watcher, Kind<?>[] events, Modifier... modifiers) {
        throw new UnsupportedOperationException("object storage cannot be watched"); //$NON-NLS-1$
    }

    @Override
    public int compareTo(Path other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof S3Path p && p.fs == fs && p.absolute == absolute && p.names.equals(names);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] { fs.bucket(), names, absolute });
    }

    @Override
    public String toString() {
        return absolute ? "s3://" + fs.bucket() + "/" + key() : key(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
