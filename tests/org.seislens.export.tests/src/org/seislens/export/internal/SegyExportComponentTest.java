package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetException;
import org.seislens.core.ExportOptions;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyExportService;
import org.seislens.core.SegyImportService;
import org.seislens.core.SourceKind;
import org.seislens.segy.BinaryHeaderField;
import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/**
 * The export's options on a generated survey (6 shots of 20 channels, IBM floats, big-endian): every format
 * and byte order, subsets checked trace by trace against the source, Seismic Unix, cancellation and refusals.
 */
class SegyExportComponentTest {

    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(6, 20, 200, 2000, 25.0, 12.5, 7);

    @TempDir
    static Path dir;
    private static Services services;
    private static SegyExportService exporter;
    private static Path source;
    private static Path dataset;

    @BeforeAll
    static void survey() throws Exception {
        services = new Services();
        SegyImportService importer = services.get(SegyImportService.class);
        exporter = services.get(SegyExportService.class);
        source = dir.resolve("survey.sgy");
        assertTrue(SyntheticSurveyWriter.write(source, GEOMETRY, SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        dataset = dir.resolve("survey.seislens");
        importer.importFile(source, dataset, ImportOptions.defaults(), new NullProgressMonitor());
    }

    @AfterAll
    static void release() {
        services.close();
    }

    static ExportOptions options(Integer format, ByteOrder order, ExportOptions.Range traces, String key,
            List<Long> values, ExportOptions.Range keyRange, ExportOptions.Range samples, boolean scale) {
        return new ExportOptions(format, order, null, traces, key, values, keyRange, samples, scale, null, false);
    }

    private static Path export(String name, ExportOptions options) throws Exception {
        Path out = dir.resolve(name);
        exporter.export(dataset, out, options, new NullProgressMonitor());
        return out;
    }

    @Test
    void everyFormatAndByteOrderHoldsTheSourceValuesAndHeaders() throws Exception {
        try (SegyReader in = SegyReader.open(source)) {
            float max = 0;
            for (long t = 0; t < in.layout().traceCount(); t++) {
                for (float v : in.readTrace(t).toFloats()) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            for (SampleFormat format : ExportPlan.WRITABLE) {
                for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
                    Path out = export(format + "-" + order + ".sgy",
                            options(format.code(), order, null, null, List.of(), null, null, true));
                    double scale = format.isFloatingPoint() ? 1 : SampleCheck.limit(format) / max;
                    try (SegyReader back = SegyReader.open(out, OpenOptions.DEFAULT.withByteOrder(order))) {
                        assertEquals(format, back.layout().format());
                        assertEquals(in.layout().traceCount(), back.layout().traceCount());
                        String text = java.util.Objects.requireNonNull(back.layout().textualHeader()).text();
                        assertEquals(format != SampleFormat.IBM_FLOAT32 || order != ByteOrder.BIG_ENDIAN,
                                text.contains("SEISLENS EXPORT"), text);
                        for (long t = 0; t < in.layout().traceCount(); t++) {
                            Trace a = in.readTrace(t);
                            Trace b = back.readTrace(t);
                            assertSameHeader(a.header(), b.header());
                            float[] x = a.toFloats();
                            float[] y = b.toFloats();
                            for (int i = 0; i < x.length; i++) {
                                double tolerance = format.isFloatingPoint() ? Math.abs(x[i]) * 1e-6
                                        : 0.5 + Math.abs(x[i] * scale) * 1e-6;
                                assertEquals(x[i] * scale, y[i], tolerance, format + " " + order + " trace " + t);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void subsetsHoldTheSourceTracesByteForByte() throws Exception {
        try (SegyReader in = SegyReader.open(source)) {
            Path range = export("range.sgy", options(null, null, new ExportOptions.Range(7, 45), null, List.of(), null,
                    null, false));
            assertTraces(in, range, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                    28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44);
            Path shots = export("shots.sgy", options(null, null, null, "field_record", List.of(shot(3), shot(1)),
                    null, null, false));
            long[] expected = new long[40];
            for (int i = 0; i < 20; i++) {
                expected[i] = 60 + i;
                expected[20 + i] = 20 + i;
            }
            assertTraces(in, shots, expected);
            Path keyRange = export("keyrange.sgy", options(null, null, null, "field_record", List.of(),
                    new ExportOptions.Range(shot(4), shot(5)), null, false));
            long[] last = new long[40];
            for (int i = 0; i < 40; i++) {
                last[i] = 80 + i;
            }
            assertTraces(in, keyRange, last);
        }
    }

    @Test
    void aSampleRangeUpdatesCountsAndDelay() throws Exception {
        Path out = export("samples.sgy", options(null, null, null, null, List.of(), null,
                new ExportOptions.Range(50, 150), false));
        try (SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(out)) {
            assertEquals(100, back.layout().samplesPerTrace());
            assertEquals(100, java.util.Objects.requireNonNull(back.layout().binaryHeader()).get(BinaryHeaderField.SAMPLES_PER_TRACE));
            for (long t = 0; t < in.layout().traceCount(); t++) {
                Trace a = in.readTrace(t);
                Trace b = back.readTrace(t);
                assertEquals(100, TraceHeaderField.SAMPLE_COUNT.get(b.header()));
                assertEquals(TraceHeaderField.DELAY_RECORDING_TIME.get(a.header()) + 50 * 2,
                        TraceHeaderField.DELAY_RECORDING_TIME.get(b.header()));
                byte[] x = new byte[400];
                byte[] y = new byte[400];
                a.samples().get(50 * 4, x);
                b.samples().get(0, y);
                assertArrayEquals(x, y, "trace " + t);
            }
        }
    }

    @Test
    void seismicUnixHoldsIeeeFloats() throws Exception {
        Path out = dir.resolve("survey.su");
        exporter.export(dataset, out, new ExportOptions(null, ByteOrder.LITTLE_ENDIAN, SourceKind.SU, null, null,
                List.of(), null, null, false, null, false), new NullProgressMonitor());
        assertEquals(GEOMETRY.traces() * (240 + GEOMETRY.samples() * 4L), Files.size(out));
        try (SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(out,
                OpenOptions.DEFAULT.withKind(FileKind.SU).withByteOrder(ByteOrder.LITTLE_ENDIAN))) {
            assertEquals(SampleFormat.IEEE_FLOAT32, back.layout().format());
            for (long t = 0; t < in.layout().traceCount(); t++) {
                assertArrayEquals(in.readTrace(t).toFloats(), back.readTrace(t).toFloats(), "trace " + t);
            }
        }
    }

    @Test
    void aProcessedExportEqualsTheProcessedDataset() throws Exception {
        Path chain = Files.writeString(dir.resolve("chain.json"),
                "{\"steps\":[{\"op\":\"agc\",\"window_ms\":100},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}");
        Path out = dir.resolve("processed.sgy");
        exporter.export(dataset, out, new ExportOptions(null, null, null, new ExportOptions.Range(10, 50), null,
                List.of(), null, null, false, chain, false), new NullProgressMonitor());
        org.seislens.core.ProcessingService processing = services.get(org.seislens.core.ProcessingService.class);
        org.seislens.core.DatasetService datasets = services.get(org.seislens.core.DatasetService.class);
        try (org.seislens.core.Dataset stored = datasets.open(dataset, new NullProgressMonitor());
                org.seislens.core.Dataset processed = processing.open(stored, processing.readChain(chain));
                SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(out)) {
            assertEquals(SampleFormat.IEEE_FLOAT32, back.layout().format(), "format 5 by default");
            assertEquals(40, back.layout().traceCount());
            float[] expected = processed.window(new org.seislens.core.WindowBounds(10, 50, 0, GEOMETRY.samples()),
                    new NullProgressMonitor()).samples();
            float[] raw = in.readTrace(10).toFloats();
            float[] got0 = back.readTrace(0).toFloats();
            assertFalse(java.util.Arrays.equals(raw, got0), "the samples are processed");
            for (int t = 0; t < 40; t++) {
                Trace b = back.readTrace(t);
                assertArrayEquals(java.util.Arrays.copyOfRange(expected, t * GEOMETRY.samples(),
                        (t + 1) * GEOMETRY.samples()), b.toFloats(), "trace " + t);
                assertSameHeader(in.readTrace(10 + t).header(), b.header());
            }
        }
    }

    @Test
    void cancellingLeavesNothing(@TempDir Path work) throws Exception {
        // two blocks of traces at least, so that the export is cancelled while its temporary file is written
        Path big = work.resolve("big.sgy");
        assertTrue(SyntheticSurveyWriter.write(big, new SurveyGeometry(30, 100, 800, 2000, 25.0, 12.5, 3),
                SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shots -> true));
        Path bigDataset = work.resolve("big.seislens");
        services.get(SegyImportService.class).importFile(big, bigDataset, ImportOptions.defaults(),
                new NullProgressMonitor());
        Path target = Files.createDirectory(work.resolve("out"));
        boolean[] sawTemporary = { false };
        NullProgressMonitor cancelling = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                check();
            }

            @Override
            public void internalWorked(double work) {
                check();
            }

            private void check() {
                try (var files = Files.list(target)) {
                    if (files.findAny().isPresent()) {
                        sawTemporary[0] = true;
                        setCanceled(true);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> exporter.export(bigDataset, target.resolve("x.sgy"),
                ExportOptions.reproduce(false), cancelling));
        assertTrue(sawTemporary[0], "the export was cancelled while writing");
        try (var files = Files.list(target)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void badOptionsAreRefusedNamingTheCause(@TempDir Path empty) throws Exception {
        Path out = empty.resolve("x.sgy");
        assertRefused(out, options(4, null, null, null, List.of(), null, null, false), "format 4");
        assertRefused(out, options(null, null, new ExportOptions.Range(0, 999), null, List.of(), null, null, false),
                "0:999");
        assertRefused(out, options(null, null, null, "offset", List.of(1L), null, null, false), "offset");
        assertRefused(out, options(null, null, null, null, List.of(1L), null, null, false), "--key");
        assertRefused(out, options(null, null, null, "field_record", List.of(-5L), null, null, false), "-5");
        assertRefused(out, options(null, null, null, null, List.of(), null, new ExportOptions.Range(10, 5), false),
                "10:5");
        assertRefused(out, options(SampleFormat.INT16.code(), null, null, null, List.of(), null, null, false),
                "--scale auto");
        try (var files = Files.list(empty)) {
            assertEquals(List.of(), files.toList(), "a refused export leaves nothing");
        }
        Files.writeString(out, "keep");
        assertRefused(out, ExportOptions.reproduce(false), "--force");
        assertEquals("keep", Files.readString(out));
        exporter.export(dataset, out, ExportOptions.reproduce(true), new NullProgressMonitor());
        assertEquals(-1, Files.mismatch(source, out));
    }

    private static void assertRefused(Path out, ExportOptions options, String cause) {
        DatasetException e = assertThrows(DatasetException.class,
                () -> exporter.export(dataset, out, options, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains(cause), e.getMessage() + " should name " + cause);
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    private static long shot(int i) throws Exception {
        try (SegyReader in = SegyReader.open(source)) {
            return TraceHeaderField.FIELD_RECORD.get(in.readTrace(i * 20L).header());
        }
    }

    private static void assertTraces(SegyReader in, Path out, long... indices) throws Exception {
        try (SegyReader back = SegyReader.open(out)) {
            assertEquals(indices.length, back.layout().traceCount());
            for (int i = 0; i < indices.length; i++) {
                Trace a = in.readTrace(indices[i]);
                Trace b = back.readTrace(i);
                assertSameHeader(a.header(), b.header());
                assertEquals(a.header(), b.header(), "header of trace " + i);
                assertEquals(a.samples(), b.samples(), "samples of trace " + i);
            }
        }
    }

    private static void assertSameHeader(ByteBuffer a, ByteBuffer b) {
        for (TraceHeaderField field : TraceHeaderField.values()) {
            assertEquals(field.get(a), field.get(b), field.fieldName());
        }
    }
}
