package org.seislens.processing.internal;

import java.util.Locale;

import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingStep;

/**
 * The parameters of one step, with checks whose messages name the step (by position from 1 and operator) and
 * the parameter.
 *
 * @param number the step's position in the chain, from 1
 * @param step the step
 */
public record StepParameters(int number, ProcessingStep step) {

    /**
     * @param name a parameter the operator requires
     * @return its value
     * @throws InvalidChainException if it is missing or not finite
     */
    public double get(String name) throws InvalidChainException {
        Double v = step.parameters().get(name);
        if (v == null) {
            throw fail(name, "is missing"); //$NON-NLS-1$
        }
        if (!Double.isFinite(v)) {
            throw fail(name, "must be a finite number, not " + v); //$NON-NLS-1$
        }
        return v;
    }

    /**
     * @param name a required parameter
     * @return its value
     * @throws InvalidChainException if it is missing or negative
     */
    public double notNegative(String name) throws InvalidChainException {
        double v = get(name);
        if (v < 0) {
            throw fail(name, "must not be negative, got " + format(v)); //$NON-NLS-1$
        }
        return v;
    }

    /**
     * @param name a required parameter
     * @return its value
     * @throws InvalidChainException if it is missing, zero or negative
     */
    public double positive(String name) throws InvalidChainException {
        double v = get(name);
        if (v <= 0) {
            throw fail(name, "must be greater than 0, got " + format(v)); //$NON-NLS-1$
        }
        return v;
    }

    /**
     * @param parameter the parameter at fault, or {@code null} for the step as a whole
     * @param cause what is wrong with it
     * @return the exception to throw
     */
    public InvalidChainException fail(@org.eclipse.jdt.annotation.Nullable String parameter, String cause) {
        return new InvalidChainException("step " + number + " (" + step.op() + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (parameter == null ? "" : ": parameter " + parameter) + " " + cause); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param v a value
     * @return it without a trailing {@code .0} when whole
     */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v); //$NON-NLS-1$
    }
}
