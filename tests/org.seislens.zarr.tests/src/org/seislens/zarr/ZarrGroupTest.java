package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.zarr.io.ZarrArray;
import org.seislens.zarr.io.ZarrGroup;

class ZarrGroupTest {

    // JUnit injects the field; the package's non-null default cannot see that.
    @TempDir
    @NonNullByDefault({})
    Path dir;

    private static final ZarrArrayMetadata SMALL = ZarrArrayMetadata.of(new long[] { 4, 4 }, new int[] { 2, 2 },
            ZarrDtype.littleEndian(ZarrDataType.FLOAT32)).withCompressor(ZarrCompressor.zstd(1));

    @Test
    void createsGroupsWithNamedArraysAndSubgroups() throws IOException {
        ZarrGroup root = ZarrGroup.create(dir.resolve("survey.zarr"));
        assertEquals("{\n    \"zarr_format\": 2\n}", Files.readString(dir.resolve("survey.zarr/.zgroup")));
        try (ZarrArray samples = root.createArray("samples", SMALL)) {
            samples.writeChunk(new long[] { 0, 0 }, ByteBuffer.allocate(16));
        }
        root.createArray("headers", SMALL.withDimensionSeparator(ChunkKeySeparator.SLASH)).close();
        ZarrGroup sub = root.createGroup("derived");
        sub.createArray("rms", SMALL).close();
        root.writeAttributes(Map.of("name", "volve"));

        ZarrGroup opened = ZarrGroup.open(dir.resolve("survey.zarr"));
        assertFalse(opened.isWritable());
        assertEquals(List.of("headers", "samples"), opened.arrayNames());
        assertEquals(List.of("derived"), opened.groupNames());
        assertEquals(List.of("rms"), opened.openGroup("derived").arrayNames());
        assertEquals("volve", opened.readAttributes().get("name"));
        try (ZarrArray samples = opened.openArray("samples")) {
            assertEquals(SMALL, samples.metadata());
            assertFalse(samples.isWritable());
        }
        assertThrows(IllegalStateException.class, () -> opened.createArray("more", SMALL));
        assertThrows(IllegalStateException.class, () -> opened.createGroup("more"));
        assertThrows(IllegalStateException.class, () -> opened.writeAttributes(Map.of()));
        assertThrows(FileAlreadyExistsException.class, () -> root.createArray("samples", SMALL));
        assertThrows(FileAlreadyExistsException.class, () -> ZarrGroup.create(dir.resolve("survey.zarr/samples")));
    }

    @Test
    void refusesInvalidChildNamesAndNonGroups() throws IOException {
        ZarrGroup root = ZarrGroup.create(dir.resolve("g"));
        for (String name : new String[] { "", ".", "..", "a/b", "a\\b", ".zarray", ".zgroup" }) {
            assertThrows(IllegalArgumentException.class, () -> root.createArray(name, SMALL), name);
        }
        ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> ZarrGroup.open(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve(".zgroup").toString()), e.getMessage());
        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("bad/.zgroup"), "{\"zarr_format\": 3}");
        assertThrows(ZarrFormatException.class, () -> ZarrGroup.open(dir.resolve("bad")));
    }
}
