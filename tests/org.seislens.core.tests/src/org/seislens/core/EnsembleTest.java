package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnsembleTest {

    @Test
    void contiguousEnsembleComputesItsTraces() {
        Ensemble shot = Ensemble.contiguous("field_record", 1001, 0, 240, 120);
        assertTrue(shot.isContiguous());
        assertEquals(240, shot.traceIndex(0));
        assertEquals(359, shot.traceIndex(119));
        assertEquals(120, shot.toTraceIndices().length);
        assertEquals(359, shot.toTraceIndices()[119]);
        assertThrows(IndexOutOfBoundsException.class, () -> shot.traceIndex(120));
    }

    @Test
    void scatteredEnsembleListsItsTraces() {
        Ensemble cdp = new Ensemble("cdp", 57, 3, 3, 4, new long[] { 4, 130, 256 });
        assertFalse(cdp.isContiguous());
        assertEquals(130, cdp.traceIndex(1));
        long[] copy = cdp.toTraceIndices();
        copy[0] = -1;
        assertArrayEquals(new long[] { 4, 130, 256 }, cdp.toTraceIndices());
    }

    @Test
    void traceListMustAgreeWithCountAndFirstTrace() {
        assertThrows(IllegalArgumentException.class, () -> new Ensemble("cdp", 1, 0, 2, 0, new long[] { 0, 1, 2 }));
        assertThrows(IllegalArgumentException.class, () -> new Ensemble("cdp", 1, 0, 2, 5, new long[] { 4, 5 }));
        assertThrows(IllegalArgumentException.class, () -> Ensemble.contiguous("cdp", 1, -1, 0, 3));
    }

    @Test
    void equalityComparesTraceLists() {
        assertEquals(new Ensemble("cdp", 2, 1, 2, 3, new long[] { 3, 9 }),
                new Ensemble("cdp", 2, 1, 2, 3, new long[] { 3, 9 }));
        assertFalse(new Ensemble("cdp", 2, 1, 2, 3, new long[] { 3, 9 })
                .equals(new Ensemble("cdp", 2, 1, 2, 3, new long[] { 3, 8 })));
    }
}
