package org.seislens.store.internal.read;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;

/**
 * Runs the chunk tasks of one read on the calling thread and the service's reader threads. The caller always
 * works too, so a read completes even when every reader thread is busy.
 */
final class ParallelTasks {

    private final Executor readers;

    /**
     * @param readers the service's reader threads
     */
    ParallelTasks(Executor readers) {
        this.readers = readers;
    }

    /** One piece of work. */
    @FunctionalInterface
    interface Task {
        /**
         * @param i the task's number
         * @throws DatasetException if it fails; the other tasks not yet started are skipped
         */
        void run(int i) throws DatasetException;
    }

    /**
     * Runs tasks {@code 0 .. tasks - 1} on the caller and the reader threads. Each worker takes a chunk, gets it
     * from the cache or storage and copies its part at once, so decoding and copying overlap.
     */
    /**
     * @param tasks the number of tasks
     * @param helperCount the most reader threads to ask for help
     * @param task the work of task {@code i}
     * @throws DatasetException the first failure of a task
     */
    void run(int tasks, int helperCount, Task task) throws DatasetException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(tasks);
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while ((i = next.getAndIncrement()) < tasks) {
                try {
                    if (failure.get() == null) {
                        task.run(i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        int helpers = Math.min(helperCount, tasks - 1);
        for (int h = 0; h < helpers; h++) {
            try {
                readers.execute(work);
            } catch (RejectedExecutionException e) {
                break; // The service is going away; the caller does the work alone.
            }
        }
        work.run();
        try {
            // Only chunks already claimed are waited for: a helper that starts late finds nothing left.
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        Throwable e = failure.get();
        if (e instanceof DatasetException d) {
            throw d;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
