package org.seislens.cache.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seislens.core.CacheKey;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheStatistics;

/**
 * The cache's entries on their own: both bounds, the byte total, values let go of closed once, and loads that
 * an invalidation overtook left out.
 */
class LruEntriesTest {

    private static CacheKey key(String dataset, int part) {
        return new CacheKey(dataset, Integer.valueOf(part));
    }

    @Test
    void bothBoundsHoldAndTheLeastRecentlyUsedGoesFirst() {
        LruEntries entries = new LruEntries(new CacheLimits(3, 1000));
        HeldValue[] held = new HeldValue[5];
        for (int i = 0; i < 3; i++) {
            held[i] = new HeldValue(i, 100);
            entries.put(key("a", i), held[i], entries.generation());
        }
        assertSame(held[0], entries.get(key("a", 0)), "0 is now the most recently used");
        held[3] = new HeldValue(3, 100);
        entries.put(key("a", 3), held[3], entries.generation());
        assertFalse(entries.contains(key("a", 1)), "the count bound evicts the eldest, 1");
        assertEquals(1, held[1].closes.get());
        held[4] = new HeldValue(4, 901);
        entries.put(key("a", 4), held[4], entries.generation());
        CacheStatistics s = entries.statistics();
        assertEquals(1, s.entries(), "the byte bound leaves room for the big value alone");
        assertEquals(901, s.bytes());
        assertEquals(entries.recountBytes(), s.bytes());
        assertEquals(4, s.evictions());
        assertEquals(0, held[4].closes.get());
    }

    @Test
    void aValueLargerThanTheBudgetOrOvertakenByAnInvalidationIsNotKept() {
        LruEntries entries = new LruEntries(new CacheLimits(10, 1000));
        entries.put(key("a", 0), new HeldValue(0, 1001), entries.generation());
        assertNull(entries.get(key("a", 0)));
        long started = entries.generation();
        entries.invalidateDataset("b");
        entries.put(key("a", 1), new HeldValue(0, 10), started);
        assertNull(entries.get(key("a", 1)), "a load that started before the invalidation is not cached");
        entries.put(key("a", 1), new HeldValue(0, 10), entries.generation());
        assertTrue(entries.contains(key("a", 1)));
        assertEquals(10, entries.statistics().bytes());
    }

    @Test
    void replacedInvalidatedAndShrunkOutValuesAreClosedOnce() {
        LruEntries entries = new LruEntries(new CacheLimits(10, 1000));
        HeldValue first = new HeldValue(0, 100);
        HeldValue second = new HeldValue(0, 200);
        HeldValue other = new HeldValue(0, 300);
        entries.put(key("a", 0), first, entries.generation());
        entries.put(key("a", 0), second, entries.generation());
        entries.put(key("b", 0), other, entries.generation());
        assertEquals(1, first.closes.get(), "replaced");
        assertEquals(500, entries.statistics().bytes());
        entries.setLimits(new CacheLimits(1, 1000));
        assertEquals(1, second.closes.get(), "evicted by the smaller count");
        entries.invalidateDataset("a");
        assertEquals(0, other.closes.get(), "another dataset's value stays");
        entries.invalidateAll();
        entries.invalidateAll();
        assertEquals(1, other.closes.get());
        assertEquals(0, entries.statistics().bytes());
        assertEquals(1, first.closes.get());
        assertEquals(1, second.closes.get());
    }

    @Test
    void statisticsCountAndResetButKeepTheEntries() {
        LruEntries entries = new LruEntries(new CacheLimits(1, 1000));
        entries.put(key("a", 0), new HeldValue(0, 10), entries.generation());
        entries.put(key("a", 1), new HeldValue(0, 10), entries.generation());
        entries.recordHit();
        entries.recordMiss();
        entries.recordMiss();
        entries.recordBytesRead(4096);
        CacheStatistics s = entries.statistics();
        assertEquals(1, s.hits());
        assertEquals(2, s.misses());
        assertEquals(4096, s.bytesRead());
        assertEquals(1, s.evictions());
        entries.resetStatistics();
        s = entries.statistics();
        assertEquals(0, s.hits() + s.misses() + s.bytesRead() + s.evictions());
        assertEquals(1, s.entries());
        assertThrows(IllegalArgumentException.class, () -> entries.put(key("a", 2), new HeldValue(0, -1), 0));
    }
}
