package org.seislens.processing.internal;

import java.util.List;

import org.seislens.core.InvalidChainException;

/**
 * An operator a chain can name in its {@code op} field: its parameters, their checks, and how it becomes a
 * {@link TraceOperator} for a dataset's sampling. One class per operator; {@link OperatorRegistry} lists them.
 */
public interface OperatorType {

    /** @return the name used in chain JSON, e.g. {@code agc} */
    String name();

    /** @return the names of its parameters, all required; none unless the operator says so */
    default List<String> parameters() {
        return List.of();
    }

    /**
     * Checks the parameters that do not depend on a dataset; an operator without parameters has nothing to check.
     *
     * @param p the step's parameters
     * @throws InvalidChainException naming the step and the parameter
     */
    default void check(StepParameters p) throws InvalidChainException {
        // No parameters.
    }

    /**
     * Binds the step to a dataset's sampling, checking what depends on it (such as the Nyquist frequency).
     *
     * @param p the step's parameters, already {@link #check checked}
     * @param dtMs the sample interval in milliseconds
     * @return the operator
     * @throws InvalidChainException naming the step and the parameter
     */
    TraceOperator bind(StepParameters p, double dtMs) throws InvalidChainException;
}
