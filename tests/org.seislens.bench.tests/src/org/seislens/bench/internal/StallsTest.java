package org.seislens.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Stall accounting: collections and on-CPU time are seen between two readings, and the slowest share of a
 * set of operations is averaged over the right ones.
 */
class StallsTest {

    @Test
    void aCollectionAndWorkOnACoreShowBetweenTwoReadings() {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/thread-self/schedstat")), "thread times need Linux /proc");
        Stalls.Reading before = Stalls.now();
        System.gc();
        long end = System.nanoTime() + 60_000_000L;
        double sink = 0;
        while (System.nanoTime() < end) {
            sink += Math.sqrt(sink + 1); // keeps a core busy for 60 ms of wall time
        }
        Stalls.Reading d = Stalls.now().since(before);
        assertTrue(sink > 0);
        assertTrue(d.gcCount() >= 1, "System.gc() is a collection: " + d);
        assertTrue(d.cpuNs() + d.runQueueNs() >= 30_000_000L,
                "60 ms of wall time spinning is on a core or waiting for one: " + d);
    }

    @Test
    void theSlowestShareAveragesTheSlowestOperations() {
        double[] ms = { 5, 50, 1, 20 };
        Stalls.Reading[] r = { new Stalls.Reading(0, 0, 4_000_000, 0), new Stalls.Reading(30, 2, 5_000_000, 15_000_000),
                new Stalls.Reading(0, 0, 1_000_000, 0), new Stalls.Reading(10, 1, 6_000_000, 4_000_000) };
        Stalls.Share one = Stalls.slowest(ms, r, 0.01);
        assertEquals(new Stalls.Share(1, 50, 30, 2, 15, 5), one, "at least one operation: the slowest");
        Stalls.Share half = Stalls.slowest(ms, r, 0.5);
        assertEquals(2, half.count());
        assertEquals(35, half.wallMs(), 1e-9);
        assertEquals(20, half.gcPauseMs(), 1e-9);
        assertEquals(3, half.gcCount());
        assertEquals(9.5, half.runQueueMs(), 1e-9);
        assertEquals(4, Stalls.slowest(ms, r, 1).count());
        assertEquals(19, Stalls.slowest(ms, r, 1).wallMs(), 1e-9);
    }

    @Test
    void aDifferenceNeverGoesBelowZero() {
        Stalls.Reading later = new Stalls.Reading(10, 2, 100, 100);
        Stalls.Reading earlier = new Stalls.Reading(4, 1, 300, 50);
        assertEquals(new Stalls.Reading(6, 1, 0, 50), later.since(earlier), "a thread that ended takes its time away");
    }
}
