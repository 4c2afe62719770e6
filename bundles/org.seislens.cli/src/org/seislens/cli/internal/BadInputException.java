package org.seislens.cli.internal;

/**
 * A command's input is unusable; the message names what and why, and is shown without a stack trace.
 */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
