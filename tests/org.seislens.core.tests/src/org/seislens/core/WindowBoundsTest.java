package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowBoundsTest {

    @ParameterizedTest
    @CsvSource({ "-1,0,0,0", "5,4,0,0", "0,0,-1,0", "0,0,3,2" })
    void refusesDisorderedOrNegativeBounds(long t0, long t1, int s0, int s1) {
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(t0, t1, s0, s1));
    }

    @Test
    void sizesFollowExclusiveEnds() {
        WindowBounds w = new WindowBounds(10, 30, 100, 150);
        assertEquals(20, w.traceCount());
        assertEquals(50, w.sampleCount());
        assertEquals(1000, w.area());
        assertFalse(w.isEmpty());
        assertTrue(new WindowBounds(3, 3, 0, 10).isEmpty());
    }

    @Test
    void containsChecksEveryEdge() {
        WindowBounds w = new WindowBounds(10, 20, 0, 100);
        assertTrue(w.contains(10, 0));
        assertTrue(w.contains(19, 99));
        assertFalse(w.contains(20, 50));
        assertFalse(w.contains(15, 100));
        assertTrue(w.contains(new WindowBounds(12, 20, 50, 100)));
        assertFalse(w.contains(new WindowBounds(9, 20, 50, 100)));
    }

    @Test
    void intersectionOfDisjointWindowsIsEmpty() {
        WindowBounds a = new WindowBounds(0, 10, 0, 10);
        assertEquals(new WindowBounds(5, 10, 5, 10), a.intersection(new WindowBounds(5, 15, 5, 15)));
        assertTrue(a.intersection(new WindowBounds(20, 30, 0, 10)).isEmpty());
    }

    @Test
    void paddingGrowsEachSideAndStopsAtTheDatasetEdges() {
        WindowBounds visible = new WindowBounds(100, 200, 1000, 1500);
        assertEquals(new WindowBounds(90, 210, 950, 1550), visible.padded(0.1, 10_000, 2000));
        assertEquals(new WindowBounds(90, 205, 950, 1520), visible.padded(0.1, 205, 1520));
        WindowBounds atOrigin = new WindowBounds(0, 10, 0, 10);
        assertEquals(new WindowBounds(0, 13, 0, 13), atOrigin.padded(0.25, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> visible.padded(-0.1, 10, 10));
    }

    @Test
    void clampKeepsOnlyTheDatasetPart() {
        assertEquals(new WindowBounds(90, 100, 0, 50), new WindowBounds(90, 120, 0, 80).clampTo(100, 50));
    }
}
