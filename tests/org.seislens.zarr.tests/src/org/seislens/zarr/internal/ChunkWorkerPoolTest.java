package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrCompressor;

class ChunkWorkerPoolTest {

    @Test
    void reusesReleasedWorkers() {
        AtomicInteger created = new AtomicInteger();
        try (ChunkWorkerPool pool = new ChunkWorkerPool(() -> {
            created.incrementAndGet();
            return new ChunkWorker(null, 16, ByteOrder.LITTLE_ENDIAN);
        }, 2)) {
            ChunkWorker first = pool.acquire();
            ChunkWorker second = pool.acquire();
            assertNotSame(first, second);
            pool.release(first);
            assertSame(first, pool.acquire());
            assertEquals(2, created.get());
        }
    }

    @Test
    void workerBuffersAreDirectAndReused() {
        try (ChunkWorker worker = new ChunkWorker(null, 64, ByteOrder.BIG_ENDIAN)) {
            ByteBuffer decoded = worker.decodedBuffer();
            assertTrue(decoded.isDirect());
            assertEquals(64, decoded.remaining());
            assertEquals(ByteOrder.BIG_ENDIAN, decoded.order());
            assertSame(decoded, worker.decodedBuffer());
            ByteBuffer encoded = worker.encodedBuffer(100);
            assertEquals(100, encoded.limit());
            assertSame(encoded, worker.encodedBuffer(50));
            assertEquals(50, worker.encodedBuffer(50).limit());
        }
    }

    @Test
    void closingReleasesCodecsAndRefusesNewWork() {
        ChunkCodec codec = ChunkCodecs.create(ZarrCompressor.zstd(1));
        ChunkWorkerPool pool = new ChunkWorkerPool(() -> new ChunkWorker(codec, 16, ByteOrder.LITTLE_ENDIAN), 2);
        ChunkWorker worker = pool.acquire();
        pool.close();
        pool.release(worker);
        assertThrows(IllegalStateException.class, pool::acquire);
        // A closed zstd codec's context is gone: encoding builds a new one rather than using a freed one.
        ByteBuffer out = ByteBuffer.allocateDirect(codec.maxEncodedSize(8));
        assertTrue(codec.encode(ByteBuffer.allocateDirect(8), out) > 0);
        codec.close();
    }
}
