package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

/**
 * Pooled chunk buffers: a buffer goes back to the pool only when the cache and every reader have let go of
 * its chunk, a chunk let go of for good cannot be retained again, and the pool keeps at most its idle bound.
 */
class ChunkBuffersTest {

    private static SampleChunk chunk(ChunkBuffers pool, ByteBuffer b) {
        return new SampleChunk(2, 4, 4, b.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer(),
                b.capacity() + SampleChunk.OVERHEAD, b, pool);
    }

    @Test
    void theBufferReturnsWhenTheLastHolderReleases() {
        ChunkBuffers pool = new ChunkBuffers(32, 1024);
        ByteBuffer b = pool.take();
        assertTrue(b.isDirect());
        assertEquals(32, b.remaining());
        SampleChunk c = chunk(pool, b);
        assertTrue(c.retain(), "a reader takes a reference");
        c.close(); // the cache evicts it while the reader copies
        assertEquals(0, pool.idle(), "the reader still holds it");
        c.release();
        assertEquals(1, pool.idle());
        assertFalse(c.retain(), "released for good");
        assertSame(b, pool.take(), "the next load reuses the buffer");
        assertThrows(IllegalStateException.class, c::release);
    }

    @Test
    void idleBuffersAreBounded() {
        ChunkBuffers pool = new ChunkBuffers(100, 250);
        ByteBuffer[] taken = { pool.take(), pool.take(), pool.take() };
        for (ByteBuffer b : taken) {
            pool.give(b);
        }
        assertEquals(2, pool.idle(), "250 bytes hold two idle buffers of 100");
        ByteBuffer first = pool.take();
        ByteBuffer second = pool.take();
        ByteBuffer fresh = pool.take();
        assertNotSame(first, second);
        assertEquals(0, pool.idle());
        assertEquals(0, fresh.position());
        pool.give(first);
        pool.clear();
        assertEquals(0, pool.idle());
    }
}
