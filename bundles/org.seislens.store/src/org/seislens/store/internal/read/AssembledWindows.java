package org.seislens.store.internal.read;

import java.nio.FloatBuffer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheKey;
import org.seislens.core.DataCache;
import org.seislens.core.DataCache.PrefetchRequest;
import org.seislens.core.DatasetException;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * The assembled windows and gathers of one opened dataset in the shared cache, kept outside the heap as
 * {@link CachedWindow}s and handed out as fresh arrays. A window assembled for a caller is written into the
 * cached buffer and the caller's array at once, by every thread that assembles it.
 */
final class AssembledWindows {

    /** The most memory a dataset keeps in idle window buffers, ready for the next windows. */
    static final long IDLE_BYTES = 32L << 20;

    private final DataCache cache;
    private final SampleType sampleType;
    private final WindowBuffers buffers = new WindowBuffers(IDLE_BYTES);

    /** Writes the samples of a window or gather, trace-major, with absolute puts. */
    @FunctionalInterface
    interface Fill {
        /**
         * @param out where the samples go, sized for them
         * @param copy {@code null}, or an array that receives the same samples at the same indexes (the array
         *            handed to the caller, written by the threads that assemble the window rather than copied
         *            afterwards by the caller alone)
         * @param monitor cancellation
         * @throws DatasetException if storage cannot be read
         */
        void fill(FloatBuffer out, float @Nullable [] copy, IProgressMonitor monitor) throws DatasetException;
    }

    /**
     * @param cache the shared cache
     * @param sampleType the type the dataset stores
     */
    AssembledWindows(DataCache cache, SampleType sampleType) {
        this.cache = cache;
        this.sampleType = sampleType;
    }

    /**
     * @return whether a window is kept in the cache: it fits one buffer and takes at most an eighth of the
     *         cache's budget (a bigger one would push out most of what the cache holds, for one use)
     */
    private boolean cacheable(WindowBounds positions) {
        long bytes = 4 * positions.area();
        return bytes <= WindowBuffers.largest() && bytes <= cache.limits().maxBytes() / 8;
    }

    /**
     * @param key the window's or gather's key in the cache
     * @param positions its bounds as returned
     * @param fill assembles its samples
     * @param monitor cancellation
     * @return a new array of the samples: copied from the cache, which assembles them first when missing
     * @throws DatasetException if storage cannot be read
     */
    WindowData get(CacheKey key, WindowBounds positions, Fill fill, IProgressMonitor monitor)
            throws DatasetException {
        if (cacheable(positions)) {
            // On a miss, the array handed out is filled with the cached buffer, and kept reachable until returned.
            float[][] made = new float[1][];
            CachedWindow w = cache.get(key, m -> {
                made[0] = new float[(int) positions.area()];
                return filled(positions, fill, made[0], true, m);
            }, monitor);
            if (w.retain()) {
                try {
                    return w.toWindowData();
                } finally {
                    w.release();
                }
            }
            // Evicted and its buffer given back between the lookup and the retain: assemble our own copy.
        }
        float[] out = new float[(int) positions.area()];
        fill.fill(FloatBuffer.wrap(out), null, monitor);
        return new WindowData(positions, out, sampleType);
    }

    /**
     * Copies a window or gather into the caller's array: out of the cache when it is there as a whole (read by
     * {@link #get} or prefetched), else assembled straight into the array. A window assembled so is not added to
     * the cache: its chunks are, and copying it out of them again costs about what copying it out of a cached
     * window does, while caching it would cost a second write of every sample while the caller waits and the
     * window's size again in the cache's budget.
     *
     * @param key the window's or gather's key in the cache
     * @param positions its bounds as returned
     * @param fill assembles its samples
     * @param destination the caller's array, holding at least {@code positions.area()} values
     * @param monitor cancellation
     * @throws DatasetException if storage cannot be read
     */
    void read(CacheKey key, WindowBounds positions, Fill fill, float[] destination, IProgressMonitor monitor)
            throws DatasetException {
        int area = (int) positions.area();
        if (cache.getIfPresent(key) instanceof CachedWindow w && w.retain()) {
            try {
                w.values().get(0, destination, 0, area);
                return;
            } finally {
                w.release();
            }
        }
        fill.fill(FloatBuffer.wrap(destination, 0, area).slice(), null, monitor);
    }

    /**
     * @param key the window's or gather's key in the cache
     * @param positions its bounds as returned
     * @param fill assembles its samples
     * @return a background load of it into the cache
     */
    PrefetchRequest<?> request(CacheKey key, WindowBounds positions, Fill fill) {
        return new PrefetchRequest<>(key, m -> filled(positions, fill, null, false, m));
    }

    /**
     * @param copy {@code null} for a window nobody waits for, else the array filled beside the window for the
     *            caller
     * @param share whether {@code copy} is handed out as the window's array ({@link CachedWindow#handOut}); not
     *            for an array the caller owns and may write
     * @return a window filled off the heap, holding the cache's reference
     */
    private CachedWindow filled(WindowBounds positions, Fill fill, float @Nullable [] copy, boolean share,
            IProgressMonitor monitor) throws DatasetException {
        CachedWindow w = new CachedWindow(positions, sampleType, buffers);
        try {
            fill.fill(w.values(), copy, monitor);
            if (share && copy != null) {
                w.handOut(copy);
            }
            return w;
        } catch (DatasetException | RuntimeException | Error e) {
            w.release();
            throw e;
        }
    }

    /** Drops the idle buffers, for when the dataset is closed. */
    void clear() {
        buffers.clear();
    }
}
