package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.zarr.ZarrFormatException;

class ZarrFilesTest {

    // JUnit injects the field; the package's non-null default cannot see that.
    @TempDir
    @NonNullByDefault({})
    Path dir;

    @Test
    void writesAtomicallyCreatingParentsAndLeavingNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a/b/0");
        ByteBuffer content = ByteBuffer.wrap(new byte[] { 1, 2, 3, 4 });
        content.position(1);
        ZarrFiles.writeAtomically(target, content);
        assertEquals(1, content.position());
        assertArrayEquals(new byte[] { 2, 3, 4 }, Files.readAllBytes(target));
        ZarrFiles.writeAtomically(target, ByteBuffer.wrap(new byte[] { 9 }));
        assertArrayEquals(new byte[] { 9 }, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void readsBoundedFiles() throws IOException {
        Path file = dir.resolve("meta");
        Files.write(file, new byte[100]);
        assertEquals(100, Objects.requireNonNull(ZarrFiles.readBounded(file, 100)).length);
        ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> ZarrFiles.readBounded(file, 99));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertNull(ZarrFiles.readBounded(dir.resolve("missing"), 10));
    }
}
