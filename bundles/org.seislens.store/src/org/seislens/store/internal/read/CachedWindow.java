package org.seislens.store.internal.read;

import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheValue;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * An assembled window or gather as the shared cache keeps it: its samples in a pooled direct buffer (see
 * {@link WindowBuffers}), handed to callers as a heap copy ({@link #toWindowData()}), so that the cache holds
 * nothing the collector has to copy and every array a caller gets dies young unless the caller keeps it.
 * While some caller still holds the array handed out last (the viewer showing it), a hit hands out that
 * array again instead of copying: it is reachable from here only weakly, so the cache never keeps it alive.
 * <p>
 * Counted like {@link SampleChunk}: the cache holds one reference from the load until it evicts the window
 * (then it calls {@link #close()}); a reader {@link #retain()}s it for the copy and {@link #release()}s it; at
 * zero the buffer goes back to the pool and the window cannot be retained again.
 * </p>
 */
final class CachedWindow implements CacheValue, AutoCloseable {

    /** Objects around the samples: this object, the buffer views, the counter, the bounds. */
    static final long OVERHEAD = 200;

    private final WindowBounds bounds;
    private final SampleType sourceType;
    private final ByteBuffer buffer;
    private final FloatBuffer values;
    private final WindowBuffers pool;
    private final References references = new References("window"); //$NON-NLS-1$
    /** The array handed out last, shared as {@link WindowData} arrays are (callers never modify them). */
    private volatile WeakReference<float @Nullable []> handedOut = new WeakReference<>(null);

    /**
     * A window whose samples are still to be written into {@link #values()}.
     *
     * @param bounds the window's bounds (for a gather: positions 0 .. traces)
     * @param sourceType the type the dataset stores
     * @param pool where the buffer comes from and goes back to
     */
    CachedWindow(WindowBounds bounds, SampleType sourceType, WindowBuffers pool) {
        this.bounds = bounds;
        this.sourceType = sourceType;
        this.pool = pool;
        this.buffer = pool.take(4 * bounds.area());
        this.values = buffer.duplicate().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** @return the samples, trace-major, for filling with absolute puts; valid while a reference is held */
    FloatBuffer values() {
        return values;
    }

    /** @return the window's bounds */
    WindowBounds bounds() {
        return bounds;
    }

    /**
     * @return the samples: the array handed out last if a caller still holds it, else a new copy; call while
     *         holding a reference
     */
    WindowData toWindowData() {
        float[] out = handedOut.get();
        if (out == null) {
            out = new float[(int) bounds.area()];
            values.get(0, out);
            handedOut = new WeakReference<>(out);
        }
        return new WindowData(bounds, out, sourceType);
    }

    /**
     * Makes an array filled with the same samples the one {@link #toWindowData()} hands out while a caller holds
     * it.
     *
     * @param samples a copy of {@link #values()}
     */
    void handOut(float[] samples) {
        handedOut = new WeakReference<>(samples);
    }

    @Override
    public long byteSize() {
        return buffer.capacity() + OVERHEAD;
    }

    /**
     * Takes a reference for reading.
     *
     * @return {@code false} when the window was already released for good: ask the cache again
     */
    boolean retain() {
        return references.retain();
    }

    /** Gives back a reference; the last one returns the buffer to the pool. */
    void release() {
        if (references.release()) {
            pool.give(buffer);
        }
    }

    /** The cache's release on eviction or invalidation. */
    @Override
    public void close() {
        release();
    }

    @Override
    public String toString() {
        return "CachedWindow[" + bounds + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
