package org.seislens.core;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One call of {@link HelpedTasks#runRedoable}: the state of each task, the helpers' loop and the caller's.
 * <p>
 * A task goes from {@code FREE} to {@code RUNNING} when a thread starts it, to {@code WRITING} when a run of
 * it claims the right to write, and ends {@code DONE}, {@code FAILED} (no run wrote and one threw) or
 * {@code CLOSED} (the caller left first: skipped after a failure, or a helper's run the caller redid and
 * wrote). Only the caller redoes, each task at most once, and it returns only when no task is {@code WRITING}
 * and none can become so.
 * </p>
 */
final class RedoableRun {

    /** The least time the caller leaves a helper to finish a task before it runs the task again itself. */
    static final long MIN_GRACE_NANOS = 100_000;
    /** The caller's wait for a task it does not redo, between looks at the states. */
    private static final long POLL_NANOS = 200_000;

    private static final int FREE = 0;
    private static final int RUNNING = 1;
    private static final int WRITING = 2;
    private static final int DONE = 3;
    private static final int FAILED = 4;
    private static final int CLOSED = 5;

    private final int tasks;
    private final HelpedTasks.RedoableTask task;
    private final AtomicIntegerArray states;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    private final Thread caller = Thread.currentThread();

    RedoableRun(int tasks, HelpedTasks.RedoableTask task) {
        this.tasks = tasks;
        this.task = task;
        this.states = new AtomicIntegerArray(tasks);
    }

    /** A helper's loop: starts tasks until none is left. */
    void help() {
        int i;
        while ((i = next.getAndIncrement()) < tasks && failure.get() == null) {
            if (!states.compareAndSet(i, FREE, RUNNING)) {
                return; // The caller has left.
            }
            runOnce(i, false);
        }
    }

    /** The caller's part: starts tasks, then redoes the slow helpers' tasks, then waits for the writes. */
    void callerRuns() throws DatasetException {
        long spent = 0;
        int ran = 0;
        int i;
        while ((i = next.getAndIncrement()) < tasks && failure.get() == null) {
            if (states.compareAndSet(i, FREE, RUNNING)) {
                long t0 = System.nanoTime();
                runOnce(i, false);
                spent += System.nanoTime() - t0;
                ran++;
            }
        }
        long grace = Math.max(MIN_GRACE_NANOS, ran == 0 ? 0 : 2 * spent / ran);
        long deadline = System.nanoTime() + grace;
        boolean redone = false;
        boolean interrupted = false;
        try {
            while (failure.get() == null) {
                boolean started = false;
                boolean unfinished = false;
                for (int k = 0; k < tasks; k++) {
                    int s = states.get(k);
                    started |= s == RUNNING || s == FREE;
                    unfinished |= s < DONE;
                }
                if (!unfinished) {
                    break;
                }
                boolean late = System.nanoTime() - deadline >= 0;
                if (started && !redone && late) {
                    redone = true;
                    redo();
                    continue;
                }
                LockSupport.parkNanos(this, late ? POLL_NANOS : deadline - System.nanoTime());
                if (Thread.interrupted()) {
                    interrupted = true;
                    break;
                }
            }
        } finally {
            close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        HelpedTasks.rethrow(failure.get());
    }

    /**
     * Runs again each task a helper is still preparing, and each one a helper took a number for but has not
     * started (it was taken off its core in between).
     */
    private void redo() {
        for (int k = 0; k < tasks && failure.get() == null; k++) {
            int s = states.get(k);
            if (s == RUNNING) {
                runOnce(k, true);
            } else if (s == FREE && states.compareAndSet(k, FREE, RUNNING)) {
                runOnce(k, false);
            }
        }
    }

    /** Runs one task; a helper's run wakes the caller when the task's state changes. */
    private void runOnce(int i, boolean again) {
        boolean[] wrote = { false };
        try {
            task.run(i, again, () -> wrote[0] || (wrote[0] = states.compareAndSet(i, RUNNING, WRITING)));
            if (wrote[0]) {
                states.set(i, DONE);
            } else {
                states.compareAndSet(i, RUNNING, again ? RUNNING : DONE);
            }
        } catch (Throwable e) {
            if (wrote[0]) {
                states.set(i, FAILED);
                failure.compareAndSet(null, e);
            } else if (again || states.compareAndSet(i, RUNNING, FAILED)) {
                failure.compareAndSet(null, e);
            }
        } finally {
            if (Thread.currentThread() != caller) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Closes every task no run writes any more and waits for those being written. */
    private void close() {
        for (int k = 0; k < tasks; k++) {
            while (true) {
                int s = states.get(k);
                if (s >= DONE || ((s == FREE || s == RUNNING) && states.compareAndSet(k, s, CLOSED))) {
                    break;
                }
                LockSupport.parkNanos(this, POLL_NANOS / 4); // WRITING: a helper copying, a short wait
            }
        }
    }
}
