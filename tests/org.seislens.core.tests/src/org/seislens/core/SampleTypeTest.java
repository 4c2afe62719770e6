package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleTypeTest {

    @ParameterizedTest
    @EnumSource(SampleType.class)
    void dtypeRoundTrips(SampleType type) {
        assertEquals(type, SampleType.fromDtype(type.dtype()));
        assertEquals(type.byteSize(), Integer.parseInt(type.dtype().substring(2)));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertEquals(SampleType.FLOAT32, SampleType.fromDtype(">f4"));
        assertEquals(SampleType.INT16, SampleType.fromDtype(">i2"));
    }

    @Test
    void unknownDtypesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleType.fromDtype("<c8"));
        assertThrows(IllegalArgumentException.class, () -> SampleType.fromDtype("float32"));
    }
}
