package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.zarr.internal.PythonJson;
import org.seislens.zarr.io.ZarrArray;
import org.seislens.zarr.io.ZarrGroup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Interoperability with zarr-python 2.13 in both directions: arrays zarr-python writes read back here
 * with identical values, and arrays written here open in zarr-python with identical values and
 * byte-identical metadata. Both sides compute the values from the formulas of {@link TestPatterns}.
 * <p>
 * Tests {@link ZarrArray} and {@link ZarrGroup} together with a real zarr-python; kept apart from
 * their unit tests because it needs /usr/bin/python3 with python3-zarr.
 */
class ZarrPythonInteropTest {

    /** One array of the interoperability matrix. */
    record Case(String name, String dtype, @Nullable ZarrCompressor compressor, ChunkKeySeparator separator, long[] shape,
            int[] chunks, @Nullable Number fill, long writtenRows, boolean shuffle) {

        Case(String name, String dtype, @Nullable ZarrCompressor compressor, ChunkKeySeparator separator, long[] shape,
                int[] chunks, @Nullable Number fill, long writtenRows) {
            this(name, dtype, compressor, separator, shape, chunks, fill, writtenRows, false);
        }

        ZarrArrayMetadata metadata() {
            return new ZarrArrayMetadata(shape, chunks, ZarrDtype.parse(dtype), compressor, fill, separator, shuffle);
        }
    }

    private static final ChunkKeySeparator DOT = ChunkKeySeparator.DOT;
    private static final ChunkKeySeparator SLASH = ChunkKeySeparator.SLASH;

    /** Several dtypes and both byte orders, every codec, both separators, edge and missing chunks. */
    private static final List<Case> CASES = List.of(
            new Case("f4_zstd_dot", "<f4", ZarrCompressor.zstd(3), DOT, new long[] { 37, 53 }, new int[] { 10, 16 },
                    Double.NaN, 25),
            new Case("f4be_lz4_slash", ">f4", ZarrCompressor.lz4(1), SLASH, new long[] { 25, 31 }, new int[] { 8, 8 },
                    -1.5, 20),
            new Case("i2_zlib_dot", "<i2", ZarrCompressor.zlib(1), DOT, new long[] { 19, 23 }, new int[] { 5, 7 }, -9999,
                    12),
            new Case("i1_raw_slash", "|i1", null, SLASH, new long[] { 41 }, new int[] { 8 }, 0, 30),
            new Case("u2_gzip_3d", "<u2", ZarrCompressor.gzip(5), DOT, new long[] { 13, 17, 5 }, new int[] { 4, 6, 2 },
                    65535, 9),
            new Case("f8_zstd_slash", "<f8", ZarrCompressor.zstd(1), SLASH, new long[] { 9, 11 }, new int[] { 4, 4 },
                    Double.NEGATIVE_INFINITY, 7),
            new Case("i4_lz4_nofill", "<i4", ZarrCompressor.lz4(1), DOT, new long[] { 10, 10 }, new int[] { 3, 3 }, null,
                    10),
            new Case("u1_zlib9_slash", "|u1", ZarrCompressor.zlib(9), SLASH, new long[] { 6, 40 }, new int[] { 4, 16 }, 7,
                    5),
            new Case("i8be_raw", ">i8", null, DOT, new long[] { 5, 6 }, new int[] { 2, 4 }, -1, 4),
            new Case("u4_zstd", "<u4", ZarrCompressor.zstd(5), DOT, new long[] { 33 }, new int[] { 10 }, 4294967295L, 21),
            new Case("f4_chunk_larger_than_array", "<f4", ZarrCompressor.zstd(1), DOT, new long[] { 3, 5 },
                    new int[] { 8, 8 }, 0.5, 3),
            // numcodecs' shuffle filter before the compressor, as the dataset's samples may be written
            new Case("f4_shuffle_lz4", "<f4", ZarrCompressor.lz4(1), DOT, new long[] { 37, 53 }, new int[] { 10, 16 },
                    0.0, 30, true),
            new Case("i2be_shuffle_zstd_slash", ">i2", ZarrCompressor.zstd(3), SLASH, new long[] { 19, 23 },
                    new int[] { 5, 7 }, -9999, 12, true),
            new Case("f8_shuffle_zlib", "<f8", ZarrCompressor.zlib(1), DOT, new long[] { 9, 11 }, new int[] { 4, 4 },
                    Double.NaN, 7, true));

    /** The formulas of TestPatterns, the expected arrays and the attributes, in NumPy. */
    private static final String COMMON = """
            import json, math, struct, sys
            import numpy as np
            import numcodecs, zarr
            from zarr.util import json_dumps

            def fill_of(case):
                f = case['fill']
                if isinstance(f, str):
                    return {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}[f]
                return f

            def expected(case):
                dt = np.dtype(case['dtype'])
                shape = tuple(case['shape'])
                n = np.arange(int(np.prod(shape)), dtype=np.int64)
                if dt.kind == 'f':
                    values = ((n * 37 + 11) % 251 - 125) * 0.5 + (n % 1000) * 0.25
                    if dt.itemsize == 8:
                        values = values + n * 0.001
                else:
                    h = n * 2654435761
                    moduli = {('i', 1): (251, 125), ('i', 2): (60013, 30006), ('i', 4): (2000000011, 1000000005),
                              ('i', 8): (1099511627689, 549755813844), ('u', 1): (251, 0), ('u', 2): (65521, 0),
                              ('u', 4): (4294967291, 0)}
                    if (dt.kind, dt.itemsize) == ('u', 8):
                        values = h
                    else:
                        m, offset = moduli[(dt.kind, dt.itemsize)]
                        values = h % m - offset
                arr = values.astype(dt).reshape(shape)
                fill = fill_of(case)
                arr[case['written']:] = 0 if fill is None else fill
                return arr

            def attributes(case):
                return {'case': case['name'], 'scale': 0.25, 'list': [1, 2.5, 'x'],
                        'nested': {'ok': True, 'none': None}, 'nan': float('nan'), 'text': '\\u00e9 \\u2603'}

            def codec(case):
                return numcodecs.get_codec(dict(case['compressor'])) if case['compressor'] else None

            def filters(case):
                return [numcodecs.Shuffle(elementsize=np.dtype(case['dtype']).itemsize)] if case['shuffle'] else None

            spec = json.load(open(sys.argv[1]))
            root = sys.argv[2]
            """;

    private static final String PYTHON_WRITES = COMMON + """
            for case in spec['cases']:
                z = zarr.open(root + '/' + case['name'], mode='w', shape=tuple(case['shape']),
                              chunks=tuple(case['chunks']), dtype=case['dtype'], compressor=codec(case),
                              fill_value=fill_of(case), dimension_separator=case['separator'], filters=filters(case))
                w = case['written']
                if w > 0:
                    z[:w] = expected(case)[:w]
                z.attrs.update(attributes(case))
            g = zarr.open_group(root + '/group', mode='w')
            g.attrs['title'] = 'interop'
            g.create_dataset('child', shape=(3,), chunks=(2,), dtype='<f4', compressor=numcodecs.Zstd(1))
            g.create_group('sub')
            # Python's float repr for the JSON writer: bits and text of doubles of many magnitudes.
            rng = np.random.default_rng(7)
            values = list(rng.standard_normal(300) * 10.0 ** rng.integers(-30, 30, 300)) + [0.1, 1e16, 1e-5, 123.0]
            with open(root + '/reprs.json', 'w') as out:
                json.dump([[struct.pack('>d', v).hex(), repr(float(v))] for v in values], out)
            print('WROTE', len(spec['cases']))
            """;

    private static final String PYTHON_CHECKS = COMMON + """
            failures = []
            for case in spec['cases']:
                path = root + '/' + case['name']
                z = zarr.open(path, mode='r')
                exp = expected(case)
                got = z[...]
                if got.dtype != exp.dtype:
                    failures.append('%s: dtype %s, expected %s' % (case['name'], got.dtype, exp.dtype))
                elif not np.array_equal(got, exp, equal_nan=(exp.dtype.kind == 'f')):
                    bad = np.argwhere(~((got == exp) | (np.isnan(got) & np.isnan(exp)) if exp.dtype.kind == 'f' else (got == exp)))
                    failures.append('%s: values differ at %s' % (case['name'], bad[:5].tolist()))
                # zarr-python's own .zarray for the same array must be byte-identical.
                store = {}
                zarr.create(shape=tuple(case['shape']), chunks=tuple(case['chunks']), dtype=case['dtype'],
                            compressor=codec(case), fill_value=fill_of(case), store=store, order='C', filters=filters(case),
                            dimension_separator=case['separator'])
                mine = open(path + '/.zarray', 'rb').read()
                if mine != store['.zarray']:
                    failures.append('%s: .zarray differs\\n%s\\n--- zarr-python:\\n%s'
                                    % (case['name'], mine.decode(), store['.zarray'].decode()))
                if open(path + '/.zattrs', 'rb').read() != json_dumps(attributes(case)):
                    failures.append('%s: .zattrs differs' % case['name'])
                attrs = z.attrs.asdict()
                if not math.isnan(attrs.pop('nan')) or attrs != {k: v for k, v in attributes(case).items() if k != 'nan'}:
                    failures.append('%s: attributes %s' % (case['name'], attrs))
                if (z.filters or None) != filters(case):
                    failures.append('%s: filters %s' % (case['name'], z.filters))
                if z.compressor != codec(case):
                    failures.append('%s: compressor %s' % (case['name'], z.compressor))
            g = zarr.open_group(root + '/group', mode='r')
            if sorted(g.array_keys()) != ['child'] or sorted(g.group_keys()) != ['sub'] or g.attrs['title'] != 'interop':
                failures.append('group: %s %s %s' % (list(g.array_keys()), list(g.group_keys()), g.attrs.asdict()))
            if not np.array_equal(g['child'][...], np.array([1.5, 2.5, 3.5], dtype='<f4')):
                failures.append('group child: %s' % g['child'][...])
            for f in failures:
                print('FAIL', f)
            print('CHECKED', len(spec['cases']), 'FAILURES', len(failures))
            sys.exit(1 if failures else 0)
            """;

    // JUnit injects the field; the package's non-null default cannot see that.
    @TempDir
    @NonNullByDefault({})
    Path dir;

    @BeforeAll
    static void requirePython() throws Exception {
        PythonZarr.requireZarrPython();
    }

    private Path writeSpec() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode spec = mapper.createObjectNode();
        ArrayNode cases = spec.putArray("cases");
        for (Case c : CASES) {
            ObjectNode node = cases.addObject();
            node.put("name", c.name()).put("dtype", c.dtype()).put("separator", c.separator().text())
                    .put("written", c.writtenRows()).put("shuffle", c.shuffle());
            node.set("shape", mapper.valueToTree(c.shape()));
            node.set("chunks", mapper.valueToTree(c.chunks()));
            ZarrCompressor compressor = c.compressor();
            if (compressor == null) {
                node.putNull("compressor");
            } else {
                node.putObject("compressor").put("id", compressor.id()).put(compressor.kind().parameterName(),
                        compressor.level());
            }
            Number fill = c.fill();
            if (fill == null) {
                node.putNull("fill");
            } else if (fill instanceof Double d && !Double.isFinite(d)) {
                node.put("fill", PythonJson.formatDouble(d));
            } else if (fill instanceof Double d) {
                node.put("fill", d.doubleValue());
            } else {
                node.put("fill", fill.longValue());
            }
        }
        Path file = dir.resolve("spec.json");
        mapper.writeValue(file.toFile(), spec);
        return file;
    }

    private static Map<String, Object> attributes(Case c) {
        Map<String, @Nullable Object> nested = new LinkedHashMap<>();
        nested.put("ok", Boolean.TRUE);
        nested.put("none", null);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("case", c.name());
        attributes.put("scale", 0.25);
        attributes.put("list", List.of(1, 2.5, "x"));
        attributes.put("nested", nested);
        attributes.put("nan", Double.NaN);
        attributes.put("text", "\u00e9 \u2603");
        return attributes;
    }

    @Test
    void readsArraysWrittenByZarrPython() throws Exception {
        Path spec = writeSpec();
        Path root = Files.createDirectories(dir.resolve("python"));
        String output = PythonZarr.runScript(dir, "write_arrays.py", PYTHON_WRITES, spec.toString(), root.toString());
        assertTrue(output.contains("WROTE " + CASES.size()), output);
        for (Case c : CASES) {
            ZarrArrayMetadata m = c.metadata();
            try (ZarrArray array = ZarrArray.open(root.resolve(c.name()))) {
                assertEquals(m.dtype(), array.metadata().dtype(), c.name());
                assertEquals(m.compressor(), array.metadata().compressor(), c.name());
                assertEquals(m.dimensionSeparator(), array.metadata().dimensionSeparator(), c.name());
                assertEquals(m, array.metadata(), c.name());
                ByteBuffer expected = TestPatterns.expectedArray(m, c.writtenRows());
                int[] whole = new int[m.rank()];
                for (int d = 0; d < whole.length; d++) {
                    whole[d] = (int) m.shape(d);
                }
                ByteBuffer actual = ByteBuffer.allocate(expected.capacity());
                array.read(new long[m.rank()], whole, actual);
                assertArrayEquals(expected.array(), actual.array(), c.name());
                float[] floats = new float[expected.capacity() / m.dtype().itemSize()];
                array.readFloats(new long[m.rank()], whole, floats, 0);
                for (int n = 0; n < floats.length; n++) {
                    long row = n / (floats.length / Math.max(1, m.shape(0)));
                    float want = row < c.writtenRows() ? (float) TestPatterns.value(m.dtype().type(), n)
                            : (float) m.fillValueAsDouble();
                    assertEquals(want, floats[n], c.name() + " element " + n);
                }
                Map<String, @Nullable Object> attrs = array.readAttributes();
                assertTrue(attrs.remove("nan") instanceof Double d && d.isNaN());
                Map<String, Object> want = attributes(c);
                want.remove("nan");
                assertEquals(want, attrs, c.name());
            }
        }
        ZarrGroup group = ZarrGroup.open(root.resolve("group"));
        assertEquals(List.of("child"), group.arrayNames());
        assertEquals(List.of("sub"), group.groupNames());
        assertEquals("interop", group.readAttributes().get("title"));
        try (ZarrArray child = group.openArray("child")) {
            assertArrayEquals(new float[] { 0, 0, 0 }, child.readFloats(new long[] { 0 }, new int[] { 3 }));
        }
        JsonNode reprs = new ObjectMapper().readTree(root.resolve("reprs.json").toFile());
        assertTrue(reprs.size() > 300);
        for (JsonNode pair : reprs) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(pair.get(0).asText(), 16));
            assertEquals(pair.get(1).asText(), PythonJson.formatDouble(value));
        }
    }

    @Test
    void zarrPythonReadsArraysWrittenHere() throws Exception {
        Path spec = writeSpec();
        Path root = Files.createDirectories(dir.resolve("java"));
        for (Case c : CASES) {
            ZarrArrayMetadata m = c.metadata();
            try (ZarrArray array = ZarrArray.create(root.resolve(c.name()), m)) {
                TestPatterns.writeChunks(array, TestPatterns.expectedArray(m, c.writtenRows()), c.writtenRows());
                array.writeAttributes(attributes(c));
            }
        }
        ZarrGroup group = ZarrGroup.create(root.resolve("group"));
        group.writeAttributes(Map.of("title", "interop"));
        group.createGroup("sub");
        try (ZarrArray child = group.createArray("child", ZarrArrayMetadata.of(new long[] { 3 }, new int[] { 2 },
                ZarrDtype.littleEndian(ZarrDataType.FLOAT32)).withCompressor(ZarrCompressor.zstd(1)))) {
            ByteBuffer first = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(0, 1.5f)
                    .putFloat(4, 2.5f);
            child.writeChunk(new long[] { 0 }, first);
            child.writeChunk(new long[] { 1 }, ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(0, 3.5f));
        }
        List<String> args = new ArrayList<>(List.of(spec.toString(), root.toString()));
        String output = PythonZarr.runScript(dir, "check_arrays.py", PYTHON_CHECKS, args.toArray(String[]::new));
        assertTrue(output.contains("CHECKED " + CASES.size() + " FAILURES 0"), output);
    }
}
