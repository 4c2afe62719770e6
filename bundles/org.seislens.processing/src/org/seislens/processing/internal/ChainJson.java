package org.seislens.processing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of chains: {@code {"steps":[{"op":"agc","window_ms":500},...]}}, each step with an optional
 * {@code "enabled": false}. The canonical form lists each step's {@code op}, its parameters in name order (whole
 * numbers without a fraction) and {@code "enabled": false} only for disabled steps.
 */
final class ChainJson {

    private static final String STEPS = "steps"; //$NON-NLS-1$
    private static final String OP = "op"; //$NON-NLS-1$
    private static final String ENABLED = "enabled"; //$NON-NLS-1$

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param json chain JSON
     * @return the chain, not yet checked against the operators
     * @throws InvalidChainException if the text is not a chain of steps
     */
    ProcessingChain parse(String json) throws InvalidChainException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidChainException("not valid JSON: " + e.getOriginalMessage() //$NON-NLS-1$
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (root == null || !root.isObject() || !root.path(STEPS).isArray()) {
            throw new InvalidChainException("a chain is an object with a \"steps\" array"); //$NON-NLS-1$
        }
        List<ProcessingStep> steps = new ArrayList<>();
        int number = 0;
        for (JsonNode s : root.get(STEPS)) {
            number++;
            if (!s.isObject() || !s.path(OP).isTextual()) {
                throw new InvalidChainException("step " + number + " is not an object with an \"op\" name"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String op = s.get(OP).asText();
            boolean enabled = true;
            Map<String, Double> parameters = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : s.properties()) {
                String name = field.getKey();
                JsonNode v = field.getValue();
                if (name.equals(OP)) {
                    continue;
                }
                if (name.equals(ENABLED)) {
                    if (!v.isBoolean()) {
                        throw new InvalidChainException("step " + number + " (" + op + "): \"enabled\" must be true or false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                    enabled = v.asBoolean();
                } else if (v.isNumber()) {
                    parameters.put(name, v.asDouble());
                } else {
                    throw new InvalidChainException("step " + number + " (" + op + "): parameter " + name //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + " must be a number, got " + v); //$NON-NLS-1$
                }
            }
            steps.add(new ProcessingStep(op, enabled, parameters));
        }
        return new ProcessingChain(steps);
    }

    /**
     * @param chain a chain
     * @return its canonical JSON as a tree
     */
    ObjectNode tree(ProcessingChain chain) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode steps = root.putArray(STEPS);
        for (ProcessingStep step : chain.steps()) {
            ObjectNode s = steps.addObject();
            s.put(OP, step.op());
            for (Map.Entry<String, Double> p : step.parameters().entrySet()) {
                double v = p.getValue();
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    s.put(p.getKey(), (long) v);
                } else {
                    s.put(p.getKey(), v);
                }
            }
            if (!step.enabled()) {
                s.put(ENABLED, false);
            }
        }
        return root;
    }

    /**
     * @param chain a chain
     * @return its canonical JSON text, on one line
     */
    String text(ProcessingChain chain) {
        try {
            return mapper.writeValueAsString(tree(chain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param chain a chain
     * @return its canonical JSON as maps and lists, for provenance
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(ProcessingChain chain) {
        return mapper.convertValue(tree(chain), LinkedHashMap.class);
    }
}
