package org.seislens.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
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
 * <p>
 * On two cores shared with the system a helper is often taken off its core in the middle of a task, and a
 * caller that waits for that task waits for the helper's next turn (milliseconds). {@link #runRedoable} lets
 * the caller do such a task again itself instead: each task prepares its result (which may happen twice, once
 * on the helper and once on the caller) and writes it only if it is the first to {@link Claim#claim() claim}
 * the right to, so the caller waits only for a helper that is writing, never for one that is still preparing.
 * </p>
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
        rethrow(failure.get());
    }

    /**
     * Waits for a task submitted to an executor and returns its value.
     *
     * @param <T> the value's type
     * @param task the task
     * @return its value
     * @throws DatasetException the task's own, as it was thrown (as are unchecked exceptions and errors)
     * @throws OperationCanceledException if the waiting thread is interrupted
     */
    public static <T> T result(Future<T> task) throws DatasetException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            rethrow(cause);
            throw new IllegalStateException(cause);
        }
    }

    /** Throws a task's failure as it was thrown (nothing when there was none). */
    static void rethrow(@Nullable Throwable e) throws DatasetException {
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

    /** A task that may be run twice, once by a helper and once again by the caller; its result is written once. */
    @FunctionalInterface
    public interface RedoableTask {
        /**
         * Prepares task {@code index}'s result, then writes it if {@code claim.claim()} allows.
         *
         * @param index which task, from 0
         * @param again whether this is the caller's second run of a task a helper is slow with: prepare it
         *            without waiting for the helper's work (for example, read from storage rather than through a
         *            cache load the helper started)
         * @param claim the right to write: call {@link Claim#claim()} once the result is ready and write only if
         *            it returns {@code true}; otherwise give back what was prepared
         * @throws DatasetException if it fails
         */
        void run(int index, boolean again, Claim claim) throws DatasetException;
    }

    /** The right to write one task's result, granted to the first run of the task that asks. */
    @FunctionalInterface
    public interface Claim {
        /** @return whether this run writes the task's result; at most one run of a task gets {@code true} */
        boolean claim();
    }

    /**
     * Runs tasks {@code 0 .. tasks - 1} like {@link #run}, except that when the caller has no task left to
     * start and a helper has been on one for longer than twice the caller's own tasks took (at least
     * {@value RedoableRun#MIN_GRACE_NANOS} ns), the caller runs that task again itself ({@code again} true).
     * Returns once every task's result is written; a helper still preparing a task then finds it claimed, and
     * after this method has returned no run of these tasks writes anything.
     *
     * @param tasks number of tasks
     * @param helperCount the most helper threads to ask
     * @param task the work of each task
     * @throws DatasetException the first one a task threw
     * @throws OperationCanceledException if the caller is interrupted while it waits
     */
    public void runRedoable(int tasks, int helperCount, RedoableTask task) throws DatasetException {
        int asked = Math.min(helperCount, tasks - 1);
        if (asked <= 0) {
            for (int i = 0; i < tasks; i++) {
                task.run(i, false, () -> true);
            }
            return;
        }
        RedoableRun run = new RedoableRun(tasks, task);
        for (int h = 0; h < asked; h++) {
            try {
                helpers.execute(run::help);
            } catch (RejectedExecutionException e) {
                break; // The service is going away; the caller does the work alone.
            }
        }
        run.callerRuns();
    }
}
