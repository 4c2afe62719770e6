package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

class OpenOptionsTest {

    @Test
    void defaultsDetectEverythingAndWithersSetOneSetting() {
        assertNull(OpenOptions.DEFAULT.kind());
        assertNull(OpenOptions.DEFAULT.byteOrder());
        assertNull(OpenOptions.DEFAULT.format());
        OpenOptions options = OpenOptions.DEFAULT.withKind(FileKind.SU).withByteOrder(ByteOrder.LITTLE_ENDIAN)
                .withFormat(SampleFormat.INT16);
        assertEquals(new OpenOptions(FileKind.SU, ByteOrder.LITTLE_ENDIAN, SampleFormat.INT16), options);
        assertEquals(new OpenOptions(FileKind.SU, null, SampleFormat.INT16), options.withByteOrder(null));
    }
}
