package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetException;
import org.seislens.core.ExportOptions;
import org.seislens.core.ImportOptions;
import org.seislens.core.QcService;
import org.seislens.core.SegyExportService;
import org.seislens.core.SegyImportService;
import org.seislens.core.TraceEdit;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/**
 * The export pipeline over many blocks (a generated IEEE survey of 5 000 traces, blocks of 2 048): blocks
 * copied from storage in either byte order, ranges that start and end inside blocks, sample ranges, IBM output
 * through the float path, and edits on both sides of a block border, each checked against the source; damaged
 * raw headers refused, naming the file, with nothing left behind.
 */
class StreamingExportTest {

    /** 50 shots of 100 channels, 800 samples: 3 440-byte traces, so blocks of 2 048 traces. */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(50, 100, 800, 2000, 25.0, 12.5, 11);
    private static final long KILLED = 2047;
    private static final long REVERSED = 2048;

    @TempDir
    static Path dir;
    private static Services services;
    private static SegyExportService exporter;
    private static Path source;
    private static Path dataset;
    private static Path edited;

    @BeforeAll
    static void survey() throws Exception {
        services = new Services();
        exporter = services.get(SegyExportService.class);
        source = dir.resolve("survey.sgy");
        assertTrue(SyntheticSurveyWriter.write(source, GEOMETRY, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        SegyImportService importer = services.get(SegyImportService.class);
        dataset = dir.resolve("survey.seislens");
        importer.importFile(source, dataset, ImportOptions.defaults(), new NullProgressMonitor());
        edited = dir.resolve("edited.seislens");
        importer.importFile(source, edited, ImportOptions.defaults(), new NullProgressMonitor());
        services.get(QcService.class).writeEdits(edited,
                List.of(new TraceEdit(KILLED, TraceEdit.Action.KILL, "dead", Instant.now()),
                        new TraceEdit(REVERSED, TraceEdit.Action.REVERSE, "reversed", Instant.now())));
    }

    @AfterAll
    static void release() {
        services.close();
    }

    private static Path export(Path from, String name, Integer format, ByteOrder order, ExportOptions.Range traces,
            ExportOptions.Range samples) throws Exception {
        Path out = dir.resolve(name);
        exporter.export(from, out,
                new ExportOptions(format, order, null, traces, null, List.of(), null, samples, false, null, false),
                new NullProgressMonitor());
        return out;
    }

    @Test
    void anUnchangedExportOfManyBlocksIsTheSourceByteForByte() throws Exception {
        Path out = export(dataset, "same.sgy", null, null, null, null);
        assertEquals(-1, Files.mismatch(source, out));
    }

    @Test
    void damagedRawHeadersAreRefusedNamingTheFileAndLeaveNothing() throws Exception {
        Path damaged = dir.resolve("damaged.seislens");
        services.get(SegyImportService.class).importFile(source, damaged, ImportOptions.defaults(),
                new NullProgressMonitor());
        Path headers = damaged.resolve("headers.parquet");
        long size = Files.size(headers);
        // the raw column, the file's last and largest, fills most of it before the footer and indexes
        try (FileChannel channel = FileChannel.open(headers, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(4096), size * 7 / 10);
        }
        Path out = dir.resolve("from-damaged.sgy");
        DatasetException e = assertThrows(DatasetException.class, () -> exporter.export(damaged, out,
                ExportOptions.reproduce(false), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("headers.parquet"), e.getMessage());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("from-damaged")).toList());
        }
    }

    @Test
    void littleEndianIeeeHoldsTheSameHeadersAndSampleBits() throws Exception {
        Path out = export(dataset, "little.sgy", null, ByteOrder.LITTLE_ENDIAN, null, null);
        try (SegyReader in = SegyReader.open(source);
                SegyReader back = SegyReader.open(out, OpenOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN))) {
            assertEquals(GEOMETRY.traces(), back.layout().traceCount());
            for (long t = 0; t < GEOMETRY.traces(); t += 7) {
                assertSameTrace(in.readTrace(t), back.readTrace(t), 0, GEOMETRY.samples(), "trace " + t);
            }
            assertSameTrace(in.readTrace(GEOMETRY.traces() - 1), back.readTrace(GEOMETRY.traces() - 1), 0,
                    GEOMETRY.samples(), "last trace");
        }
    }

    @Test
    void rangesInsideBlocksHoldTheSourceTraces() throws Exception {
        Path out = export(dataset, "range.sgy", null, null, new ExportOptions.Range(1000, 4200), null);
        int traceBytes = 240 + 4 * GEOMETRY.samples();
        try (FileChannel a = FileChannel.open(source); FileChannel b = FileChannel.open(out)) {
            assertEquals(3600 + 3200L * traceBytes, b.size());
            for (long t = 0; t < 3200; t++) {
                assertEquals(read(a, 3600 + (1000 + t) * traceBytes, traceBytes),
                        read(b, 3600 + t * traceBytes, traceBytes), "trace " + (1000 + t));
            }
        }
    }

    @Test
    void aSampleRangeOverManyBlocksHoldsTheSourceSamples() throws Exception {
        Path out = export(dataset, "samples.sgy", null, ByteOrder.LITTLE_ENDIAN, new ExportOptions.Range(2000, 4500),
                new ExportOptions.Range(133, 700));
        try (SegyReader in = SegyReader.open(source);
                SegyReader back = SegyReader.open(out, OpenOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN))) {
            assertEquals(2500, back.layout().traceCount());
            for (long t = 0; t < 2500; t += 3) {
                float[] x = in.readTrace(2000 + t).toFloats();
                Trace b = back.readTrace(t);
                assertEquals(567, TraceHeaderField.SAMPLE_COUNT.get(b.header(), 0));
                assertArrayEquals(java.util.Arrays.copyOfRange(x, 133, 700), b.toFloats(), "trace " + (2000 + t));
            }
        }
    }

    @Test
    void ibmOutputOfStoredBlocksHoldsTheValues() throws Exception {
        Path out = export(dataset, "ibm.sgy", SampleFormat.IBM_FLOAT32.code(), null, null, null);
        try (SegyReader in = SegyReader.open(source); SegyReader back = SegyReader.open(out)) {
            assertEquals(SampleFormat.IBM_FLOAT32, back.layout().format());
            for (long t = 0; t < GEOMETRY.traces(); t += 11) {
                float[] x = in.readTrace(t).toFloats();
                float[] y = back.readTrace(t).toFloats();
                for (int i = 0; i < x.length; i++) {
                    assertEquals(x[i], y[i], Math.abs(x[i]) * 1e-6, "trace " + t + " sample " + i);
                }
            }
        }
    }

    @Test
    void editsOnBothSidesOfABlockBorderAreApplied() throws Exception {
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            Path out = export(edited, "edited-" + order + ".sgy", null, order, null, null);
            try (SegyReader in = SegyReader.open(source);
                    SegyReader back = SegyReader.open(out, OpenOptions.DEFAULT.withByteOrder(order))) {
                for (long t = KILLED - 2; t <= REVERSED + 2; t++) {
                    Trace a = in.readTrace(t);
                    Trace b = back.readTrace(t);
                    float[] x = a.toFloats();
                    float[] y = b.toFloats();
                    int id = TraceHeaderField.TRACE_ID_CODE.get(b.header(), 0);
                    for (int i = 0; i < x.length; i++) {
                        float expected = t == KILLED ? 0f : t == REVERSED ? -x[i] : x[i];
                        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(y[i]),
                                order + " trace " + t + " sample " + i);
                    }
                    assertEquals(t == KILLED ? ExportEdits.DEAD : TraceHeaderField.TRACE_ID_CODE.get(a.header(), 0), id,
                            order + " trace " + t);
                }
            }
        }
    }

    private static void assertSameTrace(Trace a, Trace b, int from, int to, String what) {
        for (TraceHeaderField f : TraceHeaderField.values()) {
            assertEquals(f.get(a.header(), 0), f.get(b.header(), 0), what + " " + f);
        }
        float[] x = a.toFloats();
        float[] y = b.toFloats();
        for (int i = from; i < to; i++) {
            assertEquals(Float.floatToRawIntBits(x[i]), Float.floatToRawIntBits(y[i]), what + " sample " + i);
        }
    }

    private static ByteBuffer read(FileChannel channel, long at, int bytes) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(bytes);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                break;
            }
        }
        return b.flip();
    }
}
