package org.seislens.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Measures how fast a {@link TraceCursor} reads and decodes a large file; not a test (run it by hand,
 * with the test classpath):
 *
 * <pre>
 * java -cp ... org.seislens.segy.TraceCursorBenchmark /tmp/bench.sgy 1250 5 big
 * </pre>
 *
 * Arguments: the file (written first if absent), its size in MB, the format code, the byte order. It
 * reports the time of a pass that only reads, one that decodes to float, one that decodes to the
 * storage dtype and one that reads three header words of every trace.
 */
public final class TraceCursorBenchmark {

    private TraceCursorBenchmark() {
    }

    /**
     * @param args file, size in MB, format code, byte order (big or little)
     * @throws Exception if the file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args.length > 0 ? args[0] : "/tmp/seislens-bench.sgy");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1250;
        SampleFormat format = SampleFormat.fromCode(args.length > 2 ? Integer.parseInt(args[2]) : 5);
        ByteOrder order = args.length > 3 && args[3].equals("little") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (format == null) {
            throw new IllegalArgumentException("unknown format");
        }
        int samples = 1500;
        if (!Files.exists(file)) {
            write(file, megabytes, format, order, samples);
        }
        try (SegyReader reader = SegyReader.open(file)) {
            SegyLayout layout = reader.layout();
            System.out.printf("%s: %d traces of %d samples, format %d, %s%n", file, layout.traceCount(),
                    layout.samplesPerTrace(), layout.format().code(), layout.byteOrder());
            for (int round = 0; round < 3; round++) {
                pass(reader, "read only", Mode.READ);
                pass(reader, "to float", Mode.FLOAT);
                pass(reader, "to storage", Mode.STORAGE);
                pass(reader, "3 header words", Mode.HEADERS);
            }
        }
    }

    private enum Mode {
        READ, FLOAT, STORAGE, HEADERS
    }

    private static void pass(SegyReader reader, String name, Mode mode) throws Exception {
        SegyLayout layout = reader.layout();
        float[] floats = new float[layout.samplesPerTrace()];
        ByteBuffer storage = ByteBuffer.allocateDirect(layout.samplesPerTrace() * 8).order(ByteOrder.LITTLE_ENDIAN);
        long start = System.nanoTime();
        double check = 0;
        TraceCursor cursor = reader.cursor();
        while (cursor.next()) {
            for (int i = 0; i < cursor.size(); i++) {
                switch (mode) {
                    case READ -> check += cursor.samples(i).get(0);
                    case FLOAT -> {
                        cursor.toFloat(i, floats, 0);
                        check += floats[floats.length - 1];
                    }
                    case STORAGE -> check += cursor.toStorage(i, storage, 0);
                    case HEADERS -> check += TraceHeaderField.CDP.get(cursor.header(i))
                            + TraceHeaderField.OFFSET.get(cursor.header(i))
                            + TraceHeaderField.SOURCE_X.get(cursor.header(i));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double gb = layout.fileSize() / 1e9;
        System.out.printf("  %-15s %6.3f s  %6.2f GB/s  (%s)%n", name, seconds, gb / seconds, check);
    }

    private static void write(Path file, long megabytes, SampleFormat format, ByteOrder order, int samples)
            throws IOException {
        WriterSettings settings = WriterSettings.segy(format, order, samples);
        long traceBytes = 240L + (long) samples * format.bytesPerSample();
        long traces = megabytes * 1_000_000L / traceBytes;
        float[] values = new float[samples];
        ByteBuffer header = ByteBuffer.allocate(240).order(order);
        try (SegyWriter writer = SegyWriter.createAtomic(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 benchmark", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(order, format, samples, 4000));
            for (long t = 0; t < traces; t++) {
                TraceHeaderField.TRACE_SEQUENCE_FILE.set(header, 0, (int) t + 1);
                TraceHeaderField.CDP.set(header, 0, (int) (t / 60));
                TraceHeaderField.OFFSET.set(header, 0, (int) (t % 60) * 25);
                TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                for (int s = 0; s < samples; s++) {
                    values[s] = (float) Math.sin(0.01 * s + t) * 1000f;
                }
                writer.writeTrace(header, values, 0);
            }
            writer.commit();
        }
    }
}
