package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class WriterSettingsTest {

    @Test
    void describesTheTraceShape() {
        WriterSettings settings = new WriterSettings(FileKind.SEGY, SampleFormat.INT24, ByteOrder.BIG_ENDIAN, 100, 2);
        assertEquals(720, settings.traceHeaderBytes());
        assertEquals(300, settings.sampleBytes());
        assertEquals(240, WriterSettings.segy(SampleFormat.INT8, ByteOrder.BIG_ENDIAN, 1).traceHeaderBytes());
    }

    @Test
    void likeALayoutCopiesItsShape() {
        SegyLayout layout = new SegyLayout(Path.of("a.sgy"), FileKind.SEGY, 0, ByteOrder.LITTLE_ENDIAN,
                SampleFormat.UINT16, 2, 0, 10, 1000, 0, 3600, 480, 500, null, List.of(), null, List.of());
        assertEquals(new WriterSettings(FileKind.SEGY, SampleFormat.UINT16, ByteOrder.LITTLE_ENDIAN, 10, 1),
                WriterSettings.like(layout));
    }

    @Test
    void refusesWhatCannotBeWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> new WriterSettings(FileKind.SU, SampleFormat.INT16, ByteOrder.BIG_ENDIAN, 10, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new WriterSettings(FileKind.SU, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> WriterSettings.segy(SampleFormat.FIXED_POINT_WITH_GAIN, ByteOrder.BIG_ENDIAN, 10));
        assertThrows(IllegalArgumentException.class,
                () -> WriterSettings.segy(SampleFormat.INT16, ByteOrder.BIG_ENDIAN, 0));
        assertThrows(IllegalArgumentException.class,
                () -> WriterSettings.segy(SampleFormat.IEEE_FLOAT64, ByteOrder.BIG_ENDIAN, 40_000_000));
        assertThrows(IllegalArgumentException.class,
                () -> new WriterSettings(FileKind.SEGY, SampleFormat.INT8, ByteOrder.BIG_ENDIAN, 1, 65536));
    }
}
