package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seislens.zarr.ChunkKeySeparator;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.ZarrFormatException;
import org.seislens.zarr.ZarrLimits;

class ZarrMetadataJsonTest {

    private static final Path FILE = Path.of("survey", "samples", ".zarray");

    /** What zarr-python 2.13 writes for zarr.create((5, 7), chunks=(2, 3), dtype='<f4', compressor=Zstd(3), fill_value=NaN). */
    private static final String PYTHON_ZSTD = """
            {
                "chunks": [
                    2,
                    3
                ],
                "compressor": {
                    "id": "zstd",
                    "level": 3
                },
                "dtype": "<f4",
                "fill_value": "NaN",
                "filters": null,
                "order": "C",
                "shape": [
                    5,
                    7
                ],
                "zarr_format": 2
            }""";

    private static ZarrArrayMetadata parse(String json) throws ZarrFormatException {
        return ZarrMetadataJson.parseArray(json.getBytes(StandardCharsets.UTF_8), FILE, ZarrLimits.DEFAULT);
    }

    @Test
    void readsWhatZarrPythonWrites() throws ZarrFormatException {
        ZarrArrayMetadata m = parse(PYTHON_ZSTD);
        assertEquals(ZarrArrayMetadata.of(new long[] { 5, 7 }, new int[] { 2, 3 }, ZarrDtype.parse("<f4"))
                .withCompressor(ZarrCompressor.zstd(3)).withFillValue(Double.NaN), m);
        assertEquals(ChunkKeySeparator.DOT, m.dimensionSeparator());
    }

    @Test
    void writesExactlyWhatZarrPythonWritesWithAnExplicitSeparator() throws ZarrFormatException {
        String expected = PYTHON_ZSTD.replace("    \"dtype\"", "    \"dimension_separator\": \".\",\n    \"dtype\"");
        assertEquals(expected, ZarrMetadataJson.formatArray(parse(PYTHON_ZSTD)));
    }

    @Test
    void writesEachCompressorAndFillValueAsZarrPython() {
        ZarrArrayMetadata base = ZarrArrayMetadata.of(new long[] { 3 }, new int[] { 2 }, ZarrDtype.parse("<i2"));
        assertTrue(ZarrMetadataJson.formatArray(base.withCompressor(ZarrCompressor.lz4(1)))
                .contains("\"compressor\": {\n        \"acceleration\": 1,\n        \"id\": \"lz4\"\n    },"));
        assertTrue(ZarrMetadataJson.formatArray(base.withCompressor(ZarrCompressor.gzip(5)))
                .contains("\"compressor\": {\n        \"id\": \"gzip\",\n        \"level\": 5\n    },"));
        assertTrue(ZarrMetadataJson.formatArray(base).contains("\"compressor\": null,"));
        assertTrue(ZarrMetadataJson.formatArray(base.withFillValue(-9999)).contains("\"fill_value\": -9999,"));
        assertTrue(ZarrMetadataJson.formatArray(base.withFillValue(null)).contains("\"fill_value\": null,"));
        ZarrArrayMetadata f8 = ZarrArrayMetadata.of(new long[] { 3 }, new int[] { 2 }, ZarrDtype.parse(">f8"));
        assertTrue(ZarrMetadataJson.formatArray(f8).contains("\"fill_value\": 0.0,"));
        assertTrue(ZarrMetadataJson.formatArray(f8.withFillValue(Double.NEGATIVE_INFINITY))
                .contains("\"fill_value\": \"-Infinity\","));
        assertTrue(ZarrMetadataJson.formatArray(f8.withFillValue(1e-5)).contains("\"fill_value\": 1e-05,"));
        assertTrue(ZarrMetadataJson.formatArray(f8).contains("\"dtype\": \">f8\","));
        ZarrArrayMetadata u8 = ZarrArrayMetadata.of(new long[] { 3 }, new int[] { 2 }, ZarrDtype.parse("<u8"));
        assertTrue(ZarrMetadataJson.formatArray(u8.withFillValue(-1L)).contains("\"fill_value\": 18446744073709551615,"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "{\"id\": \"zstd\", \"level\": 1, \"checksum\": false}|ZSTD|1", //
            "{\"id\": \"zstd\"}|ZSTD|1", //
            "{\"id\": \"lz4\", \"acceleration\": 8}|LZ4|8", //
            "{\"id\": \"zlib\", \"level\": 9}|ZLIB|9", //
            "{\"id\": \"gzip\", \"level\": 0}|GZIP|0" })
    void readsEachSupportedCompressor(String compressor, ZarrCompressor.Kind kind, int level) throws ZarrFormatException {
        ZarrArrayMetadata m = parse(PYTHON_ZSTD.replace("{\n        \"id\": \"zstd\",\n        \"level\": 3\n    }", compressor));
        assertEquals(new ZarrCompressor(kind, level), m.compressor());
    }

    @Test
    void roundTripsEveryVariant() throws ZarrFormatException {
        for (String dtype : List.of("<f4", ">f4", "<f8", "<i2", "|i1", "<u2", ">i8", "<u8", "|u1", "<i4", ">u4")) {
            ZarrDtype type = ZarrDtype.parse(dtype);
            for (ChunkKeySeparator separator : ChunkKeySeparator.values()) {
                ZarrArrayMetadata m = ZarrArrayMetadata.of(new long[] { 1000, 3, 77 }, new int[] { 64, 3, 10 }, type)
                        .withCompressor(ZarrCompressor.lz4(1)).withDimensionSeparator(separator)
                        .withFillValue(type.type().isFloatingPoint() ? Double.valueOf(-0.5) : Long.valueOf(7));
                assertEquals(m, parse(ZarrMetadataJson.formatArray(m)));
            }
        }
        ZarrArrayMetadata nan = ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 1 }, ZarrDtype.parse("<f4"))
                .withFillValue(Double.NaN).withCompressor(null);
        assertEquals(nan, parse(ZarrMetadataJson.formatArray(nan)));
        ZarrArrayMetadata none = nan.withFillValue(null);
        assertNull(parse(ZarrMetadataJson.formatArray(none)).fillValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { //
            "negative shape|\"shape\": [\\n        5,|\"shape\": [\\n        -5,|not a non-negative", //
            "fractional shape|\"shape\": [\\n        5,|\"shape\": [\\n        5.5,|not a non-negative", //
            "huge shape|\"shape\": [\\n        5,|\"shape\": [\\n        99999999999999999999,|not a non-negative", //
            "overflowing shape|\"shape\": [\\n        5,\\n        7|\"shape\": [4611686018427387904, 4611686018427387904|overflows", //
            "string shape|\"shape\": [|\"shape\": \"x\", \"old\": [|not a list", //
            "zero-dimensional|\"shape\": [\\n        5,\\n        7\\n    ]|\"shape\": []|zero-dimensional", //
            "mismatched rank|\"shape\": [\\n        5,\\n        7\\n    ]|\"shape\": [5, 7, 9]|differ in rank", //
            "zero chunk|\"chunks\": [\\n        2,|\"chunks\": [\\n        0,|not a positive", //
            "chunk beyond int|\"chunks\": [\\n        2,|\"chunks\": [\\n        4294967296,|not a positive", //
            "absurd chunk|\"chunks\": [\\n        2,\\n        3|\"chunks\": [65536, 65536|exceed", //
            "unknown dtype|\"<f4\"|\"<c8\"|unsupported dtype \"<c8\"", //
            "bool dtype|\"<f4\"|\"<b1\"|unsupported dtype", //
            "structured dtype|\"dtype\": \"<f4\"|\"dtype\": [[\"a\", \"<f4\"]]|structured", //
            "blosc|\"id\": \"zstd\",\\n        \"level\": 3|\"id\": \"blosc\", \"cname\": \"lz4\"|compressor \"blosc\" is not supported", //
            "unknown codec parameter|\"level\": 3|\"level\": 3, \"window\": 5|unknown zstd parameter \"window\"", //
            "codec without id|\"id\": \"zstd\",|\"name\": \"zstd\",|codec with an id", //
            "level out of range|\"level\": 3|\"level\": 99|outside", //
            "fortran order|\"order\": \"C\"|\"order\": \"F\"|order \"F\" (Fortran) is not supported", //
            "bad order|\"order\": \"C\"|\"order\": \"X\"|neither \"C\" nor \"F\"", //
            "filters|\"filters\": null|\"filters\": [{\"id\": \"delta\", \"dtype\": \"<f4\"}]|filters other than one shuffle are not supported (found [delta])", //
            "two shuffles|\"filters\": null|\"filters\": [{\"id\": \"shuffle\", \"elementsize\": 4}, {\"id\": \"shuffle\", \"elementsize\": 4}]|not supported (found [shuffle, shuffle])", //
            "shuffle of another size|\"filters\": null|\"filters\": [{\"id\": \"shuffle\", \"elementsize\": 2}]|elementsize 2 is not supported", //
            "zarr 3|\"zarr_format\": 2|\"zarr_format\": 3|zarr_format 3 is not supported", //
            "missing order|\"order\": \"C\",|| missing key \"order\"", //
            "bad separator|\"dtype\": \"<f4\",|\"dtype\": \"<f4\", \"dimension_separator\": \"-\",|dimension_separator \"-\"", //
            "bad fill string|\"NaN\"|\"nan\"|fill_value \"nan\" is not valid", //
            "bool fill|\"NaN\"|true|fill_value true is not valid", //
            "not an object|{|[{|not valid JSON", //
            "truncated|\"zarr_format\": 2\\n}|\"zarr_format\": 2|not valid JSON" })
    void refusesInvalidMetadataNamingTheFile(String name, String find, @Nullable String replace, String message) {
        String json = PYTHON_ZSTD.replace(find.replace("\\n", "\n"), replace == null ? "" : replace.replace("\\n", "\n"));
        assertTrue(!json.equals(PYTHON_ZSTD), "test case does not change the JSON: " + name);
        ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message.strip()), e.getMessage());
    }

    @Test
    void refusesIntegerFillValuesOutsideTheDtype() {
        String u1 = PYTHON_ZSTD.replace("\"<f4\"", "\"|u1\"");
        assertTrue(assertThrows(ZarrFormatException.class, () -> parse(u1.replace("\"NaN\"", "256"))).getMessage()
                .contains("does not fit"));
        assertTrue(assertThrows(ZarrFormatException.class, () -> parse(u1.replace("\"NaN\"", "1.5"))).getMessage()
                .contains("not an integer"));
        assertTrue(assertThrows(ZarrFormatException.class, () -> parse(u1)).getMessage().contains("fill_value \"NaN\""));
        assertDoesNotThrow(() -> parse(u1.replace("\"NaN\"", "255.0")));
    }

    @Test
    void refusesChunksBeyondTheConfiguredLimit() {
        byte[] json = PYTHON_ZSTD.getBytes(StandardCharsets.UTF_8);
        ZarrFormatException e = assertThrows(ZarrFormatException.class,
                () -> ZarrMetadataJson.parseArray(json, FILE, ZarrLimits.DEFAULT.withMaxChunkBytes(23)));
        assertTrue(e.getMessage().contains("a chunk of 24 bytes exceeds the limit of 23"), e.getMessage());
    }

    @Test
    void groupsAndAttributes() throws ZarrFormatException {
        assertEquals("{\n    \"zarr_format\": 2\n}", ZarrMetadataJson.formatGroup());
        ZarrMetadataJson.checkGroup(ZarrMetadataJson.formatGroup().getBytes(StandardCharsets.US_ASCII), FILE);
        assertThrows(ZarrFormatException.class,
                () -> ZarrMetadataJson.checkGroup("{\"zarr_format\": 3}".getBytes(StandardCharsets.US_ASCII), FILE));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("survey", "Volve é");
        attributes.put("inline range", List.of(Integer.valueOf(1), Integer.valueOf(2)));
        attributes.put("scale", Double.valueOf(0.25));
        String text = ZarrMetadataJson.formatAttributes(attributes);
        assertEquals("{\n    \"inline range\": [\n        1,\n        2\n    ],\n    \"scale\": 0.25,\n"
                + "    \"survey\": \"Volve \\u00e9\"\n}", text);
        Map<String, @Nullable Object> back = ZarrMetadataJson.parseAttributes(text.getBytes(StandardCharsets.US_ASCII), FILE);
        assertEquals(attributes, back);
        Map<String, @Nullable Object> nan = ZarrMetadataJson.parseAttributes("{\"x\": NaN}".getBytes(StandardCharsets.US_ASCII),
                FILE);
        assertTrue(nan.get("x") instanceof Double d && d.isNaN());
        assertThrows(ZarrFormatException.class,
                () -> ZarrMetadataJson.parseAttributes("[1]".getBytes(StandardCharsets.US_ASCII), FILE));
    }

    @Test
    void dataTypesCoverTheBriefsExamples() {
        for (String dtype : List.of("<f4", "<i2", "|i1", "<u2", "<f8", ">f4")) {
            assertEquals(dtype, ZarrDtype.parse(dtype).code());
        }
        assertEquals(ZarrDataType.UINT16, ZarrDtype.parse("<u2").type());
    }
}
