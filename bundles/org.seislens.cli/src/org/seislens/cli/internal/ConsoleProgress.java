package org.seislens.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A progress monitor that prints the percentage done to stderr, at most once a second, when stderr is a
 * terminal; otherwise it stays silent so that scripts read clean output.
 */
public final class ConsoleProgress extends NullProgressMonitor {

    private final PrintWriter err;
    private final boolean enabled;
    private double total = 1;
    private double done;
    private long lastPrint;
    private String task = ""; //$NON-NLS-1$

    /**
     * @param err standard error
     */
    public ConsoleProgress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    @Override
    public void beginTask(@Nullable String name, int totalWork) {
        task = name == null ? "" : name; //$NON-NLS-1$
        total = Math.max(1, totalWork);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        long now = System.nanoTime();
        if (enabled && now - lastPrint > 1_000_000_000L) {
            lastPrint = now;
            err.printf("\r%s: %3.0f%%", task, 100 * Math.min(1, done / total)); //$NON-NLS-1$
            err.flush();
        }
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (enabled && lastPrint != 0) {
            err.print("\r\033[K"); //$NON-NLS-1$
            err.flush();
        }
    }
}
