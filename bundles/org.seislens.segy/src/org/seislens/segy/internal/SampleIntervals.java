package org.seislens.segy.internal;

import java.util.List;

import org.seislens.segy.BinaryHeader;
import org.seislens.segy.BinaryHeaderField;

/** Decides a SEG-Y file's sample interval from its headers, and checks the rev 2 counts. */
final class SampleIntervals {

    private SampleIntervals() {
    }

    /**
     * The rev 2 extended interval when set, else the binary header's, else the first trace header's.
     * A negative value in either 16-bit field makes the interval unknown (0), as segyio does: such
     * headers cannot be trusted. Every fallback is noted in {@code anomalies}.
     */
    static double resolve(int binaryInterval, int traceInterval, double extendedInterval, List<String> anomalies) {
        if (extendedInterval > 0 && Double.isFinite(extendedInterval)) {
            if (binaryInterval > 0 && binaryInterval != extendedInterval) {
                anomalies.add("the binary header's sample intervals disagree: " + binaryInterval
                        + " in bytes 3217-3218, " + extendedInterval + " in the extended field; using the extended"
                        + " field");
            }
            return extendedInterval;
        }
        if (binaryInterval < 0 || traceInterval < 0) {
            anomalies.add("negative sample interval (binary header " + binaryInterval + ", first trace header "
                    + traceInterval + "): the interval is unknown");
            return 0;
        }
        if (binaryInterval > 0) {
            if (traceInterval > 0 && traceInterval != binaryInterval) {
                anomalies.add("the first trace header's sample interval " + traceInterval
                        + " disagrees with the binary header's " + binaryInterval + "; using the binary header's");
            }
            return binaryInterval;
        }
        if (traceInterval > 0) {
            anomalies.add("the binary header sample interval is 0; using " + traceInterval
                    + " from the first trace header");
            return traceInterval;
        }
        anomalies.add("the sample interval is 0 in the binary header and in the first trace header: it is unknown");
        return 0;
    }

    /** Notes rev 2 trace counts and first-trace offsets that disagree with the layout. */
    static void checkRev2Counts(BinaryHeader binary, long traceCount, long dataOffset,
            List<String> anomalies) {
        long declaredTraces = binary.get(BinaryHeaderField.TRACES_IN_FILE);
        if (declaredTraces != 0 && declaredTraces != traceCount) {
            anomalies.add("the binary header declares " + Long.toUnsignedString(declaredTraces)
                    + " traces (bytes 3513-3520); the file holds " + traceCount);
        }
        long declaredOffset = binary.get(BinaryHeaderField.FIRST_TRACE_OFFSET);
        if (declaredOffset != 0 && declaredOffset != dataOffset) {
            anomalies.add("the binary header puts the first trace at byte " + Long.toUnsignedString(declaredOffset)
                    + " (bytes 3521-3528); it starts at byte " + dataOffset);
        }
    }
}
