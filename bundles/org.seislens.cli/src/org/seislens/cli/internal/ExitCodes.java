package org.seislens.cli.internal;

/**
 * Process exit codes of the command line and of the benchmark applications.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A defect or an unexpected failure: the stack trace is in a kept log file named on stderr. */
    public static final int INTERNAL = 1;
    /**
     * Bad input or an environment that cannot serve the command: a file that cannot be read or written, a full
     * disk, bad options, a damaged dataset, an operation that does not fit in the heap.
     */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
