package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ChunkKeySeparator;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;

class ChunkGridTest {

    /** 10 x 7 floats in chunks of 4 x 3: a grid of 3 x 3 whose last row and column are clipped. */
    private static final ZarrArrayMetadata CLIPPED = ZarrArrayMetadata.of(new long[] { 10, 7 }, new int[] { 4, 3 },
            ZarrDtype.littleEndian(ZarrDataType.FLOAT32));

    @Test
    void theGridCoversTheArrayAndEdgeChunksAreClipped() {
        ChunkGrid grid = new ChunkGrid(CLIPPED);
        assertArrayEquals(new long[] { 3, 3 }, grid.gridShape());
        assertArrayEquals(new long[] { 4, 3 }, grid.chunkShape());
        assertArrayEquals(new long[] { 4, 3 }, grid.validExtent(new long[] { 0, 0 }));
        assertArrayEquals(new long[] { 4, 1 }, grid.validExtent(new long[] { 1, 2 }));
        assertArrayEquals(new long[] { 2, 3 }, grid.validExtent(new long[] { 2, 1 }));
        assertArrayEquals(new long[] { 2, 1 }, grid.validExtent(new long[] { 2, 2 }));
    }

    @Test
    void keysJoinTheCoordinatesWithTheSeparator() {
        assertEquals("2.1", new ChunkGrid(CLIPPED).key(new long[] { 2, 1 }));
        assertEquals("2/1", new ChunkGrid(CLIPPED.withDimensionSeparator(ChunkKeySeparator.SLASH))
                .key(new long[] { 2, 1 }));
    }

    @Test
    void coordinatesOutsideTheGridOrOfAnotherRankAreRefused() {
        ChunkGrid grid = new ChunkGrid(CLIPPED);
        assertThrows(IndexOutOfBoundsException.class, () -> grid.key(new long[] { 3, 0 }));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.validExtent(new long[] { 0, -1 }));
        assertThrows(IllegalArgumentException.class, () -> grid.key(new long[] { 1 }));
    }

    @Test
    void regionsInsideTheArrayCountTheirElementsAndOthersAreRefused() {
        ChunkGrid grid = new ChunkGrid(CLIPPED);
        assertEquals(70, grid.checkRegion(new long[] { 0, 0 }, new int[] { 10, 7 }));
        assertEquals(6, grid.checkRegion(new long[] { 8, 4 }, new int[] { 2, 3 }));
        assertEquals(0, grid.checkRegion(new long[] { 10, 7 }, new int[] { 0, 0 }));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.checkRegion(new long[] { 8, 4 }, new int[] { 3, 3 }));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.checkRegion(new long[] { -1, 0 }, new int[] { 1, 1 }));
        assertThrows(IllegalArgumentException.class, () -> grid.checkRegion(new long[] { 0 }, new int[] { 1 }));
    }

    @Test
    void aRegionOfMoreThanTwoGigabytesIsRefused() {
        ChunkGrid grid = new ChunkGrid(ZarrArrayMetadata.of(new long[] { 1L << 20, 1L << 20 }, new int[] { 256, 256 },
                ZarrDtype.littleEndian(ZarrDataType.FLOAT32)));
        assertEquals(1L << 28, grid.checkRegion(new long[] { 0, 0 }, new int[] { 1 << 14, 1 << 14 }));
        assertThrows(IllegalArgumentException.class,
                () -> grid.checkRegion(new long[] { 0, 0 }, new int[] { 1 << 15, 1 << 14 }));
    }
}
