package org.seislens.core;

import java.nio.file.Path;

/**
 * What a batch run of {@link ProcessingService#process} wrote.
 *
 * @param dataset the dataset directory written
 * @param traces number of traces processed
 * @param samples samples per trace
 * @param seconds wall-clock time of the run
 */
public record ProcessingSummary(Path dataset, long traces, int samples, double seconds) {

    /** @return megabytes (10^6 bytes) of float32 samples written per second */
    public double megabytesPerSecond() {
        return seconds <= 0 ? 0 : traces * (double) samples * 4 / 1e6 / seconds;
    }
}
