package org.seislens.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * One step of a {@link ProcessingChain}: an operator by name and its numeric parameters, as written in the
 * chain's JSON form ({@code {"op":"agc","window_ms":500}}).
 *
 * @param op the operator's name, e.g. {@code agc}
 * @param enabled whether the step runs; a disabled step is kept in the chain but skipped
 * @param parameters the operator's parameters by name, sorted by name
 */
public record ProcessingStep(String op, boolean enabled, Map<String, Double> parameters) {

    /**
     * Freezes the parameters in name order, so that equal steps have one canonical form.
     */
    public ProcessingStep {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /**
     * @param op the operator's name
     * @param parameters its parameters
     * @return an enabled step
     */
    public static ProcessingStep of(String op, Map<String, Double> parameters) {
        return new ProcessingStep(op, true, parameters);
    }
}
