package org.seislens.core;

/**
 * A processing chain cannot run: an unknown operator, a missing or out-of-range parameter. The message
 * names the step (by its position from 1 and its operator) and the parameter, in words a user can act on.
 */
public class InvalidChainException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the step and the parameter
     */
    public InvalidChainException(String message) {
        super(message);
    }
}
