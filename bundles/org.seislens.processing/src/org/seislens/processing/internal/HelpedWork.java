package org.seislens.processing.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;

/**
 * Runs numbered tasks on the calling thread and on up to a given number of helper threads, returning when all are
 * done. The caller takes tasks too, so the work ends even when no helper ever gets a core; a task a helper took is
 * running, never queued, so waiting for the tasks cannot wait for the helper queue.
 */
final class HelpedWork {

    private final Executor helpers;

    /** @param helpers the threads that help callers */
    HelpedWork(Executor helpers) {
        this.helpers = helpers;
    }

    /** One task of several. */
    @FunctionalInterface
    interface Task {
        /**
         * @param index which task, from 0
         * @throws DatasetException if reading failed
         */
        void run(int index) throws DatasetException;
    }

    /**
     * Runs {@code tasks} tasks and rethrows the first failure, after every task has ended.
     *
     * @param tasks number of tasks
     * @param helperThreads helpers to ask at most
     * @param task the work
     * @throws DatasetException the first one a task threw
     */
    void run(int tasks, int helperThreads, Task task) throws DatasetException {
        int asked = Math.min(helperThreads, tasks - 1);
        if (asked <= 0) {
            for (int i = 0; i < tasks; i++) {
                task.run(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(tasks);
        AtomicReference<@Nullable Exception> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while ((i = next.getAndIncrement()) < tasks) {
                try {
                    if (failure.get() == null) {
                        task.run(i);
                    }
                } catch (DatasetException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        for (int h = 0; h < asked; h++) {
            try {
                helpers.execute(work);
            } catch (RejectedExecutionException e) {
                break; // The service is going away; the caller does the work alone.
            }
        }
        work.run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        Exception e = failure.get();
        if (e instanceof DatasetException d) {
            throw d;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
    }
}
