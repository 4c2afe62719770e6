package org.seislens.cache.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.seislens.core.DataCache.PrefetchRequest;
import org.seislens.core.DatasetException;
import org.seislens.core.PrefetchHandle;

/**
 * Runs prefetches of one cache on a single daemon thread of minimum priority, so that background loads
 * never compete with a viewer's own loads for more than one core. Prefetches run one after the other, in
 * the order submitted.
 */
final class Prefetcher {

    private final LruDataCache cache;
    private final ExecutorService executor;

    Prefetcher(LruDataCache cache) {
        this.cache = cache;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "SeisLens cache prefetch"); //$NON-NLS-1$
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    PrefetchHandle submit(List<PrefetchRequest<?>> requests) {
        Task task = new Task(requests);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The cache is being deactivated: nothing to warm.
            task.cancel();
            task.done.countDown();
        }
        return task;
    }

    void shutdown() {
        executor.shutdownNow();
    }

    /** One prefetch: its requests, its cancellation flag and its completion. */
    private final class Task implements Runnable, PrefetchHandle {

        private final List<PrefetchRequest<?>> requests;
        private final NullProgressMonitor monitor = new NullProgressMonitor();
        private final CountDownLatch done = new CountDownLatch(1);
        private final AtomicInteger loaded = new AtomicInteger();

        Task(List<PrefetchRequest<?>> requests) {
            this.requests = requests;
        }

        @Override
        public void run() {
            try {
                for (PrefetchRequest<?> r : requests) {
                    if (monitor.isCanceled() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    try {
                        if (cache.prefetchOne(r, monitor)) {
                            loaded.incrementAndGet();
                        }
                    } catch (DatasetException | OperationCanceledException | IllegalArgumentException e) {
                        // A prefetch only warms the cache; a real read of the same key reports the error.
                    }
                }
            } finally {
                done.countDown();
            }
        }

        @Override
        public void cancel() {
            monitor.setCanceled(true);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }

        @Override
        public boolean isDone() {
            return done.getCount() == 0;
        }

        @Override
        public int loaded() {
            return loaded.get();
        }

        @Override
        public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
            return done.await(timeout, unit);
        }
    }
}
