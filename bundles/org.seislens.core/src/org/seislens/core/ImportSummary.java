package org.seislens.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param dataset the dataset directory written
 * @param traces number of traces imported
 * @param samples samples per trace
 * @param sourceBytes size of the source file in bytes
 * @param seconds time the import took inside the process
 * @param ensembleCounts number of ensembles per indexed key, in the order of the keys
 * @param anomalies everything the importer tolerated, in plain words
 */
public record ImportSummary(Path dataset, long traces, int samples, long sourceBytes, double seconds,
        List<Long> ensembleCounts, List<String> anomalies) {

    /**
     * Freezes the lists.
     */
    public ImportSummary {
        ensembleCounts = List.copyOf(ensembleCounts);
        anomalies = List.copyOf(anomalies);
    }

    /** @return source megabytes (10^6 bytes) read per second */
    public double megabytesPerSecond() {
        return seconds > 0 ? sourceBytes / 1e6 / seconds : 0;
    }
}
