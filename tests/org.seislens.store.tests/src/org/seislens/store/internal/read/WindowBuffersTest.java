package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * Assembled windows kept off the heap: sizes rounded to the pool's granule and counted as held, buffers back
 * in the pool only when the cache and every reader have let go, callers given arrays of their own, the idle
 * bound kept.
 */
class WindowBuffersTest {

    @Test
    void capacitiesAreRoundedUpToTheGranule() {
        assertEquals(WindowBuffers.GRANULE, WindowBuffers.capacity(0));
        assertEquals(WindowBuffers.GRANULE, WindowBuffers.capacity(1));
        assertEquals(WindowBuffers.GRANULE, WindowBuffers.capacity(WindowBuffers.GRANULE));
        assertEquals(2 * WindowBuffers.GRANULE, WindowBuffers.capacity(WindowBuffers.GRANULE + 1));
        assertEquals(62 * 65_536, WindowBuffers.capacity(4_000_000), "1000 x 1000 floats in 62 granules");
        assertThrows(IllegalArgumentException.class, () -> WindowBuffers.capacity(WindowBuffers.largest() + 1));
    }

    @Test
    void aBufferOfTheSameCapacityIsReused() {
        WindowBuffers pool = new WindowBuffers(1 << 20);
        ByteBuffer a = pool.take(100_000);
        assertTrue(a.isDirect());
        assertEquals(100_000, a.remaining());
        pool.give(a);
        assertEquals(a.capacity(), pool.idleBytes());
        assertNotSame(a, pool.take(300_000), "another size takes a new buffer");
        ByteBuffer again = pool.take(120_000);
        assertSame(a, again, "100 000 and 120 000 bytes round to the same capacity");
        assertEquals(120_000, again.remaining());
        assertEquals(0, pool.idleBytes());
    }

    @Test
    void idleBuffersAreBoundedKeepingTheNewest() {
        int g = WindowBuffers.GRANULE;
        WindowBuffers pool = new WindowBuffers(2L * g);
        ByteBuffer first = pool.take(g);
        ByteBuffer second = pool.take(g);
        ByteBuffer third = pool.take(g);
        pool.give(first);
        pool.give(second);
        pool.give(third);
        assertEquals(2L * g, pool.idleBytes());
        ByteBuffer a = pool.take(g);
        ByteBuffer b = pool.take(g);
        assertSame(third, a);
        assertSame(second, b);
        pool.give(pool.take(5L * g)); // larger than the whole idle bound: not kept
        assertEquals(0, pool.idleBytes());
        pool.give(a);
        pool.clear();
        assertEquals(0, pool.idleBytes());
    }

    @Test
    void aCachedWindowCopiesOutAndReturnsItsBufferAfterTheLastHolder() {
        WindowBuffers pool = new WindowBuffers(1 << 20);
        WindowBounds bounds = new WindowBounds(10, 13, 5, 9);
        CachedWindow w = new CachedWindow(bounds, SampleType.FLOAT32, pool);
        FloatBuffer values = w.values();
        for (int i = 0; i < 12; i++) {
            values.put(i, i * 0.5f);
        }
        assertEquals(WindowBuffers.GRANULE + CachedWindow.OVERHEAD, w.byteSize(), "the capacity held is counted");
        assertTrue(w.retain());
        WindowData one = w.toWindowData();
        WindowData two = w.toWindowData();
        assertEquals(bounds, one.bounds());
        assertEquals(1.5f, one.value(10, 8));
        assertEquals(5.5f, one.value(12, 8));
        assertSame(one.samples(), two.samples(), "while a caller holds the array, a hit shares it");
        assertArrayEquals(new float[] { 0, 0.5f, 1, 1.5f }, Arrays.copyOf(two.samples(), 4));
        w.close(); // evicted while the reader copies
        assertEquals(0, pool.idleBytes(), "the reader still holds it");
        w.release();
        assertEquals(WindowBuffers.GRANULE, pool.idleBytes());
        assertFalse(w.retain(), "released for good");
        assertThrows(IllegalStateException.class, w::release);
    }
}
