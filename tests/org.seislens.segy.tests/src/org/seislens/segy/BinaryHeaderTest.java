package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BinaryHeaderTest {

    @Test
    void readsWordsInItsByteOrder() {
        byte[] raw = new byte[400];
        ByteBuffer big = ByteBuffer.wrap(raw);
        big.putShort(20, (short) 60000).putShort(16, (short) -2000).putShort(24, (short) 5);
        big.putShort(304, (short) -1).put(300, (byte) 2).put(301, (byte) 1);
        big.putDouble(72, 0.5).putInt(96, 0x01020304);
        BinaryHeader header = BinaryHeader.of(raw, ByteOrder.BIG_ENDIAN);
        assertEquals(60000, header.get(BinaryHeaderField.SAMPLES_PER_TRACE));
        assertEquals(-2000, header.get(BinaryHeaderField.SAMPLE_INTERVAL));
        assertEquals(5, header.get(BinaryHeaderField.FORMAT_CODE));
        assertEquals(-1, header.get(BinaryHeaderField.EXT_TEXTUAL_HEADERS));
        assertEquals(2, header.get(BinaryHeaderField.REVISION_MAJOR));
        assertEquals(1, header.get(BinaryHeaderField.REVISION_MINOR));
        assertEquals(0.5, header.getDouble(BinaryHeaderField.EXT_SAMPLE_INTERVAL));
        assertEquals(0x01020304, header.get(BinaryHeaderField.BYTE_ORDER_CONSTANT));
        assertEquals(1280, BinaryHeader.of(raw, ByteOrder.LITTLE_ENDIAN).get(BinaryHeaderField.FORMAT_CODE));
        assertThrows(IllegalArgumentException.class, () -> header.get(BinaryHeaderField.EXT_SAMPLE_INTERVAL));
    }

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        byte[] raw = new byte[400];
        BinaryHeader header = BinaryHeader.of(raw, ByteOrder.BIG_ENDIAN);
        raw[25] = 1;
        assertEquals(0, header.get(BinaryHeaderField.FORMAT_CODE));
        header.raw()[25] = 1;
        assertEquals(0, header.get(BinaryHeaderField.FORMAT_CODE));
        assertThrows(IllegalArgumentException.class, () -> BinaryHeader.of(new byte[399], ByteOrder.BIG_ENDIAN));
    }

    @Test
    void withReturnsModifiedCopies() {
        BinaryHeader empty = BinaryHeader.of(new byte[400], ByteOrder.LITTLE_ENDIAN);
        BinaryHeader changed = empty.with(BinaryHeaderField.JOB_ID, -7)
                .withDouble(BinaryHeaderField.EXT_SAMPLE_INTERVAL, 2.5);
        assertEquals(0, empty.get(BinaryHeaderField.JOB_ID));
        assertEquals(-7, changed.get(BinaryHeaderField.JOB_ID));
        assertEquals(2.5, changed.getDouble(BinaryHeaderField.EXT_SAMPLE_INTERVAL));
        assertEquals((byte) 0xF9, changed.raw()[0]);
        assertThrows(IllegalArgumentException.class, () -> empty.with(BinaryHeaderField.SAMPLES_PER_TRACE, 65536));
        assertThrows(IllegalArgumentException.class, () -> empty.with(BinaryHeaderField.SAMPLE_INTERVAL, -32769));
        assertThrows(IllegalArgumentException.class, () -> empty.with(BinaryHeaderField.REVISION_MAJOR, 256));
        assertThrows(IllegalArgumentException.class, () -> empty.withDouble(BinaryHeaderField.JOB_ID, 1));
    }

    @Test
    void convertsEveryWordToTheOtherByteOrder() {
        BinaryHeader big = BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.INT16, 70000, 2000)
                .with(BinaryHeaderField.JOB_ID, 123456).with(BinaryHeaderField.TRACES_IN_FILE, 1L << 40)
                .with(BinaryHeaderField.EXT_TEXTUAL_HEADERS, -1);
        BinaryHeader little = big.withByteOrder(ByteOrder.LITTLE_ENDIAN);
        assertSame(big, big.withByteOrder(ByteOrder.BIG_ENDIAN));
        assertEquals(big.toMap(), little.toMap());
        assertNotEquals(big, little);
        assertEquals(big, little.withByteOrder(ByteOrder.BIG_ENDIAN));
        assertEquals(0x01020304, little.get(BinaryHeaderField.BYTE_ORDER_CONSTANT));
        assertEquals(4, little.raw()[3300 - 3200 - 4], "the constant's low byte comes first");
    }

    @Test
    void standardHeadersDescribeTheirTraces() {
        BinaryHeader rev1 = BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IBM_FLOAT32, 1500, 4000);
        assertEquals(1, rev1.get(BinaryHeaderField.FORMAT_CODE));
        assertEquals(1500, rev1.get(BinaryHeaderField.SAMPLES_PER_TRACE));
        assertEquals(4000, rev1.get(BinaryHeaderField.SAMPLE_INTERVAL));
        assertEquals(1, rev1.get(BinaryHeaderField.REVISION_MAJOR));
        assertEquals(1, rev1.get(BinaryHeaderField.FIXED_LENGTH_FLAG));
        assertArrayEquals(new byte[] { 1, 0 }, new byte[] { rev1.raw()[300], rev1.raw()[301] });
        BinaryHeader rev2 = BinaryHeader.standard(ByteOrder.LITTLE_ENDIAN, SampleFormat.IEEE_FLOAT32, 100_000, 250);
        assertEquals(2, rev2.get(BinaryHeaderField.REVISION_MAJOR));
        assertEquals(0, rev2.get(BinaryHeaderField.SAMPLES_PER_TRACE));
        assertEquals(100_000, rev2.get(BinaryHeaderField.EXT_SAMPLES_PER_TRACE));
        assertEquals(0x01020304, rev2.get(BinaryHeaderField.BYTE_ORDER_CONSTANT));
    }

    @Test
    void mapsEveryWordByName() {
        Map<String, Number> map = BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.INT8, 10, 1000).toMap();
        assertEquals(BinaryHeaderField.values().length, map.size());
        assertEquals(List.of(BinaryHeaderField.values()).get(0).fieldName(), map.keySet().iterator().next());
        assertEquals(8L, map.get("format_code"));
        assertEquals(10L, map.get("samples_per_trace"));
        assertEquals(0.0, map.get("ext_sample_interval"));
    }
}
