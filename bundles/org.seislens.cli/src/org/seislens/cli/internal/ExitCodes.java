package org.seislens.cli.internal;

/**
 * Process exit codes of the command line.
 */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** A bug or an unexpected failure. */
    static final int INTERNAL = 1;
    /** Bad input: a file that cannot be read, bad options. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
