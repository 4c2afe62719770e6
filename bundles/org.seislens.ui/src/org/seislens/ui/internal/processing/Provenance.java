package org.seislens.ui.internal.processing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingStep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How a processed dataset was made, for the Properties view: the {@code processing} object its metadata.json
 * holds (the dataset format's documented provenance, README "Processing"), as one line of steps.
 */
public final class Provenance {

    /** The property's name in the Properties view. */
    public static final String LABEL = Messages.Provenance_label;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Provenance() {
    }

    /**
     * @param dataset a dataset directory
     * @param processing reads the recorded chain
     * @return its steps, e.g. {@code agc window_ms=500 | bandpass f1=5 f2=10 f3=60 f4=80}, with the trace edits
     *         applied first when there were any; {@code null} when the dataset was not made by processing or
     *         its metadata cannot be read (the Datasets view says why elsewhere)
     */
    public static @Nullable String describe(Path dataset, ProcessingService processing) {
        Path metadata = dataset.resolve("metadata.json"); //$NON-NLS-1$
        if (!Files.isRegularFile(metadata)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(metadata.toFile()).path("processing"); //$NON-NLS-1$
            JsonNode chainNode = node.path("chain"); //$NON-NLS-1$
            if (!chainNode.isObject()) {
                return null;
            }
            ProcessingChain chain = processing.parseChain(chainNode.toString());
            StringJoiner line = new StringJoiner(" | "); //$NON-NLS-1$
            if (node.has("trace_edits")) { //$NON-NLS-1$
                line.add(Messages.Provenance_edits);
            }
            for (ProcessingStep step : chain.steps()) {
                line.add((step.enabled() ? "" : "(off) ") + StepLabels.label(step).replace("  ", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            return line.toString();
        } catch (IOException | InvalidChainException e) {
            return null;
        }
    }
}
