package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SampleFormatTest {

    @ParameterizedTest
    @CsvSource({ "1, 4, <f4", "2, 4, <i4", "3, 2, <i2", "5, 4, <f4", "6, 8, <f8", "7, 3, <i4", "8, 1, |i1",
            "9, 8, <i8", "10, 4, <u4", "11, 2, <u2", "12, 8, <u8", "15, 3, <u4", "16, 1, |u1" })
    void codesHaveTheirSizeAndStorageDtype(int code, int bytes, String dtype) {
        SampleFormat format = Objects.requireNonNull(SampleFormat.fromCode(code));
        assertEquals(code, format.code());
        assertEquals(bytes, format.bytesPerSample());
        assertEquals(dtype, format.storageDtype());
        assertEquals(Integer.parseInt(dtype.substring(2)), format.storageBytes());
        assertTrue(format.isSupported());
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void everyFormatIsFoundByItsCode(SampleFormat format) {
        assertSame(format, SampleFormat.fromCode(format.code()));
        assertEquals(format.storageDtype().charAt(1) == 'f', format.isFloatingPoint());
    }

    @Test
    void unknownCodesAreNotFormats() {
        for (int code : new int[] { 0, 13, 14, 17, 256, -1 }) {
            assertNull(SampleFormat.fromCode(code), "code " + code);
        }
    }

    @Test
    void fixedPointWithGainIsNotSupported() {
        assertFalse(SampleFormat.FIXED_POINT_WITH_GAIN.isSupported());
        assertEquals(4, SampleFormat.FIXED_POINT_WITH_GAIN.code());
    }
}
