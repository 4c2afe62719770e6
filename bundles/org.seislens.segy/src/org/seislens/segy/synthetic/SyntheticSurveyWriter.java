package org.seislens.segy.synthetic;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;

import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;

/**
 * Writes a synthetic shot survey as a SEG-Y file with complete geometry headers (field record, channel,
 * CDP, offset, source and receiver coordinates), atomically: the file appears only when complete.
 */
public final class SyntheticSurveyWriter {

    private static final int COORDINATE_SCALAR = -10;

    private SyntheticSurveyWriter() {
        // static entry point only
    }

    /**
     * Listens to progress, once per shot.
     */
    @FunctionalInterface
    public interface ShotListener {
        /**
         * @param shotsWritten shots written so far
         * @return {@code false} to stop (the partial file is deleted)
         */
        boolean shotWritten(int shotsWritten);
    }

    /**
     * @param file the SEG-Y file to create (replaced if it exists)
     * @param geometry the survey
     * @param format sample format: 1 (IBM) or 5 (IEEE) are usual
     * @param byteOrder the byte order
     * @param listener progress and cancellation
     * @return whether the file was written completely
     * @throws IOException if writing fails
     */
    public static boolean write(Path file, SurveyGeometry geometry, SampleFormat format, ByteOrder byteOrder,
            ShotListener listener) throws IOException {
        ShotGatherModel model = new ShotGatherModel(geometry);
        WriterSettings settings = WriterSettings.segy(format, byteOrder, geometry.samples());
        float[] samples = new float[geometry.samples()];
        ByteBuffer header = ByteBuffer.allocate(TraceHeaderField.HEADER_BYTES).order(byteOrder);
        try (SegyWriter writer = SegyWriter.createAtomic(file, settings)) {
            writer.writeTextualHeader(TextualHeader.encode(textualHeader(geometry, format), TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(byteOrder, format, geometry.samples(),
                    geometry.sampleIntervalUs()));
            long sequence = 0;
            for (int shot = 0; shot < geometry.shots(); shot++) {
                for (int channel = 0; channel < geometry.channels(); channel++) {
                    model.trace(shot, channel, samples);
                    fillHeader(header, geometry, shot, channel, ++sequence);
                    writer.writeTrace(header, samples, 0);
                }
                if (!listener.shotWritten(shot + 1)) {
                    writer.abort();
                    return false;
                }
            }
            writer.commit();
            return true;
        }
    }

    private static void fillHeader(ByteBuffer h, SurveyGeometry g, int shot, int channel, long sequence) {
        for (int i = 0; i < TraceHeaderField.HEADER_BYTES; i++) {
            h.put(i, (byte) 0);
        }
        double sx = g.sourceX(shot);
        double offset = g.offset(channel);
        double gx = sx + offset;
        double mx = sx + offset / 2;
        double y = 5000.0;
        int first = g.cdp(0, 0);
        set(h, TraceHeaderField.TRACE_SEQUENCE_LINE, (int) sequence);
        set(h, TraceHeaderField.TRACE_SEQUENCE_FILE, (int) sequence);
        set(h, TraceHeaderField.FIELD_RECORD, 1001 + shot);
        set(h, TraceHeaderField.TRACE_NUMBER, channel + 1);
        set(h, TraceHeaderField.ENERGY_SOURCE_POINT, 101 + shot);
        set(h, TraceHeaderField.CDP, g.cdp(shot, channel) - first + 1);
        set(h, TraceHeaderField.CDP_TRACE, channel + 1);
        set(h, TraceHeaderField.TRACE_ID_CODE, 1);
        set(h, TraceHeaderField.OFFSET, (int) Math.round(offset));
        set(h, TraceHeaderField.ELEVATION_SCALAR, 1);
        set(h, TraceHeaderField.COORDINATE_SCALAR, COORDINATE_SCALAR);
        set(h, TraceHeaderField.SOURCE_X, (int) Math.round(sx * 10));
        set(h, TraceHeaderField.SOURCE_Y, (int) Math.round(y * 10));
        set(h, TraceHeaderField.GROUP_X, (int) Math.round(gx * 10));
        set(h, TraceHeaderField.GROUP_Y, (int) Math.round(y * 10));
        set(h, TraceHeaderField.SAMPLE_COUNT, g.samples());
        set(h, TraceHeaderField.SAMPLE_INTERVAL, g.sampleIntervalUs());
        set(h, TraceHeaderField.CDP_X, (int) Math.round(mx * 10));
        set(h, TraceHeaderField.CDP_Y, (int) Math.round(y * 10));
    }

    private static void set(ByteBuffer h, TraceHeaderField field, int value) {
        field.set(h, 0, value);
    }

    private static String textualHeader(SurveyGeometry g, SampleFormat format) {
        String[] lines = {
                "SEISLENS SYNTHETIC 2-D SHOT SURVEY (DEMO DATA, NOT A REAL SURVEY)", //$NON-NLS-1$
                String.format(Locale.ROOT, "%d SHOTS X %d CHANNELS, SPLIT SPREAD, %d SAMPLES AT %d US", //$NON-NLS-1$
                        g.shots(), g.channels(), g.samples(), g.sampleIntervalUs()),
                String.format(Locale.ROOT, "SHOT SPACING %.1f M, RECEIVER SPACING %.1f M, SEED %d", //$NON-NLS-1$
                        g.shotSpacing(), g.receiverSpacing(), g.seed()),
                "EVENTS: DIRECT WAVE, 8 HYPERBOLIC REFLECTIONS (28 HZ RICKER), GROUND ROLL, NOISE", //$NON-NLS-1$
                "FIELD_RECORD 9-12, CHANNEL 13-16, CDP 21-24, OFFSET 37-40, COORDS X10 (SCALAR -10)", //$NON-NLS-1$
                "SAMPLE FORMAT " + format.code(), //$NON-NLS-1$
                "END TEXTUAL HEADER" }; //$NON-NLS-1$
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String body = i < lines.length ? lines[i] : ""; //$NON-NLS-1$
            String line = String.format(Locale.ROOT, "C%2d %s", i + 1, body); //$NON-NLS-1$
            text.append(String.format(Locale.ROOT, "%-80.80s", line)); //$NON-NLS-1$
        }
        return text.toString();
    }
}
