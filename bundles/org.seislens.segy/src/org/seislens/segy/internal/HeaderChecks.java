package org.seislens.segy.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.seislens.segy.SegyFormatException;
import org.seislens.segy.TraceHeaderField;

/** Checks shared by the SEG-Y and Seismic Unix probes. */
final class HeaderChecks {

    private HeaderChecks() {
    }

    /**
     * Reads the sample count of a few trace headers spread over the file (the first, second, third,
     * middle and last trace) on the grid a sample count gives. Where the traces line up, each says 0,
     * that sample count or the first trace's (a file may repeat a wrong value consistently); anything
     * else means the grid is wrong, e.g. a binary header sample count that fits the file size by
     * chance while the real trace headers are missing, or traces of varying length.
     *
     * @return how many of the probed headers declare exactly {@code samples}
     * @throws ProbeFailure if a probed header contradicts the grid
     */
    static int checkTraceGrid(Path file, FileChannel channel, ByteOrder order, long dataOffset, long traceSize,
            long traceCount, int samples, int firstTraceSamples) throws ProbeFailure, SegyFormatException,
            IOException {
        long[] probes = { 0, 1, 2, traceCount / 2, traceCount - 1 };
        ByteBuffer word = ByteBuffer.allocate(2).order(order);
        int matches = 0;
        long previous = -1;
        for (long index : probes) {
            if (index <= previous || index >= traceCount) {
                continue;
            }
            previous = index;
            word.clear();
            ChannelIo.readFully(file, channel, word, dataOffset + index * traceSize
                    + TraceHeaderField.SAMPLE_COUNT.offset());
            int declared = word.getShort(0) & 0xFFFF;
            matches += declared == samples ? 1 : 0;
            if (declared != 0 && declared != samples && declared != firstTraceSamples) {
                throw new ProbeFailure(ProbeFailure.TRACE_HEADERS, "the header of trace " + index + " declares "
                        + declared + " samples where the layout has " + samples + " per trace"
                        + (firstTraceSamples != 0 && firstTraceSamples != samples
                                ? " and the first trace header " + firstTraceSamples
                                : "")
                        + ": the traces do not line up (traces of varying length, or a sample count that fits"
                        + " the file size by chance)");
            }
        }
        return matches;
    }

    /**
     * @return the number of implausible IEEE float values among the first samples (NaN, infinity,
     *         subnormal, or beyond 1e-20..1e20 in magnitude): a wrong byte order makes many
     */
    static int implausibleFloats(ByteBuffer samples, int count) {
        int bad = 0;
        for (int i = 0; i < count; i++) {
            float value = samples.getFloat(i * 4);
            float magnitude = Math.abs(value);
            if (value != 0 && !(magnitude >= 1e-20f && magnitude <= 1e20f)) {
                bad++;
            }
        }
        return bad;
    }

    static String orderName(ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian";
    }
}
