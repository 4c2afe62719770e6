package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TraceHeadersTest {

    @Test
    void valuesAreFoundByColumnName() {
        TraceHeaders h = new TraceHeaders(List.of("field_record", "offset"), new long[] { 7, 8 },
                new long[][] { { 101, 101 }, { -250, 250 } });
        assertEquals(2, h.rowCount());
        assertEquals(8, h.traceIndex(1));
        assertEquals(-250, h.value(0, "offset"));
        assertArrayEquals(new long[] { 101, 101 }, h.column("field_record"));
        assertThrows(IllegalArgumentException.class, () -> h.value(0, "cdp"));
    }

    @Test
    void columnsMustHaveOneValuePerTrace() {
        assertThrows(IllegalArgumentException.class,
                () -> new TraceHeaders(List.of("cdp"), new long[] { 1, 2 }, new long[][] { { 5 } }));
        assertThrows(IllegalArgumentException.class,
                () -> new TraceHeaders(List.of("cdp", "offset"), new long[] { 1 }, new long[][] { { 5 } }));
    }
}
