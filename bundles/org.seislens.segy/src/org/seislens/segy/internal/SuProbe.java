package org.seislens.segy.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TraceHeaderField;

/**
 * Works out the layout of a Seismic Unix file: no file header, fixed-length traces of a 240-byte
 * header and IEEE float samples, the sample count and interval in the first trace header, in the byte
 * order of the machine that wrote it.
 */
final class SuProbe {

    /** How many leading samples of the first trace judge the byte order when both orders fit. */
    private static final int PLAUSIBILITY_SAMPLES = 512;

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final OpenOptions options;
    private final byte[] firstHeader;

    private SuProbe(Path file, FileChannel channel, long size, OpenOptions options, byte[] firstHeader) {
        this.file = file;
        this.channel = channel;
        this.size = size;
        this.options = options;
        this.firstHeader = firstHeader;
    }

    static SegyLayout probe(Path file, FileChannel channel, long size, OpenOptions options)
            throws SegyFormatException, IOException {
        if (size < TraceHeaderField.HEADER_BYTES) {
            throw new SegyFormatException(file, "the file is " + size
                    + " bytes long, shorter than one 240-byte Seismic Unix trace header");
        }
        SuProbe probe = new SuProbe(file, channel, size, options,
                ChannelIo.read(file, channel, 0, TraceHeaderField.HEADER_BYTES));
        ByteOrder forced = options.byteOrder();
        // Seismic Unix writes in the byte order of its host; today's hosts are little-endian, so
        // little-endian goes first and wins a tie
        List<ByteOrder> orders = forced != null ? List.of(forced)
                : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN);
        return LayoutProbe.choose(file, orders, probe::build);
    }

    private Candidate build(ByteOrder order) throws ProbeFailure, SegyFormatException, IOException {
        ByteBuffer header = ByteBuffer.wrap(firstHeader).order(order);
        List<String> anomalies = new ArrayList<>();
        SampleFormat forced = options.format();
        SampleFormat format = forced != null ? forced : SampleFormat.IEEE_FLOAT32;
        if (!format.isSupported()) {
            throw new ProbeFailure(ProbeFailure.UNSUPPORTED, "sample format " + format.code() + " is not supported");
        }
        int samples = TraceHeaderField.SAMPLE_COUNT.get(header);
        if (samples == 0) {
            throw new ProbeFailure(ProbeFailure.SIZE,
                    "the sample count is 0 in the first trace header (bytes 115-116)");
        }
        long traceSize = TraceHeaderField.HEADER_BYTES + (long) samples * format.bytesPerSample();
        if (traceSize > SegyReader.MAX_TRACE_BYTES || size % traceSize != 0) {
            throw new ProbeFailure(ProbeFailure.SIZE, "the file size " + size + " is not a whole number of "
                    + traceSize + "-byte traces (240-byte header and " + samples + " samples of "
                    + format.bytesPerSample() + " bytes, as the first trace header says)");
        }
        long traceCount = size / traceSize;
        HeaderChecks.checkTraceGrid(file, channel, order, 0, traceSize, traceCount, samples, samples);
        int interval = TraceHeaderField.SAMPLE_INTERVAL.get(header);
        if (interval < 0) {
            anomalies.add("negative sample interval " + interval
                    + " in the first trace header: the interval is unknown");
            interval = 0;
        } else if (interval == 0) {
            anomalies.add("the sample interval is 0 in the first trace header: it is unknown");
        }
        int score = 0;
        if (format == SampleFormat.IEEE_FLOAT32) {
            int count = Math.min(samples, PLAUSIBILITY_SAMPLES);
            ByteBuffer first = ByteBuffer.wrap(ChannelIo.read(file, channel, TraceHeaderField.HEADER_BYTES, count * 4))
                    .order(order);
            score = -HeaderChecks.implausibleFloats(first, count);
        }
        SegyLayout layout = new SegyLayout(file, FileKind.SU, size, order, format, 0, 0, samples, interval, traceCount,
                0, TraceHeaderField.HEADER_BYTES, (int) traceSize, null, List.of(), null, anomalies);
        return new Candidate(layout, score);
    }
}
