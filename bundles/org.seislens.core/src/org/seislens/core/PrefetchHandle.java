package org.seislens.core;

import java.util.concurrent.TimeUnit;

/**
 * A background load started by {@link DataCache#prefetch}. Prefetching runs at low priority and stops
 * early when cancelled; values it loaded stay in the cache.
 */
public interface PrefetchHandle {

    /** Stops the prefetch: loads not started are skipped, a running load is asked to stop. */
    void cancel();

    /** @return whether {@link #cancel()} was called */
    boolean isCancelled();

    /** @return whether every load has finished, failed or been skipped */
    boolean isDone();

    /** @return the number of values this prefetch loaded from storage (keys already cached are not counted) */
    int loaded();

    /**
     * Waits for the prefetch to finish.
     *
     * @param timeout the longest wait
     * @param unit the unit of {@code timeout}
     * @return whether it finished in time
     * @throws InterruptedException if the waiting thread was interrupted
     */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException;
}
