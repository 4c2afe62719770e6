package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ExportOptions;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyExportService;
import org.seislens.core.SegyImportService;
import org.seislens.core.WindowBounds;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.BinaryHeaderField;
import org.seislens.segy.FileKind;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;

/**
 * SEG-Y rev 2 files with additional 240-byte trace headers after each standard one: the importer reads past
 * them to the right samples and keeps them, and an export writes them back, so such a file round trips byte
 * for byte; a dataset imported before they were kept exports without them, saying so.
 */
class AdditionalTraceHeadersTest {

    private static final int TRACES = 37;
    private static final int SAMPLES = 61;

    private static Services services;
    private static SegyImportService importer;
    private static SegyExportService exporter;
    private static DatasetService datasets;

    @BeforeAll
    static void services() throws Exception {
        services = new Services();
        importer = services.get(SegyImportService.class);
        exporter = services.get(SegyExportService.class);
        datasets = services.get(DatasetService.class);
    }

    @AfterAll
    static void release() {
        services.close();
    }

    @Test
    void filesWithOneOrTwoAdditionalHeadersComeBackByteForByte(@TempDir Path dir) throws Exception {
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            for (int additional = 1; additional <= 2; additional++) {
                String name = additional + "-" + order;
                Path source = dir.resolve(name + ".sgy");
                float[] samples = write(source, additional, order);
                Path dataset = dir.resolve(name + ".seislens");
                importer.importFile(source, dataset, new ImportOptions(order, null, ImportOptions.DEFAULT_KEYS,
                        false), new NullProgressMonitor());
                try (Dataset d = datasets.open(dataset, new NullProgressMonitor())) {
                    assertEquals(additional, d.sourceHeaders().additionalTraceHeaders());
                    float[] read = d.window(new WindowBounds(0, TRACES, 0, SAMPLES), new NullProgressMonitor())
                            .samples();
                    for (int i = 0; i < samples.length; i++) {
                        assertEquals(samples[i], read[i], "sample " + i + " of " + name + " read past the headers");
                    }
                }
                Path out = dir.resolve(name + ".out.sgy");
                exporter.export(dataset, out, ExportOptions.reproduce(false), new NullProgressMonitor());
                assertEquals(-1, Files.mismatch(source, out), source + " and its export differ");

                // a subset: each trace written is the source's trace, additional headers included
                Path part = dir.resolve(name + ".part.sgy");
                exporter.export(dataset, part, new ExportOptions(null, null, null, new ExportOptions.Range(5, 12),
                        null, List.of(), null, null, false, null, false), new NullProgressMonitor());
                byte[] all = Files.readAllBytes(source);
                byte[] some = Files.readAllBytes(part);
                int traceBytes = 240 * (1 + additional) + 4 * SAMPLES;
                int data = 3600;
                assertEquals(data + 7 * traceBytes, some.length);
                assertEquals(-1, ByteBuffer.wrap(all, data + 5 * traceBytes, 7 * traceBytes)
                        .mismatch(ByteBuffer.wrap(some, data, 7 * traceBytes)), "traces 5 to 11 of " + name);
                assertEquals(additional, BinaryHeader.of(java.util.Arrays.copyOfRange(some, 3200, 3600), order)
                        .get(BinaryHeaderField.MAX_ADDITIONAL_TRACE_HEADERS));
            }
        }
    }

    @Test
    void aDatasetWithoutThemExportsWithoutThemAndSaysSo(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("two.sgy");
        float[] samples = write(source, 2, ByteOrder.BIG_ENDIAN);
        Path dataset = dir.resolve("two.seislens");
        importer.importFile(source, dataset, ImportOptions.defaults(), new NullProgressMonitor());
        // as a dataset imported before the additional headers were kept
        Files.delete(dataset.resolve("additional_headers.bin"));
        Path out = dir.resolve("out.sgy");
        exporter.export(dataset, out, ExportOptions.reproduce(false), new NullProgressMonitor());
        byte[] bytes = Files.readAllBytes(out);
        int traceBytes = 240 + 4 * SAMPLES;
        assertEquals(3600 + TRACES * traceBytes, bytes.length);
        assertEquals(0, BinaryHeader.of(java.util.Arrays.copyOfRange(bytes, 3200, 3600), ByteOrder.BIG_ENDIAN)
                .get(BinaryHeaderField.MAX_ADDITIONAL_TRACE_HEADERS));
        String text = TextualHeader.decode(java.util.Arrays.copyOf(bytes, 3200)).text();
        assertTrue(text.contains("no additional trace headers"), text);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int last = TRACES - 1;
        assertEquals(samples[last * SAMPLES + 7], b.getFloat(3600 + last * traceBytes + 240 + 4 * 7));
    }

    /**
     * Writes a rev 2.0 file of IEEE samples whose traces carry {@code additional} extra headers of random bytes.
     *
     * @return the samples, trace after trace
     */
    private static float[] write(Path file, int additional, ByteOrder order) throws Exception {
        Random random = new Random(additional * 31L + (order == ByteOrder.BIG_ENDIAN ? 1 : 2));
        WriterSettings settings = new WriterSettings(FileKind.SEGY, SampleFormat.IEEE_FLOAT32, order, SAMPLES,
                additional);
        float[] samples = new float[TRACES * SAMPLES];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) random.nextGaussian();
        }
        try (SegyWriter writer = SegyWriter.create(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 REV 2 WITH ADDITIONAL TRACE HEADERS", //$NON-NLS-1$
                    TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(order, SampleFormat.IEEE_FLOAT32, SAMPLES, 2000)
                    .with(BinaryHeaderField.REVISION_MAJOR, 2)
                    .with(BinaryHeaderField.MAX_ADDITIONAL_TRACE_HEADERS, additional));
            ByteBuffer headers = ByteBuffer.allocate(settings.traceHeaderBytes()).order(order);
            for (int t = 0; t < TRACES; t++) {
                byte[] extra = new byte[240 * additional];
                random.nextBytes(extra);
                headers.clear();
                headers.put(new byte[240]).put(extra).clear();
                TraceHeaderField.TRACE_SEQUENCE_LINE.set(headers, 0, t + 1);
                TraceHeaderField.FIELD_RECORD.set(headers, 0, 1 + t / 10);
                TraceHeaderField.SAMPLE_COUNT.set(headers, 0, SAMPLES);
                TraceHeaderField.SAMPLE_INTERVAL.set(headers, 0, 2000);
                writer.writeTrace(headers, samples, t * SAMPLES);
            }
        }
        return samples;
    }
}
