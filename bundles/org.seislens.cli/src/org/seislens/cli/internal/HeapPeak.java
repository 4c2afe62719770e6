package org.seislens.cli.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Measures the peak Java heap used while a command runs, from the JVM's own per-pool peak counters (reset
 * at the start). The sum of the pools' peaks is an upper bound of the true peak.
 */
public final class HeapPeak {

    private HeapPeak() {
    }

    /** Resets the peak counters of every heap pool. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return megabytes (2^20 bytes) of heap used at the peak since {@link #reset()} */
    public static double megabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** @return the maximum heap in megabytes */
    public static double maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
