package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BoxCopyTest {

    @Test
    void visitsRowsOfAnInnerBox() throws IOException {
        List<long[]> runs = new ArrayList<>();
        // A 2x3 box at (1,2) of a 4x5 source, placed at (0,1) of a 3x4 target.
        BoxCopy.forEachRun(new long[] { 2, 3 }, new long[] { 4, 5 }, new long[] { 1, 2 }, new long[] { 3, 4 },
                new long[] { 0, 1 }, (s, t, n) -> runs.add(new long[] { s, t, n }));
        assertEquals(2, runs.size());
        assertArrayEquals(new long[] { 7, 1, 3 }, runs.get(0));
        assertArrayEquals(new long[] { 12, 5, 3 }, runs.get(1));
    }

    @Test
    void mergesFullyCoveredTrailingDimensions() throws IOException {
        List<long[]> runs = new ArrayList<>();
        BoxCopy.forEachRun(new long[] { 2, 3, 4 }, new long[] { 5, 3, 4 }, new long[] { 1, 0, 0 },
                new long[] { 2, 3, 4 }, new long[] { 0, 0, 0 }, (s, t, n) -> runs.add(new long[] { s, t, n }));
        assertEquals(1, runs.size());
        assertArrayEquals(new long[] { 12, 0, 24 }, runs.get(0));
    }

    @Test
    void copiesEveryElementOnceAcrossThreeDimensions() throws IOException {
        long[] source = { 4, 5, 6 };
        long[] target = { 3, 7, 2 };
        long[] box = { 2, 4, 2 };
        int[] seen = new int[3 * 7 * 2];
        int[] values = new int[seen.length];
        BoxCopy.forEachRun(box, source, new long[] { 1, 1, 3 }, target, new long[] { 1, 2, 0 }, (s, t, n) -> {
            for (int i = 0; i < n; i++) {
                seen[(int) t + i]++;
                values[(int) t + i] = (int) s + i;
            }
        });
        int count = 0;
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 2; x++) {
                    int t = (z * 7 + y) * 2 + x;
                    boolean inside = z >= 1 && z < 3 && y >= 2 && y < 6;
                    assertEquals(inside ? 1 : 0, seen[t]);
                    if (inside) {
                        int sz = z - 1 + 1;
                        int sy = y - 2 + 1;
                        int sx = x + 3;
                        assertEquals((sz * 5 + sy) * 6 + sx, values[t]);
                        count++;
                    }
                }
            }
        }
        assertEquals(16, count);
    }

    @Test
    void emptyBoxesVisitNothing() throws IOException {
        List<long[]> runs = new ArrayList<>();
        BoxCopy.forEachRun(new long[] { 0, 3 }, new long[] { 4, 5 }, new long[2], new long[] { 4, 5 }, new long[2],
                (s, t, n) -> runs.add(new long[] { s, t, n }));
        assertTrue(runs.isEmpty());
    }
}
