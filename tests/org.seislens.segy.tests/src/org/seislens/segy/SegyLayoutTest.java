package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SegyLayoutTest {

    private static SegyLayout layout(int traceSize, List<String> anomalies) {
        return new SegyLayout(Path.of("x.sgy"), FileKind.SEGY, 3600 + 6400 + 3 * 1200L, ByteOrder.BIG_ENDIAN,
                SampleFormat.IEEE_FLOAT32, 1, 0, 180, 2000, 3, 10000, 480, traceSize, null, List.of(), null, anomalies);
    }

    @Test
    void locatesTraces() {
        SegyLayout layout = layout(1200, List.of());
        assertEquals(10000, layout.traceOffset(0));
        assertEquals(12400, layout.traceOffset(2));
        assertEquals(13600, layout.traceOffset(3));
        assertEquals(1, layout.additionalTraceHeaders());
        assertEquals(720, layout.sampleBytes());
    }

    @Test
    void refusesAnInconsistentTraceSize() {
        assertThrows(IllegalArgumentException.class, () -> layout(1201, List.of()));
    }

    @Test
    void keepsItsOwnAnomalyList() {
        List<String> anomalies = new ArrayList<>(List.of("one"));
        SegyLayout layout = layout(1200, anomalies);
        anomalies.add("two");
        assertEquals(List.of("one"), layout.anomalies());
        assertThrows(UnsupportedOperationException.class, () -> layout.anomalies().add("three"));
    }
}
