package org.seislens.processing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;

/**
 * The operators chains can name, and the checking and binding of chains against them. A new operator is one more
 * {@link OperatorType} class in {@link #builtIn()}; nothing else changes.
 */
public final class OperatorRegistry {

    private final Map<String, OperatorType> types = new LinkedHashMap<>();

    /**
     * @param types the operators
     */
    public OperatorRegistry(Collection<? extends OperatorType> types) {
        for (OperatorType t : types) {
            this.types.put(t.name(), t);
        }
    }

    /** @return a registry of the operators SeisLens ships */
    public static OperatorRegistry builtIn() {
        return new OperatorRegistry(List.of(new ScaleOperator(), new PolarityOperator(), new DcOperator(),
                new GainOperator(), new AgcOperator(), new BalanceOperator(), new MuteOperator(),
                new BandpassOperator()));
    }

    /** @return the operator names */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /**
     * @param name an operator name
     * @return the operator, or {@code null} if unknown
     */
    public @Nullable OperatorType type(String name) {
        return types.get(name);
    }

    /**
     * Checks every step: known operator, parameters present, known and in range.
     *
     * @param chain the chain
     * @throws InvalidChainException naming the first bad step and parameter
     */
    public void check(ProcessingChain chain) throws InvalidChainException {
        for (int i = 0; i < chain.steps().size(); i++) {
            typeOf(new StepParameters(i + 1, chain.steps().get(i))).check(new StepParameters(i + 1, chain.steps().get(i)));
        }
    }

    /**
     * Binds the enabled steps of a chain to a dataset's sampling.
     *
     * @param chain the chain
     * @param dtMs the sample interval in milliseconds
     * @return the operators in order
     * @throws InvalidChainException naming the first bad step and parameter
     */
    public List<TraceOperator> bind(ProcessingChain chain, double dtMs) throws InvalidChainException {
        check(chain);
        List<TraceOperator> operators = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            ProcessingStep step = chain.steps().get(i);
            if (step.enabled()) {
                StepParameters p = new StepParameters(i + 1, step);
                operators.add(typeOf(p).bind(p, dtMs));
            }
        }
        return operators;
    }

    private OperatorType typeOf(StepParameters p) throws InvalidChainException {
        OperatorType type = types.get(p.step().op());
        if (type == null) {
            throw p.fail(null, "is not a known operator (known: " + String.join(", ", types.keySet()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (String name : p.step().parameters().keySet()) {
            if (!type.parameters().contains(name)) {
                throw p.fail(name, "is not a parameter of " + type.name() + " (" //$NON-NLS-1$ //$NON-NLS-2$
                        + (type.parameters().isEmpty() ? "it takes none" : "it takes " + String.join(", ", type.parameters())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + ")"); //$NON-NLS-1$
            }
        }
        return type;
    }
}
