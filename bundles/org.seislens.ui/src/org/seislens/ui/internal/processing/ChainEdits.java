package org.seislens.ui.internal.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;

/**
 * The edits the Processing view makes to a chain, each giving a new chain (chains are immutable).
 */
final class ChainEdits {

    private ChainEdits() {
    }

    /**
     * @param chain a chain
     * @param step the step to append
     * @return the chain with the step at its end
     */
    static ProcessingChain add(ProcessingChain chain, ProcessingStep step) {
        List<ProcessingStep> edited = new ArrayList<>(chain.steps());
        edited.add(step);
        return new ProcessingChain(edited);
    }

    /**
     * @param chain a chain
     * @param index a step's index
     * @return the chain without it
     */
    static ProcessingChain remove(ProcessingChain chain, int index) {
        List<ProcessingStep> edited = new ArrayList<>(chain.steps());
        edited.remove(index);
        return new ProcessingChain(edited);
    }

    /**
     * @param chain a chain
     * @param from a step's index
     * @param to where it goes
     * @return the chain with the step moved
     */
    static ProcessingChain move(ProcessingChain chain, int from, int to) {
        List<ProcessingStep> edited = new ArrayList<>(chain.steps());
        edited.add(to, edited.remove(from));
        return new ProcessingChain(edited);
    }

    /**
     * @param chain a chain
     * @param index a step's index
     * @param step what replaces it
     * @return the edited chain
     */
    static ProcessingChain replace(ProcessingChain chain, int index, ProcessingStep step) {
        List<ProcessingStep> edited = new ArrayList<>(chain.steps());
        edited.set(index, step);
        return new ProcessingChain(edited);
    }

    /**
     * @param chain a chain
     * @param index a step's index
     * @param enabled whether it runs
     * @return the edited chain
     */
    static ProcessingChain enable(ProcessingChain chain, int index, boolean enabled) {
        ProcessingStep s = chain.steps().get(index);
        return replace(chain, index, new ProcessingStep(s.op(), enabled, s.parameters()));
    }

    /**
     * @param chain a chain
     * @param index a step's index
     * @param name one of its parameters
     * @param value the new value
     * @return the edited chain
     */
    static ProcessingChain setParameter(ProcessingChain chain, int index, String name, double value) {
        ProcessingStep s = chain.steps().get(index);
        Map<String, Double> parameters = new TreeMap<>(s.parameters());
        parameters.put(name, value);
        return replace(chain, index, new ProcessingStep(s.op(), s.enabled(), parameters));
    }
}
