package org.seislens.store.internal.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The import's worker threads: creating them, taking their results, and stopping them.
 */
final class ImportThreads {

    private ImportThreads() {
    }

    /**
     * @param threads number of threads
     * @param name the threads' name, shown in thread dumps and profiles; the operating system (top, /proc) keeps
     *            its first 15 characters, so names differ within them
     * @return a pool of daemon threads
     */
    static ExecutorService pool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Waits for a task and passes on its failure as it was thrown.
     *
     * @param <T> the result type
     * @param future the task
     * @return its result
     * @throws IOException if the task failed with one, or the wait was interrupted
     */
    static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the import's workers"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Cancels what is pending and waits for the threads to end, so that none writes into the work directory
     * after the caller has deleted it.
     *
     * @param pool the threads
     * @param pending their unfinished tasks
     */
    static void stop(ExecutorService pool, Collection<? extends Future<?>> pending) {
        for (Future<?> f : pending) {
            f.cancel(true);
        }
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Import workers did not stop within a minute"); //$NON-NLS-1$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
