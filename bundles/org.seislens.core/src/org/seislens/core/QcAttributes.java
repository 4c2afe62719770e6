package org.seislens.core;

import java.util.List;
import java.util.Map;

/**
 * The per-trace attributes and flags of a dataset, as written by a QC run.
 *
 * @param traceIndices the traces, in file order
 * @param values each attribute's values, in the order of {@code traceIndices}
 * @param flags each trace's comma-separated flags, empty when none
 */
public record QcAttributes(long[] traceIndices, Map<String, double[]> values, List<String> flags) {

    /**
     * @param row a row
     * @return the reasons the trace of that row is flagged for
     */
    public List<String> reasons(int row) {
        String f = flags.get(row);
        return f.isEmpty() ? List.of() : List.of(f.split(",")); //$NON-NLS-1$
    }
}
