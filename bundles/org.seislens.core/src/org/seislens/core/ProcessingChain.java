package org.seislens.core;

import java.util.List;

/**
 * An ordered list of processing steps, applied trace by trace from the first to the last. Its JSON form,
 * which users write by hand and scripts generate, is
 * {@code {"steps":[{"op":"agc","window_ms":500},{"op":"bandpass","f1":5,"f2":10,"f3":60,"f4":80}]}}; see
 * {@link ProcessingService#parseChain} and README.md for the operators.
 *
 * @param steps the steps in order
 */
public record ProcessingChain(List<ProcessingStep> steps) {

    /**
     * Freezes the list.
     */
    public ProcessingChain {
        steps = List.copyOf(steps);
    }

    /** @return the steps that run */
    public List<ProcessingStep> enabledSteps() {
        return steps.stream().filter(ProcessingStep::enabled).toList();
    }
}
