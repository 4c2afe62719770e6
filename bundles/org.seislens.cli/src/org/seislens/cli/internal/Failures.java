package org.seislens.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;

/**
 * Turns any failure of a command, {@link Error}s included, into one line on stderr and an exit code, so that
 * nothing reaches Equinox (which would log it in the configuration area the launcher deletes, and exit 0):
 * <ul>
 * <li>2 for what the user or the machine causes: a {@link DatasetException} or {@link BadInputException}
 * (their messages name the file), an I/O failure (the file and the cause), and an operation that does not
 * fit in the Java heap (how to give it more);</li>
 * <li>1 for a defect: the stack trace goes to a kept log file ({@link CrashLog}) that the message names.</li>
 * </ul>
 */
public final class Failures {

    private static final String PREFIX = "seislens-cli: "; //$NON-NLS-1$

    private Failures() {
    }

    /**
     * Runs a command's body and reports whatever it throws.
     *
     * @param err where the one line goes
     * @param args the command line, for the log
     * @param body the command; returns its exit code
     * @return the body's exit code, or the failure's
     */
    public static int guard(PrintWriter err, String[] args, Callable<Integer> body) {
        try {
            return body.call().intValue();
        } catch (Throwable t) {
            return report(t, err, args);
        }
    }

    /**
     * @param failure what a command threw
     * @param err where the one line goes
     * @param args the command line, for the log
     * @return the exit code
     */
    public static int report(Throwable failure, PrintWriter err, String[] args) {
        try {
            return describe(failure, err, args);
        } catch (Throwable again) {
            // Reporting itself failed (the heap is still full, stderr is closed): the exit code still tells.
            return failure instanceof OutOfMemoryError ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
        } finally {
            err.flush();
        }
    }

    private static int describe(Throwable failure, PrintWriter err, String[] args) {
        if (failure instanceof DatasetException || failure instanceof BadInputException) {
            err.println(PREFIX + failure.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        IOException io = ioCause(failure);
        if (io != null) {
            err.println(PREFIX + IoMessages.describe(io));
            return ExitCodes.BAD_INPUT;
        }
        if (failure instanceof OperationCanceledException) {
            err.println(PREFIX + "cancelled"); //$NON-NLS-1$
            return ExitCodes.INTERNAL;
        }
        if (failure instanceof OutOfMemoryError) {
            Path log = CrashLog.write(failure, args);
            err.println(PREFIX + outOfMemory(failure, log));
            return ExitCodes.BAD_INPUT;
        }
        Path log = CrashLog.write(failure, args);
        err.println(PREFIX + "internal error: " + oneLine(failure) //$NON-NLS-1$
                + (log == null ? " (no log could be written)" : " (details in " + log + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return ExitCodes.INTERNAL;
    }

    /** The I/O failure behind a failure that only passes it on, or {@code null}. */
    private static @Nullable IOException ioCause(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof UncheckedIOException u) {
            return u.getCause();
        }
        return null;
    }

    private static String outOfMemory(Throwable failure, @Nullable Path log) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String what = failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return String.format(Locale.ROOT,
                "the operation did not fit in the memory given to Java%s, %d MB of heap: give it more, e.g. " //$NON-NLS-1$
                        + "SEISLENS_VMARGS=-Xmx%dm, or ask for less data at once%s", //$NON-NLS-1$
                what, Long.valueOf(maxMb), Long.valueOf(Math.max(1024, Math.min(4 * maxMb, 1L << 16))),
                log == null ? "" : " (details in " + log + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String oneLine(Throwable failure) {
        return failure.toString().replace('\n', ' ').replace('\r', ' ');
    }
}
