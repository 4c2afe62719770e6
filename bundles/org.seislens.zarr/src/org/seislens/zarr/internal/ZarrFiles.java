package org.seislens.zarr.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrFormatException;

/**
 * File access shared by arrays and groups: bounded reads of untrusted files and atomic replacement,
 * so that a reader never sees a half-written chunk or metadata file.
 */
public final class ZarrFiles {

    private static final String ZATTRS = ".zattrs";

    private ZarrFiles() {
    }

    /**
     * Reads a small file after checking its size.
     *
     * @param file the file
     * @param maxBytes the largest size accepted
     * @return the content, or {@code null} when the file does not exist
     * @throws ZarrFormatException when the file is larger than {@code maxBytes}
     * @throws IOException when reading fails
     */
    public static byte @Nullable [] readBounded(Path file, int maxBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > maxBytes) {
                throw ZarrFormatException.inFile(file, "file of " + size + " bytes exceeds the limit of " + maxBytes);
            }
            ByteBuffer content = ByteBuffer.allocate((int) size);
            readFully(channel, content, file);
            return content.array();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Reads a whole file into {@code target} from its position to its limit, which must be the file's
     * size.
     *
     * @param channel the open file
     * @param target receives the content
     * @param file the file, for messages
     * @throws IOException when reading fails or the file ends early
     */
    public static void readFully(FileChannel channel, ByteBuffer target, Path file) throws IOException {
        while (target.hasRemaining()) {
            if (channel.read(target) < 0) {
                throw ZarrFormatException.inFile(file, "file ended early (was it truncated while being read?)");
            }
        }
    }

    /**
     * Creates a file and writes {@code content} (position to limit, unchanged) into it, creating missing parent
     * directories; a file that fails half-way is deleted.
     *
     * @param target the file; it must not exist
     * @param content its bytes
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     * @throws IOException when writing fails
     */
    public static void writeNew(Path target, ByteBuffer content) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null) {
                throw e;
            }
            Files.createDirectories(parent);
            channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        boolean written = false;
        try (FileChannel out = channel) {
            ByteBuffer source = content.duplicate();
            while (source.hasRemaining()) {
                out.write(source);
            }
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(target);
            }
        }
    }

    /**
     * Replaces a file atomically: writes a hidden temporary file next to it, then renames it over the
     * target. Missing parent folders (nested chunk keys) are created.
     *
     * @param target the file to write
     * @param content the bytes from position to limit; the position is not changed
     * @throws IOException when writing fails; the temporary file is removed
     */
    public static void writeAtomically(Path target, ByteBuffer content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temporary = parent.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".partial");
        FileChannel channel;
        try {
            channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(parent);
            channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        boolean moved = false;
        try {
            try (FileChannel out = channel) {
                ByteBuffer source = content.duplicate();
                while (source.hasRemaining()) {
                    out.write(source);
                }
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Reads the attributes of an array or group.
     *
     * @param directory the array or group directory
     * @param maxBytes the largest {@code .zattrs} accepted
     * @return the attributes in file order, empty when there is no {@code .zattrs}
     * @throws ZarrFormatException when the file is not a JSON object or is too large
     * @throws IOException when reading fails
     */
    public static Map<String, @Nullable Object> readAttributes(Path directory, int maxBytes) throws IOException {
        Path zattrs = directory.resolve(ZATTRS);
        byte[] json = readBounded(zattrs, maxBytes);
        if (json == null) {
            return new LinkedHashMap<>();
        }
        return ZarrMetadataJson.parseAttributes(json, zattrs);
    }

    /**
     * Replaces the attributes of an array or group.
     *
     * @param directory the array or group directory
     * @param attributes anything Jackson can write as JSON
     * @throws IOException when writing fails
     */
    public static void writeAttributes(Path directory, Map<String, ?> attributes) throws IOException {
        byte[] json = ZarrMetadataJson.formatAttributes(attributes).getBytes(StandardCharsets.US_ASCII);
        writeAtomically(directory.resolve(ZATTRS), ByteBuffer.wrap(json));
    }
}
