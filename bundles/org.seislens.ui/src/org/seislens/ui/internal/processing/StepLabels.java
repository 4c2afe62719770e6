package org.seislens.ui.internal.processing;

import java.util.Map;
import java.util.StringJoiner;

import org.seislens.core.ProcessingStep;

/**
 * How steps and their values read in the Processing view: {@code bandpass  f1=5 f2=10 f3=60 f4=80}.
 */
final class StepLabels {

    private StepLabels() {
    }

    /**
     * @param step a step
     * @return its operator and parameters on one line
     */
    static String label(ProcessingStep step) {
        StringJoiner line = new StringJoiner(" "); //$NON-NLS-1$
        line.add(step.op() + ' ');
        for (Map.Entry<String, Double> p : step.parameters().entrySet()) {
            line.add(p.getKey() + '=' + format(p.getValue()));
        }
        return line.toString();
    }

    /**
     * @param value a parameter value
     * @return it without a trailing {@code .0}
     */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
