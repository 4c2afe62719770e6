package org.seislens.core;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param path the file written
 * @param traces number of traces written
 * @param samples samples per trace
 * @param bytes size of the file in bytes
 * @param seconds time the export took inside the process
 */
public record ExportSummary(Path path, long traces, int samples, long bytes, double seconds) {

    /** @return megabytes (10^6 bytes) written per second */
    public double megabytesPerSecond() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }
}
