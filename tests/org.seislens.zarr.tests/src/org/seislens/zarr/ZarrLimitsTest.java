package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ZarrLimitsTest {

    private static final ZarrArrayMetadata ONE_MIB_CHUNKS = ZarrArrayMetadata.of(new long[] { 4096, 4096 },
            new int[] { 512, 512 }, ZarrDtype.littleEndian(ZarrDataType.FLOAT32));

    @Test
    void defaultAllows256MiBChunks() {
        assertEquals(256 << 20, ZarrLimits.DEFAULT.maxChunkBytes());
        assertDoesNotThrow(() -> ZarrLimits.DEFAULT.check(ONE_MIB_CHUNKS, Path.of("a/.zarray")));
    }

    @Test
    void refusesChunksAboveTheConfiguredLimitNamingTheFile() {
        ZarrLimits small = ZarrLimits.DEFAULT.withMaxChunkBytes(1 << 19);
        ZarrFormatException e = assertThrows(ZarrFormatException.class,
                () -> small.check(ONE_MIB_CHUNKS, Path.of("a/.zarray")));
        assertTrue(e.getMessage().startsWith(Path.of("a/.zarray") + ": a chunk of 1048576 bytes exceeds"), e.getMessage());
    }

    @Test
    void refusesLimitsBeyondTheHardMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new ZarrLimits(ZarrArrayMetadata.MAX_CHUNK_BYTES + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ZarrLimits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ZarrLimits(1, 0));
    }
}
