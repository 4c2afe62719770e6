package org.seislens.core;

import java.util.Map;

/**
 * The outcome of a QC run.
 *
 * @param traces traces analysed
 * @param flagged traces flagged, per reason (every reason present, zero when none)
 * @param seconds wall time of the run
 */
public record QcSummary(long traces, Map<String, Long> flagged, double seconds) {

    /** Copies the map. */
    public QcSummary {
        flagged = Map.copyOf(flagged);
    }
}
