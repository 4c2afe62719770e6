package org.seislens.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes small SEG-Y files for tests, and patches single words of them afterwards. */
final class SyntheticFiles {

    private SyntheticFiles() {
    }

    /** @return the value of sample {@code s} of trace {@code t} in synthetic files */
    static float value(int t, int s) {
        return (t + 1) * 100 + s * 0.25f - 7;
    }

    /**
     * Writes a rev 1 SEG-Y file: EBCDIC textual header, standard binary header (4000 us), traces whose
     * headers carry trace_sequence_file = t + 1, cdp = 1000 + t, offset = 25 t and the sample count,
     * and whose samples are {@link #value(int, int)}.
     */
    static Path segy(Path file, SampleFormat format, ByteOrder order, int samples, int traces) throws IOException {
        WriterSettings settings = WriterSettings.segy(format, order, samples);
        try (SegyWriter writer = SegyWriter.create(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 SYNTHETIC TEST FILE", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(order, format, samples, 4000));
            writeTraces(writer, traces);
            writer.commit();
        }
        return file;
    }

    /** Writes the traces described in {@link #segy(Path, SampleFormat, ByteOrder, int, int)}. */
    static void writeTraces(SegyWriter writer, int traces) throws IOException {
        WriterSettings settings = writer.settings();
        int samples = settings.samplesPerTrace();
        ByteBuffer headers = ByteBuffer.allocate(settings.traceHeaderBytes()).order(settings.byteOrder());
        float[] values = new float[samples];
        for (int t = 0; t < traces; t++) {
            traceHeader(headers, t, samples);
            for (int s = 0; s < samples; s++) {
                values[s] = value(t, s);
            }
            writer.writeTrace(headers, values, 0);
        }
    }

    /** Fills a standard trace header as the synthetic files do. */
    static void traceHeader(ByteBuffer headers, int t, int samples) {
        TraceHeaderField.TRACE_SEQUENCE_FILE.set(headers, 0, t + 1);
        TraceHeaderField.CDP.set(headers, 0, 1000 + t);
        TraceHeaderField.OFFSET.set(headers, 0, 25 * t);
        TraceHeaderField.SAMPLE_COUNT.set(headers, 0, samples);
        TraceHeaderField.SAMPLE_INTERVAL.set(headers, 0, 4000);
    }

    /** Overwrites a 2-byte word at a 1-based file byte position. */
    static void putShort(Path file, long bytePosition, int value, ByteOrder order) throws IOException {
        patch(file, bytePosition, ByteBuffer.allocate(2).order(order).putShort(0, (short) value));
    }

    /** Overwrites a 4-byte word at a 1-based file byte position. */
    static void putInt(Path file, long bytePosition, int value, ByteOrder order) throws IOException {
        patch(file, bytePosition, ByteBuffer.allocate(4).order(order).putInt(0, value));
    }

    /** Overwrites bytes at a 1-based file byte position. */
    static void patch(Path file, long bytePosition, ByteBuffer bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(bytes, bytePosition - 1);
        }
    }

    /** Cuts or extends a file to a size. */
    static void resize(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (size < channel.size()) {
                channel.truncate(size);
            } else {
                channel.write(ByteBuffer.allocate((int) (size - channel.size())), channel.size());
            }
        }
    }
}
