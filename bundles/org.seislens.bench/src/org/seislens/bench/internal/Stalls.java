package org.seislens.bench.internal;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Where a timed operation's wall time went, read before and after it: the JVM's collection pauses, and the
 * calling thread's time on a core (its CPU clock) and time ready to run but waiting for one (Linux's
 * {@code /proc/thread-self/schedstat}, whose waits are counted when the thread gets a core again), so that a slow operation can be told apart as a collection pause, a
 * shared machine, or slow code. What is left of the wall time the caller spent blocked: waiting for the
 * reader threads that help it, for storage, or stopped for a collection.
 * <p>
 * Pause times are the collectors' own counters (for G1: young and full collections, and the remark and
 * cleanup pauses of concurrent cycles), in whole milliseconds. Without {@code /proc} (not Linux) the wait
 * reads 0. Only the calling thread is read (one small file, some microseconds): reading every thread of the
 * process took about a millisecond before each timed read and, on a loaded machine, made the timed reads
 * themselves slower (cold p50 21 ms against 14 ms without it, same run).
 * </p>
 */
public final class Stalls {

    private static final Path THREAD = Paths.get("/proc/thread-self/schedstat"); //$NON-NLS-1$

    private Stalls() {
    }

    /**
     * Counters at one moment; subtract two with {@link #since}.
     *
     * @param gcPauseMs collection pause time so far, milliseconds
     * @param gcCount collections (and concurrent-cycle pauses) so far
     * @param cpuNs the calling thread's time on a core, nanoseconds
     * @param runQueueNs the calling thread's time waiting for a core, nanoseconds
     */
    public record Reading(long gcPauseMs, long gcCount, long cpuNs, long runQueueNs) {

        /**
         * @param earlier a reading taken before this one
         * @return what happened between the two (read on one thread; differences are clamped at 0)
         */
        public Reading since(Reading earlier) {
            return new Reading(gcPauseMs - earlier.gcPauseMs, gcCount - earlier.gcCount,
                    Math.max(0, cpuNs - earlier.cpuNs), Math.max(0, runQueueNs - earlier.runQueueNs));
        }
    }

    /** @return the counters now, the thread times of the calling thread */
    public static Reading now() {
        long pause = 0;
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            pause += Math.max(0, gc.getCollectionTime());
            count += Math.max(0, gc.getCollectionCount());
        }
        long cpu = Math.max(0, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        try {
            String[] f = new String(Files.readAllBytes(THREAD), StandardCharsets.US_ASCII).trim().split(" "); //$NON-NLS-1$
            return new Reading(pause, count, cpu, Long.parseLong(f[1]));
        } catch (IOException | RuntimeException e) {
            return new Reading(pause, count, cpu, 0); // Not Linux: no wait figure.
        }
    }

    /**
     * @return megabytes (2^20 bytes) of heap in use now; read right after an operation in which a collection
     *         ran, it is the live heap plus what the operation allocated after that collection (the pools'
     *         own after-collection figures are not kept for G1's old generation by young collections)
     */
    public static double heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** @return the 1-minute load average of the machine, or -1 where it cannot be read */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Mean figures per operation of a group of timed operations.
     *
     * @param count operations in the group
     * @param wallMs mean wall time
     * @param gcPauseMs mean collection pause time inside them
     * @param gcCount collections inside them, in all
     * @param runQueueMs mean time the calling thread waited for a core inside them
     * @param cpuMs mean time the calling thread was on a core inside them
     */
    public record Share(int count, double wallMs, double gcPauseMs, long gcCount, double runQueueMs, double cpuMs) {
    }

    /**
     * @param ms wall time of each operation
     * @param stalls what happened during each ({@link Reading#since})
     * @param fraction the share of operations looked at, the slowest first: 0.01 for the slowest 1 % (at least
     *            one operation), 1 for all
     * @return their mean figures
     */
    public static Share slowest(double[] ms, Reading[] stalls, double fraction) {
        Integer[] order = order(ms);
        int n = count(ms, fraction);
        double wall = 0;
        double pause = 0;
        long count = 0;
        double wait = 0;
        double cpu = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k].intValue();
            wall += ms[i];
            pause += stalls[i].gcPauseMs();
            count += stalls[i].gcCount();
            wait += stalls[i].runQueueNs() / 1e6;
            cpu += stalls[i].cpuNs() / 1e6;
        }
        return n == 0 ? new Share(0, 0, 0, 0, 0, 0) : new Share(n, wall / n, pause / n, count, wait / n, cpu / n);
    }

    /**
     * @param ms wall time of each operation
     * @param fraction the share of operations wanted, as in {@link #slowest}
     * @return the indexes of the slowest operations, the slowest first
     */
    public static int[] slowestIndexes(double[] ms, double fraction) {
        Integer[] order = order(ms);
        int[] out = new int[count(ms, fraction)];
        for (int k = 0; k < out.length; k++) {
            out[k] = order[k].intValue();
        }
        return out;
    }

    private static Integer[] order(double[] ms) {
        Integer[] order = new Integer[ms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = Integer.valueOf(i);
        }
        Arrays.sort(order, (a, b) -> Double.compare(ms[b.intValue()], ms[a.intValue()]));
        return order;
    }

    private static int count(double[] ms, double fraction) {
        return Math.min(ms.length, Math.max(1, (int) Math.ceil(fraction * ms.length)));
    }
}
