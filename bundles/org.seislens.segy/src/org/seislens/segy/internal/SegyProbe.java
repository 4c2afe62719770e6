package org.seislens.segy.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.seislens.segy.BinaryHeader;
import org.seislens.segy.BinaryHeaderField;
import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;

/**
 * Works out the layout of a SEG-Y file in one byte order from its file header, its size and a few
 * trace headers, recording every tolerated inconsistency.
 */
final class SegyProbe {

    private static final int FILE_HEADER_BYTES = TextualHeader.HEADER_BYTES + BinaryHeaderField.HEADER_BYTES;
    private static final int BYTE_ORDER_WORD = 0x01020304;

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final OpenOptions options;
    private final TextualHeader textualHeader;
    private final byte[] rawBinary;

    private SegyProbe(Path file, FileChannel channel, long size, OpenOptions options, byte[] head) {
        this.file = file;
        this.channel = channel;
        this.size = size;
        this.options = options;
        this.textualHeader = TextualHeader.decode(Arrays.copyOf(head, TextualHeader.HEADER_BYTES));
        this.rawBinary = Arrays.copyOfRange(head, TextualHeader.HEADER_BYTES, FILE_HEADER_BYTES);
    }

    /**
     * @return the layout in the byte order the options name, the rev 2 byte-order word names, or else
     *         the one order that gives a consistent layout (the more plausible one if both do)
     */
    static SegyLayout probe(Path file, FileChannel channel, long size, OpenOptions options)
            throws SegyFormatException, IOException {
        if (size < FILE_HEADER_BYTES) {
            throw new SegyFormatException(file, "the file is " + size + " bytes long, shorter than the 3600-byte"
                    + " SEG-Y file header (3200-byte textual and 400-byte binary header)");
        }
        SegyProbe probe = new SegyProbe(file, channel, size, options,
                ChannelIo.read(file, channel, 0, FILE_HEADER_BYTES));
        return LayoutProbe.choose(file, probe.candidateOrders(), probe::build);
    }

    private List<ByteOrder> candidateOrders() {
        ByteOrder forced = options.byteOrder();
        if (forced != null) {
            return List.of(forced);
        }
        int word = byteOrderWord(ByteOrder.BIG_ENDIAN);
        if (word == BYTE_ORDER_WORD) {
            return List.of(ByteOrder.BIG_ENDIAN);
        }
        if (word == Integer.reverseBytes(BYTE_ORDER_WORD)) {
            return List.of(ByteOrder.LITTLE_ENDIAN);
        }
        return List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN);
    }

    private int byteOrderWord(ByteOrder order) {
        return ByteBuffer.wrap(rawBinary).order(order).getInt(BinaryHeaderField.BYTE_ORDER_CONSTANT.offset());
    }

    private Candidate build(ByteOrder order) throws ProbeFailure, SegyFormatException, IOException {
        BinaryHeader binary = BinaryHeader.of(rawBinary, order);
        List<String> anomalies = new ArrayList<>();
        for (String anomaly : textualHeader.anomalies()) {
            anomalies.add("textual header: " + anomaly);
        }
        if (options.byteOrder() != null && byteOrderWord(order) == Integer.reverseBytes(BYTE_ORDER_WORD)) {
            anomalies.add("read as " + HeaderChecks.orderName(order) + " as asked, although the byte-order word"
                    + " (bytes 3297-3300) says otherwise");
        }
        SampleFormat format = format(binary, anomalies);
        int major = (int) binary.get(BinaryHeaderField.REVISION_MAJOR);
        int minor = (int) binary.get(BinaryHeaderField.REVISION_MINOR);

        int binarySamples = (int) binary.get(BinaryHeaderField.SAMPLES_PER_TRACE);
        long extendedSamples = binary.get(BinaryHeaderField.EXT_SAMPLES_PER_TRACE);
        int declaredSamples = binarySamples;
        // rev 2: a nonzero extended count overrides the 16-bit one; older files only use it when the
        // 16-bit field is empty
        if (extendedSamples > 0 && (binarySamples == 0 || major >= 2)) {
            declaredSamples = (int) Math.min(extendedSamples, Integer.MAX_VALUE);
            if (binarySamples != 0 && binarySamples != extendedSamples) {
                anomalies.add("the binary header's sample counts disagree: " + binarySamples + " in bytes 3221-3222, "
                        + extendedSamples + " in the extended field (bytes 3269-3272); using the extended field");
            }
        }

        List<TextualHeader> extended = ExtendedTextualHeaders.read(file, channel, size,
                (int) binary.get(BinaryHeaderField.EXT_TEXTUAL_HEADERS));
        long dataOffset = FILE_HEADER_BYTES + (long) TextualHeader.HEADER_BYTES * extended.size();
        int additional = major >= 2 ? (int) binary.get(BinaryHeaderField.MAX_ADDITIONAL_TRACE_HEADERS) : 0;
        int headerBytes = TraceHeaderField.HEADER_BYTES * (1 + additional);
        long body = size - dataOffset;

        ByteBuffer first = body >= TraceHeaderField.HEADER_BYTES
                ? ByteBuffer.wrap(ChannelIo.read(file, channel, dataOffset, TraceHeaderField.HEADER_BYTES)).order(order)
                : null;
        int firstSamples = first != null ? TraceHeaderField.SAMPLE_COUNT.get(first) : 0;
        int firstInterval = first != null ? TraceHeaderField.SAMPLE_INTERVAL.get(first) : 0;

        int samples = chooseSampleCount(order, dataOffset, body, headerBytes, format,
                new int[] { declaredSamples, firstSamples, binarySamples }, firstSamples);
        if (samples != declaredSamples) {
            anomalies.add(declaredSamples <= 0
                    ? "the binary header sample count is 0; using " + samples + " from the first trace header"
                    : "the binary header sample count " + declaredSamples + " does not fit the file and its trace"
                            + " headers; using " + samples
                            + (samples == firstSamples ? " from the first trace header" : " from bytes 3221-3222"));
        }
        if (firstSamples != 0 && firstSamples != samples) {
            anomalies.add("the first trace header declares " + firstSamples + " samples; the data has " + samples
                    + " per trace");
        }
        long traceSize = headerBytes + (long) samples * format.bytesPerSample();
        long traceCount = body / traceSize;
        if (traceCount == 0) {
            anomalies.add("the file holds no traces");
        }

        int binaryInterval = (int) binary.get(BinaryHeaderField.SAMPLE_INTERVAL);
        double extendedInterval = binary.getDouble(BinaryHeaderField.EXT_SAMPLE_INTERVAL);
        double interval = SampleIntervals.resolve(binaryInterval, firstInterval, major >= 2 ? extendedInterval : 0,
                anomalies);
        if (major >= 2) {
            SampleIntervals.checkRev2Counts(binary, traceCount, dataOffset, anomalies);
        }

        SegyLayout layout = new SegyLayout(file, FileKind.SEGY, size, order, format, major, minor, samples, interval,
                traceCount, dataOffset, headerBytes, (int) traceSize, textualHeader, extended, binary, anomalies);
        int score = (samples == declaredSamples ? 4 : 0) + (firstSamples == samples ? 2 : 0)
                + (binaryInterval > 0 && (firstInterval == 0 || firstInterval == binaryInterval) ? 1 : 0);
        return new Candidate(layout, score);
    }

    private SampleFormat format(BinaryHeader binary, List<String> anomalies) throws ProbeFailure {
        int code = (int) binary.get(BinaryHeaderField.FORMAT_CODE);
        SampleFormat forced = options.format();
        SampleFormat format = forced != null ? forced : SampleFormat.fromCode(code);
        if (format == null) {
            throw new ProbeFailure(ProbeFailure.FORMAT,
                    "the binary header format code " + code + " (bytes 3225-3226) is not a SEG-Y sample format");
        }
        if (!format.isSupported()) {
            throw new ProbeFailure(ProbeFailure.UNSUPPORTED, "sample format " + format.code()
                    + " (4-byte fixed point with gain) is obsolete since SEG-Y rev 1 and not supported");
        }
        if (forced != null && forced.code() != code) {
            anomalies.add("sample format " + forced.code() + " used as asked; the binary header says " + code);
        }
        return format;
    }

    /**
     * Picks the sample count from the candidates (the binary header's, the first trace header's, the
     * binary header's 16-bit field), in that order of trust: the first that fits the file size into
     * whole traces and lines the trace headers up, unless a later one lines up more trace headers
     * that declare it.
     */
    private int chooseSampleCount(ByteOrder order, long dataOffset, long body, int headerBytes, SampleFormat format,
            int[] candidates, int firstSamples) throws ProbeFailure, SegyFormatException, IOException {
        int best = 0;
        int bestMatches = -1;
        ProbeFailure firstFailure = null;
        for (int candidate : candidates) {
            long traceSize = headerBytes + (long) candidate * format.bytesPerSample();
            if (candidate <= 0 || traceSize > SegyReader.MAX_TRACE_BYTES || body % traceSize != 0) {
                continue;
            }
            try {
                int matches = HeaderChecks.checkTraceGrid(file, channel, order, dataOffset, traceSize,
                        body / traceSize, candidate, firstSamples);
                if (matches > bestMatches) {
                    best = candidate;
                    bestMatches = matches;
                }
            } catch (ProbeFailure failure) {
                if (firstFailure == null) {
                    firstFailure = failure;
                }
            }
        }
        if (best > 0) {
            return best;
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        int declared = candidates[0];
        throw new ProbeFailure(ProbeFailure.SIZE, declared <= 0 && firstSamples <= 0
                ? "the sample count is 0 in the binary header (bytes 3221-3222) and in the first trace header"
                        + " (bytes 115-116)"
                : sizeMismatch(dataOffset, body, headerBytes, format, declared, firstSamples));
    }

    private static String sizeMismatch(long dataOffset, long body, int headerBytes, SampleFormat format,
            int declaredSamples, int firstSamples) {
        StringBuilder text = new StringBuilder("the file size does not fit whole traces: " + body
                + " bytes follow the " + dataOffset + "-byte file header");
        appendTraceSize(text, " and are not a whole number of ", headerBytes, format, declaredSamples,
                "the binary header");
        if (firstSamples > 0 && firstSamples != declaredSamples) {
            appendTraceSize(text, ", nor of ", headerBytes, format, firstSamples, "the first trace header");
        }
        return text.append("; the file is truncated or corrupt").toString();
    }

    private static void appendTraceSize(StringBuilder text, String lead, int headerBytes, SampleFormat format,
            int samples, String source) {
        if (samples <= 0) {
            return;
        }
        long traceSize = headerBytes + (long) samples * format.bytesPerSample();
        text.append(lead).append(traceSize).append("-byte traces (").append(headerBytes).append("-byte header and ")
                .append(samples).append(" samples of ").append(format.bytesPerSample()).append(" bytes, as ")
                .append(source).append(" says)");
        if (traceSize > SegyReader.MAX_TRACE_BYTES) {
            text.append(" and traces over ").append(SegyReader.MAX_TRACE_BYTES >> 20).append(" MiB are not supported");
        }
    }
}
