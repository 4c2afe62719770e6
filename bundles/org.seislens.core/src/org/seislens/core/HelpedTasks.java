package org.seislens.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Runs numbered tasks on the calling thread and on up to a given number of helper threads of a service, returning
 * when all are done: the chunk reads of a window, the processed blocks of a window. The caller takes tasks too, so
 * the work ends even when every helper is busy or never gets a core; a task a helper took is running, never
 * queued, so waiting for the tasks never waits for the helpers' queue.
 */
public final class HelpedTasks {

    private final Executor helpers;

    /**
     * @param helpers the service's threads that help callers
     */
    public HelpedTasks(Executor helpers) {
        this.helpers = helpers;
    }

    /** One task of several. */
    @FunctionalInterface
    public interface Task {
        /**
         * @param index which task, from 0
         * @throws DatasetException if it fails; the tasks not yet started are skipped
         */
        void run(int index) throws DatasetException;
    }

    /**
     * Runs tasks {@code 0 .. tasks - 1} and rethrows the first failure, after every task that started has ended.
     *
     * @param tasks number of tasks
     * @param helperCount the most helper threads to ask
     * @param task the work of each task
     * @throws DatasetException the first one a task threw
     * @throws OperationCanceledException if the caller is interrupted while it waits
     */
    public void run(int tasks, int helperCount, Task task) throws DatasetException {
        int asked = Math.min(helperCount, tasks - 1);
        if (asked <= 0) {
            for (int i = 0; i < tasks; i++) {
                task.run(i);
            }
            return;
        }
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
        for (int h = 0; h < asked; h++) {
            try {
                helpers.execute(work);
            } catch (RejectedExecutionException e) {
                break; // The service is going away; the caller does the work alone.
            }
        }
        work.run();
        try {
            // Only tasks already claimed are waited for: a helper that starts late finds nothing left.
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
