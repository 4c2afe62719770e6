package org.seislens.zarr.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Hands out {@link ChunkWorker}s so that any number of threads can read and write chunks at once
 * while native contexts and buffers are reused rather than created per chunk.
 * <p>
 * A pool rather than thread-locals: workers hold native memory that must be released when the array
 * is closed, which thread-locals of foreign threads (for example a shared executor's) cannot do.
 */
public final class ChunkWorkerPool implements AutoCloseable {

    private final Supplier<ChunkWorker> factory;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<ChunkWorker> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    /**
     * Creates a pool.
     *
     * @param factory creates a worker when none is idle
     * @param maxIdle how many idle workers are kept; more are closed on release
     */
    public ChunkWorkerPool(Supplier<ChunkWorker> factory, int maxIdle) {
        this.factory = factory;
        this.maxIdle = maxIdle;
    }

    /**
     * Takes an idle worker or creates one. Return it with {@link #release}.
     *
     * @return a worker for the calling thread's exclusive use
     * @throws IllegalStateException when the pool is closed
     */
    public ChunkWorker acquire() {
        if (closed) {
            throw new IllegalStateException("the Zarr array is closed");
        }
        ChunkWorker worker = pollIdle();
        if (worker != null) {
            idleCount.decrementAndGet();
            return worker;
        }
        return factory.get();
    }

    /**
     * Returns a worker taken with {@link #acquire}.
     *
     * @param worker the worker, no longer used by the caller
     */
    public void release(ChunkWorker worker) {
        if (closed || idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            worker.close();
            return;
        }
        idle.offer(worker);
        if (closed) {
            // close() may have drained the queue before this offer.
            drain();
        }
    }

    /** Closes idle workers now and busy ones when they are released. */
    @Override
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        ChunkWorker worker;
        while ((worker = pollIdle()) != null) {
            idleCount.decrementAndGet();
            worker.close();
        }
    }

    /**
     * Polls the idle queue. Declared nullable because the queue's element type hides that an empty
     * queue gives {@code null}.
     *
     * @return an idle worker, or {@code null} when none is idle
     */
    private @Nullable ChunkWorker pollIdle() {
        return idle.poll();
    }
}
