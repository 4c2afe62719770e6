package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;
import org.seislens.store.internal.importer.SegyImporter;
import org.seislens.store.internal.layout.DatasetDraft;

/**
 * Measures import throughput the way {@code bench import} does (MB of SEG-Y per second, median of runs), on a
 * generated IEEE file of 1500-sample traces. Runs only when asked, as it writes hundreds of MB:
 *
 * <pre>
 * ./mvnw -B -o -q verify -pl tests/org.seislens.store.tests -am -Dtest=ImportThroughputTest \
 *     -Dseislens.testVmArgs="-Dseislens.bench.import.mb=600 -Dseislens.bench.import.format=1"
 * </pre>
 */
class ImportThroughputTest {

    @Test
    void importThroughput(@TempDir Path dir) throws Exception {
        String size = System.getProperty("seislens.bench.import.mb");
        if (size == null) {
            Assumptions.abort("set seislens.bench.import.mb to measure import throughput");
            return;
        }
        SampleFormat format = SampleFormat.fromCode(Integer.getInteger("seislens.bench.import.format", 5));
        int runs = Integer.getInteger("seislens.bench.import.runs", 5);
        int samples = 1500;
        long traces = Long.parseLong(size) * 1_000_000 / (240 + samples * format.bytesPerSample());
        Path source = dir.resolve("bench.sgy");
        write(source, traces, samples, format);
        long bytes = Files.size(source);
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 0; run < runs; run++) {
            Path target = dir.resolve("ds" + run);
            long started = System.nanoTime();
            long cpuStarted = cpuNanos();
            ImportSummary summary = new SegyImporter().importFile(source, target, ImportOptions.defaults(),
                    new NullProgressMonitor());
            seconds[run] = (System.nanoTime() - started) / 1e9;
            cpu[run] = (cpuNanos() - cpuStarted) / 1e9;
            assertEquals(traces, summary.traces());
            DatasetDraft.deleteTree(target);
        }
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "import throughput: %s, %d traces x %d samples, format %d: median %.2f s of %d"
                + " = %.0f MB/s (runs %s); process CPU median %.2f s = %.0f MB per CPU second%n", source, traces, samples,
                format.code(), median, runs, bytes / 1e6 / median, Arrays.toString(seconds), cpu[runs / 2],
                bytes / 1e6 / cpu[runs / 2]);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static void write(Path file, long traces, int samples, SampleFormat format) throws Exception {
        float[] values = new float[samples];
        ByteBuffer header = ByteBuffer.allocate(240).order(ByteOrder.BIG_ENDIAN);
        try (SegyWriter writer = SegyWriter.create(file,
                WriterSettings.segy(format, ByteOrder.BIG_ENDIAN, samples))) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 THROUGHPUT", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, format, samples, 2000));
            for (long t = 0; t < traces; t++) {
                TraceHeaderField.FIELD_RECORD.set(header, 0, (int) (1 + t / 500));
                TraceHeaderField.CDP.set(header, 0, (int) (t % 500 + t / 500));
                TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                for (int s = 0; s < samples; s++) {
                    values[s] = (float) Math.sin(0.01 * s + t) * (s % 97);
                }
                writer.writeTrace(header, values, 0);
            }
        }
    }
}
