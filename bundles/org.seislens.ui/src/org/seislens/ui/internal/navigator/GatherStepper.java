package org.seislens.ui.internal.navigator;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.core.PrefetchHandle;

/**
 * Steps through the ensembles of one key the way the gather navigator does: after going to an ensemble and
 * reading it, the next few in the direction of travel are loaded into the shared cache, so that the following
 * step is served from memory. Not thread-safe: one navigator (or benchmark) drives it.
 */
public final class GatherStepper implements AutoCloseable {

    /** How many ensembles ahead are prefetched. */
    public static final int DEFAULT_DEPTH = 3;

    private final Dataset dataset;
    private volatile Dataset prefetchSource;
    private final String key;
    private final long count;
    private final int depth;
    private final Map<Long, PrefetchHandle> prefetches = new HashMap<>();
    private long ordinal = -1;
    private int direction = 1;

    /**
     * @param dataset the dataset
     * @param key an indexed header key
     * @param depth ensembles to prefetch ahead, 0 for none
     * @throws DatasetException if the key's index cannot be read
     */
    public GatherStepper(Dataset dataset, String key, int depth) throws DatasetException {
        this.dataset = dataset;
        this.prefetchSource = dataset;
        this.key = key;
        this.count = dataset.ensembleCount(key);
        this.depth = depth;
    }

    /** @return the key stepped through */
    public String key() {
        return key;
    }

    /** @return the number of ensembles of the key */
    public long count() {
        return count;
    }

    /** @return the ordinal last gone to, or -1 */
    public long ordinal() {
        return ordinal;
    }

    /** @return +1 when the last move went forwards, -1 when backwards */
    public int direction() {
        return direction;
    }

    /**
     * Goes to an ensemble. Call {@link #prefetchAhead} once the ensemble's own samples are read, so that the
     * prefetch of the ensembles ahead does not compete with the read the user waits for.
     *
     * @param target ordinal of the ensemble, clamped to the index
     * @param monitor cancellation of the index lookup
     * @return the ensemble, or {@code null} when the key has none
     * @throws DatasetException if the index cannot be read
     */
    public @Nullable Ensemble go(long target, IProgressMonitor monitor) throws DatasetException {
        if (count == 0) {
            return null;
        }
        long clamped = Math.max(0, Math.min(count - 1, target));
        if (ordinal >= 0 && clamped != ordinal) {
            direction = clamped > ordinal ? 1 : -1;
        }
        ordinal = clamped;
        return dataset.ensembleAt(key, clamped, monitor);
    }

    /**
     * @param steps ensembles to move, negative to go back
     * @param monitor cancellation
     * @return the ensemble, or {@code null} when the key has none
     * @throws DatasetException if the index cannot be read
     */
    public @Nullable Ensemble step(long steps, IProgressMonitor monitor) throws DatasetException {
        return go(ordinal < 0 ? 0 : ordinal + steps, monitor);
    }

    /**
     * Sets what the prefetch reads ahead: the dataset itself, or a processed form of it (which has the same
     * ensembles) while the viewer shows one, so that the processed gathers ahead are computed into the cache.
     * Prefetches already running go on.
     *
     * @param source the dataset or a processed form of it; {@code null} for the dataset itself
     */
    public void setPrefetchSource(@Nullable Dataset source) {
        prefetchSource = source == null ? dataset : source;
    }

    /**
     * Starts prefetching the ensembles after the current one in the direction of travel. Prefetches already
     * running for ensembles still ahead go on; those for ensembles no longer ahead (the direction changed, or
     * a jump) are cancelled.
     *
     * @param monitor cancellation of the index lookups
     * @throws DatasetException if the index cannot be read
     */
    public void prefetchAhead(IProgressMonitor monitor) throws DatasetException {
        if (ordinal < 0) {
            return;
        }
        for (Iterator<Map.Entry<Long, PrefetchHandle>> it = prefetches.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, PrefetchHandle> e = it.next();
            long o = e.getKey().longValue();
            if (!isAhead(o)) {
                if (o != ordinal) {
                    e.getValue().cancel(); // the ensemble now shown is still wanted: its prefetch goes on
                }
                it.remove();
            }
        }
        int samples = dataset.descriptor().sampleCount();
        for (int i = 1; i <= depth; i++) {
            long next = ordinal + (long) i * direction;
            if (next >= 0 && next < count && !prefetches.containsKey(Long.valueOf(next))) {
                Ensemble e = dataset.ensembleAt(key, next, monitor);
                prefetches.put(Long.valueOf(next), prefetchSource.prefetchTraces(e.toTraceIndices(), 0, samples));
            }
        }
    }

    /** @return whether an ensemble is one of the {@code depth} after the current one in the direction of travel */
    private boolean isAhead(long other) {
        long steps = (other - ordinal) * direction;
        return steps >= 1 && steps <= depth;
    }

    private void cancelPrefetches() {
        for (PrefetchHandle h : prefetches.values()) {
            h.cancel();
        }
        prefetches.clear();
    }

    /** Cancels prefetches still running. */
    @Override
    public void close() {
        cancelPrefetches();
    }
}
