package org.seislens.ui.internal.spectrum;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;
import org.seislens.ui.internal.Imports;

/**
 * A survey of sines for the spectrum tests: every trace is {@code 1000 sin(2 pi f t + 0.3 trace)} plus, on the
 * later half of each trace, a weaker second sine; 2 ms samples; field_record {@code 1 + trace / 100}.
 */
final class SineSurvey {

    /** The frequency of the sine on every sample, in Hz. */
    static final double FREQUENCY = 30;
    /** The frequency of the weaker sine on the later half of each trace, in Hz. */
    static final double LATE_FREQUENCY = 90;
    /** Sample interval in milliseconds. */
    static final double DT_MS = 2;

    private SineSurvey() {
    }

    /**
     * @param trace a trace index
     * @param sample a sample index
     * @param samples samples per trace
     * @return the value of that sample
     */
    static float value(int trace, int sample, int samples) {
        double t = sample * DT_MS / 1000;
        double v = 1000 * Math.sin(2 * Math.PI * FREQUENCY * t + 0.3 * trace);
        if (sample >= samples / 2) {
            v += 300 * Math.sin(2 * Math.PI * LATE_FREQUENCY * t);
        }
        return (float) v;
    }

    /**
     * Writes the survey as big-endian IEEE SEG-Y and imports it.
     *
     * @param dir where the SEG-Y file and the dataset go
     * @param traces traces
     * @param samples samples per trace
     * @return the dataset directory {@code sines.seislens}
     * @throws Exception if writing or importing fails
     */
    static Path importInto(Path dir, int traces, int samples) throws Exception {
        Path segy = dir.resolve("sines.sgy");
        ByteOrder order = ByteOrder.BIG_ENDIAN;
        try (SegyWriter writer = SegyWriter.create(segy,
                WriterSettings.segy(SampleFormat.IEEE_FLOAT32, order, samples))) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 SINES FOR THE SPECTRUM TESTS", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(order, SampleFormat.IEEE_FLOAT32, samples, 2000));
            ByteBuffer header = ByteBuffer.allocate(TraceHeaderField.HEADER_BYTES).order(order);
            float[] values = new float[samples];
            for (int t = 0; t < traces; t++) {
                for (int i = 0; i < samples; i++) {
                    values[i] = value(t, i, samples);
                }
                TraceHeaderField.TRACE_SEQUENCE_FILE.set(header, 0, t + 1);
                TraceHeaderField.FIELD_RECORD.set(header, 0, 1 + t / 100);
                TraceHeaderField.CDP.set(header, 0, 1 + t);
                TraceHeaderField.OFFSET.set(header, 0, 25 * (t % 100));
                TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                TraceHeaderField.SAMPLE_INTERVAL.set(header, 0, 2000);
                writer.writeTrace(header, values, 0);
            }
            writer.commit();
        }
        return Imports.importFile(segy, dir.resolve("sines.seislens"));
    }
}
