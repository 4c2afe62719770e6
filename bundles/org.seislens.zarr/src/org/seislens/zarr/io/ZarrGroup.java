package org.seislens.zarr.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrFormatException;
import org.seislens.zarr.ZarrLimits;
import org.seislens.zarr.internal.ZarrFiles;
import org.seislens.zarr.internal.ZarrMetadataJson;

/**
 * A Zarr v2 group: a directory with a {@code .zgroup} file whose child directories are named arrays
 * and groups, with optional {@code .zattrs} attributes.
 * <p>
 * A group opened with {@link #open} is read-only, and so are the arrays and groups opened through
 * it. Instances hold no open resources; the arrays they return must be closed.
 */
public final class ZarrGroup {

    private static final String ZGROUP = ".zgroup";
    private static final String ZARRAY = ".zarray";

    private final Path directory;
    private final ZarrLimits limits;
    private final boolean writable;

    private ZarrGroup(Path directory, ZarrLimits limits, boolean writable) {
        this.directory = directory;
        this.limits = limits;
        this.writable = writable;
    }

    /**
     * Creates a group: the directory (if needed) and its {@code .zgroup}.
     *
     * @param directory the group directory
     * @return the group, open for writing
     * @throws FileAlreadyExistsException when the directory already holds a Zarr array or group
     * @throws IOException when the directory or file cannot be written
     */
    public static ZarrGroup create(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (Files.exists(directory.resolve(ZGROUP)) || Files.exists(directory.resolve(ZARRAY))) {
            throw new FileAlreadyExistsException(directory.toString(), null, "already holds a Zarr array or group");
        }
        byte[] json = ZarrMetadataJson.formatGroup().getBytes(StandardCharsets.US_ASCII);
        ZarrFiles.writeAtomically(directory.resolve(ZGROUP), ByteBuffer.wrap(json));
        return new ZarrGroup(directory, ZarrLimits.DEFAULT, true);
    }

    /**
     * Opens a group for reading only, with the default limits. Nothing is ever written.
     *
     * @param directory the group directory
     * @return the group
     * @throws ZarrFormatException when there is no valid {@code .zgroup}
     * @throws IOException when it cannot be read
     */
    public static ZarrGroup open(Path directory) throws IOException {
        return open(directory, ZarrLimits.DEFAULT);
    }

    /**
     * Opens a group for reading only. Nothing is ever written.
     *
     * @param directory the group directory
     * @param limits bounds for untrusted metadata, passed on to its arrays
     * @return the group
     * @throws ZarrFormatException when there is no valid {@code .zgroup}
     * @throws IOException when it cannot be read
     */
    public static ZarrGroup open(Path directory, ZarrLimits limits) throws IOException {
        checkGroup(directory, limits);
        return new ZarrGroup(directory, limits, false);
    }

    /**
     * Opens an existing group for reading and writing.
     *
     * @param directory the group directory
     * @param limits bounds for untrusted metadata, passed on to its arrays
     * @return the group
     * @throws ZarrFormatException when there is no valid {@code .zgroup}
     * @throws IOException when it cannot be read
     */
    public static ZarrGroup openForUpdate(Path directory, ZarrLimits limits) throws IOException {
        checkGroup(directory, limits);
        return new ZarrGroup(directory, limits, true);
    }

    private static void checkGroup(Path directory, ZarrLimits limits) throws IOException {
        Path zgroup = directory.resolve(ZGROUP);
        byte[] json = ZarrFiles.readBounded(zgroup, limits.maxMetadataBytes());
        if (json == null) {
            throw ZarrFormatException.inFile(zgroup, "missing: " + directory + " is not a Zarr v2 group");
        }
        ZarrMetadataJson.checkGroup(json, zgroup);
    }

    /**
     * Returns the group directory.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    /**
     * Tells whether this group was opened for writing.
     *
     * @return {@code false} for groups opened with {@link #open}
     */
    public boolean isWritable() {
        return writable;
    }

    /**
     * Creates a child array.
     *
     * @param name the child name: no path separators, not {@code "."} or {@code ".."}, not starting
     *            with {@code ".z"}
     * @param metadata the array metadata
     * @return the array, open for writing
     * @throws FileAlreadyExistsException when the child already exists as an array or group
     * @throws IOException when it cannot be written
     * @throws IllegalStateException when the group was opened read-only
     */
    public ZarrArray createArray(String name, ZarrArrayMetadata metadata) throws IOException {
        checkWritable();
        return ZarrArray.create(child(name), metadata, limits);
    }

    /**
     * Opens a child array, read-only when this group is.
     *
     * @param name the child name
     * @return the array
     * @throws ZarrFormatException when the child is not a valid array
     * @throws IOException when it cannot be read
     */
    public ZarrArray openArray(String name) throws IOException {
        Path child = child(name);
        return writable ? ZarrArray.openForUpdate(child, limits) : ZarrArray.open(child, limits);
    }

    /**
     * Creates a child group.
     *
     * @param name the child name
     * @return the group, open for writing
     * @throws FileAlreadyExistsException when the child already exists as an array or group
     * @throws IOException when it cannot be written
     * @throws IllegalStateException when the group was opened read-only
     */
    public ZarrGroup createGroup(String name) throws IOException {
        checkWritable();
        ZarrGroup group = create(child(name));
        return new ZarrGroup(group.directory, limits, true);
    }

    /**
     * Opens a child group, read-only when this group is.
     *
     * @param name the child name
     * @return the group
     * @throws ZarrFormatException when the child is not a valid group
     * @throws IOException when it cannot be read
     */
    public ZarrGroup openGroup(String name) throws IOException {
        Path child = child(name);
        return writable ? openForUpdate(child, limits) : open(child, limits);
    }

    /**
     * Lists the child arrays.
     *
     * @return the names of child directories holding a {@code .zarray}, sorted
     * @throws IOException when the directory cannot be listed
     */
    public List<String> arrayNames() throws IOException {
        return childrenWith(ZARRAY);
    }

    /**
     * Lists the child groups.
     *
     * @return the names of child directories holding a {@code .zgroup}, sorted
     * @throws IOException when the directory cannot be listed
     */
    public List<String> groupNames() throws IOException {
        return childrenWith(ZGROUP);
    }

    /**
     * Reads the group attributes in {@code .zattrs}.
     *
     * @return the attributes in file order, empty when there is no {@code .zattrs}
     * @throws ZarrFormatException when the file is not a JSON object or is beyond the limits
     * @throws IOException when reading fails
     */
    public Map<String, @Nullable Object> readAttributes() throws IOException {
        return ZarrFiles.readAttributes(directory, limits.maxMetadataBytes());
    }

    /**
     * Replaces the group attributes in {@code .zattrs}.
     *
     * @param attributes anything Jackson can write as JSON
     * @throws IOException when writing fails
     * @throws IllegalStateException when the group was opened read-only
     */
    public void writeAttributes(Map<String, ?> attributes) throws IOException {
        checkWritable();
        ZarrFiles.writeAttributes(directory, attributes);
    }

    /**
     * Describes the group for logs.
     *
     * @return the directory
     */
    @Override
    public String toString() {
        return "ZarrGroup[" + directory + (writable ? "" : ", read-only") + "]";
    }

    private List<String> childrenWith(String marker) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path child : children) {
                if (Files.isRegularFile(child.resolve(marker))) {
                    names.add(child.getFileName().toString());
                }
            }
        }
        names.sort(null);
        return names;
    }

    private Path child(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".z") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid child name \"" + name + "\"");
        }
        return directory.resolve(name);
    }

    private void checkWritable() {
        if (!writable) {
            throw new IllegalStateException(directory + " was opened read-only");
        }
    }
}
