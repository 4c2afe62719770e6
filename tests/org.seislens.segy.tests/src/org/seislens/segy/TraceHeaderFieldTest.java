package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceHeaderFieldTest {

    @ParameterizedTest
    @CsvSource({ "trace_sequence_line, 1, 4", "trace_sequence_file, 5, 4", "field_record, 9, 4", "trace_number, 13, 4",
            "energy_source_point, 17, 4", "cdp, 21, 4", "cdp_trace, 25, 4", "trace_id_code, 29, 2", "offset, 37, 4",
            "receiver_group_elevation, 41, 4", "surface_elevation_at_source, 45, 4", "source_depth, 49, 4",
            "elevation_scalar, 69, 2", "coordinate_scalar, 71, 2", "source_x, 73, 4", "source_y, 77, 4",
            "group_x, 81, 4", "group_y, 85, 4", "lag_time_a, 105, 2", "delay_recording_time, 109, 2",
            "mute_time_start, 111, 2", "sample_count, 115, 2", "sample_interval, 117, 2", "year, 157, 2",
            "day_of_year, 159, 2", "hour, 161, 2", "cdp_x, 181, 4", "cdp_y, 185, 4", "inline, 189, 4",
            "crossline, 193, 4", "shotpoint_number, 197, 4", "shotpoint_scalar, 201, 2",
            "trace_value_measurement_unit, 203, 2", "transduction_constant_mantissa, 205, 4",
            "transduction_constant_exponent, 209, 2" })
    void standardWordsSitWhereSegyPutsThem(String name, int position, int size) {
        TraceHeaderField field = Objects.requireNonNull(TraceHeaderField.byName(name), name);
        assertEquals(position, field.bytePosition(), name);
        assertEquals(position - 1, field.offset(), name);
        assertEquals(size, field.size(), name);
        assertSame(field, TraceHeaderField.byName(field.fieldName()));
    }

    @Test
    void wordsTileTheWholeHeaderOnce() {
        int[] cover = new int[TraceHeaderField.HEADER_BYTES];
        Set<String> names = new HashSet<>();
        for (TraceHeaderField field : TraceHeaderField.values()) {
            assertTrue(field.fieldName().matches("[a-z][a-z0-9_]*"), field.fieldName());
            assertTrue(names.add(field.fieldName()), "duplicate " + field.fieldName());
            for (int i = 0; i < field.size(); i++) {
                cover[field.offset() + i]++;
            }
        }
        for (int i = 0; i < cover.length; i++) {
            assertEquals(1, cover[i], "byte " + (i + 1));
        }
    }

    @Test
    void unknownNamesAreNull() {
        assertNull(TraceHeaderField.byName("CDP"));
        assertNull(TraceHeaderField.byName("nonsense"));
    }

    @Test
    void readsAndWritesAtAnOffsetInEitherByteOrder() {
        for (ByteOrder order : new ByteOrder[] { ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN }) {
            ByteBuffer block = ByteBuffer.allocate(1000).order(order);
            TraceHeaderField.CDP.set(block, 500, -123456789);
            TraceHeaderField.COORDINATE_SCALAR.set(block, 500, -100);
            assertEquals(-123456789, TraceHeaderField.CDP.get(block, 500));
            assertEquals(-100, TraceHeaderField.COORDINATE_SCALAR.get(block, 500));
            assertEquals(order == ByteOrder.BIG_ENDIAN ? (byte) 0xF8 : (byte) 0xEB, block.get(500 + 20));
            assertEquals(0, block.position(), "positions are not moved");
            ByteBuffer header = block.slice(500, 240).order(order);
            assertEquals(-123456789, TraceHeaderField.CDP.get(header));
        }
    }

    @Test
    void sampleCountIsUnsignedAndTheIntervalSigned() {
        ByteBuffer header = ByteBuffer.allocate(240);
        header.putShort(114, (short) 60000).putShort(116, (short) -2000);
        assertEquals(60000, TraceHeaderField.SAMPLE_COUNT.get(header));
        assertEquals(-2000, TraceHeaderField.SAMPLE_INTERVAL.get(header));
        assertFalse(TraceHeaderField.SAMPLE_COUNT.isSigned());
        assertTrue(TraceHeaderField.SAMPLE_INTERVAL.isSigned());
        TraceHeaderField.SAMPLE_COUNT.set(header, 0, 65535);
        assertEquals(65535, TraceHeaderField.SAMPLE_COUNT.get(header));
    }

    @Test
    void valuesThatDoNotFitAreRefused() {
        ByteBuffer header = ByteBuffer.allocate(240);
        assertThrows(IllegalArgumentException.class, () -> TraceHeaderField.SAMPLE_COUNT.set(header, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> TraceHeaderField.SAMPLE_COUNT.set(header, 0, 65536));
        assertThrows(IllegalArgumentException.class, () -> TraceHeaderField.ELEVATION_SCALAR.set(header, 0, 40000));
        assertThrows(IllegalArgumentException.class, () -> TraceHeaderField.ELEVATION_SCALAR.set(header, 0, -32769));
    }
}
