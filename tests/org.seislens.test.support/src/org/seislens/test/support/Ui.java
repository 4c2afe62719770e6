package org.seislens.test.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs code on the workbench's UI thread from a test thread and waits for conditions there. Tests run off
 * the UI thread (tycho-surefire {@code useUIThread=false}) so that the workbench keeps processing events
 * while a test waits.
 */
public final class Ui {

    /** How long a condition may take by default before the test fails. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private Ui() {
        // static helpers only
    }

    /** @return the workbench's display */
    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /**
     * Computes a value on the UI thread and returns it to the calling thread. Exceptions thrown on the UI
     * thread are rethrown here.
     *
     * @param <T> the value's type
     * @param supplier what to compute
     * @return the value
     */
    public static <T> T call(Supplier<T> supplier) {
        AtomicReference<@Nullable T> result = new AtomicReference<>();
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        AtomicReference<@Nullable Error> error = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(supplier.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        RuntimeException f = failure.get();
        if (f != null) {
            throw f;
        }
        Error e = error.get();
        if (e != null) {
            throw e;
        }
        return result.get();
    }

    /**
     * Runs code on the UI thread and waits for it.
     *
     * @param runnable what to run
     */
    public static void run(Runnable runnable) {
        call(() -> {
            runnable.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Waits until a condition, evaluated on the UI thread, holds.
     *
     * @param description what is awaited, for the failure message
     * @param condition the condition
     * @throws AssertionError if the condition does not hold within {@link #DEFAULT_TIMEOUT}
     */
    public static void waitUntil(String description, BooleanSupplier condition) {
        waitUntil(description, condition, DEFAULT_TIMEOUT);
    }

    /**
     * Waits until a condition, evaluated on the UI thread, holds. Between checks the test thread yields to
     * the UI thread through an asynchronous no-op, so the wait ends as soon as the UI has settled.
     *
     * @param description what is awaited, for the failure message
     * @param condition the condition
     * @param timeout how long to wait at most
     * @throws AssertionError if the condition does not hold in time
     */
    public static void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + description); //$NON-NLS-1$ //$NON-NLS-2$
            }
            // Let the UI thread run its queued work before checking again.
            display().syncExec(() -> {
                // an empty round trip through the event loop
            });
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + description, e); //$NON-NLS-1$
            }
        }
    }
}
