package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZarrDtypeTest {

    @ParameterizedTest
    @ValueSource(strings = { "<f4", ">f4", "<f8", ">f8", "<i2", ">i2", "<i4", "<i8", "|i1", "|u1", "<u2", ">u2", "<u4",
            "<u8" })
    void parsesAndWritesBackNumPyTypeStrings(String code) {
        assertEquals(code, ZarrDtype.parse(code).code());
    }

    @Test
    void readsBothByteOrders() {
        assertEquals(new ZarrDtype(ZarrDataType.FLOAT32, ByteOrder.BIG_ENDIAN), ZarrDtype.parse(">f4"));
        assertEquals(new ZarrDtype(ZarrDataType.INT16, ByteOrder.LITTLE_ENDIAN), ZarrDtype.parse("<i2"));
        assertEquals(4, ZarrDtype.parse(">f4").itemSize());
    }

    @Test
    void singleByteTypesIgnoreByteOrder() {
        assertEquals(ZarrDtype.parse("|i1"), ZarrDtype.parse("<i1"));
        assertEquals(ZarrDtype.parse("|u1"), ZarrDtype.parse(">u1"));
        assertEquals("|u1", new ZarrDtype(ZarrDataType.UINT8, ByteOrder.BIG_ENDIAN).code());
    }

    @Test
    void littleEndianFactoryIsWhatSeisLensWrites() {
        assertEquals("<f4", ZarrDtype.littleEndian(ZarrDataType.FLOAT32).code());
        assertEquals("|i1", ZarrDtype.littleEndian(ZarrDataType.INT8).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "<c8", "|b1", "<f2", "|f4", "<U10", "|S4", "f4", "<f4 ", "", "<i3", "<M8", "=f4" })
    void refusesUnsupportedTypes(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZarrDtype.parse(code));
        assertTrue(e.getMessage().contains("unsupported dtype \"" + code + "\""), e.getMessage());
    }
}
