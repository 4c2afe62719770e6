package org.seislens.cli.internal;

/**
 * A command's input is unusable; the message names what and why, and is shown without a stack trace.
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the file or option
     */
    public BadInputException(String message) {
        super(message);
    }
}
