package org.seislens.core;

import java.util.Arrays;
import java.util.List;

/**
 * Trace header values of some traces, column by column. Values are raw and unscaled, as stored in the
 * SEG-Y trace header (coordinates are not multiplied by their scalar).
 */
public final class TraceHeaders {

    private final List<String> columns;
    private final long[] traceIndices;
    private final long[][] values;

    /**
     * @param columns the column names, in order
     * @param traceIndices the dataset index of each row's trace
     * @param values one array per column, each with one value per row
     */
    public TraceHeaders(List<String> columns, long[] traceIndices, long[][] values) {
        if (columns.size() != values.length) {
            throw new IllegalArgumentException(columns.size() + " columns but " + values.length + " value arrays"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int c = 0; c < values.length; c++) {
            if (values[c].length != traceIndices.length) {
                throw new IllegalArgumentException("Column " + columns.get(c) + " has " + values[c].length //$NON-NLS-1$ //$NON-NLS-2$
                        + " values for " + traceIndices.length + " traces"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        this.columns = List.copyOf(columns);
        this.traceIndices = traceIndices;
        this.values = values;
    }

    /** @return the column names */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of rows (traces) */
    public int rowCount() {
        return traceIndices.length;
    }

    /**
     * @param row a row number
     * @return the dataset index of that row's trace
     */
    public long traceIndex(int row) {
        return traceIndices[row];
    }

    /**
     * @param row a row number
     * @param column a column name
     * @return the header value
     * @throws IllegalArgumentException if the column was not read
     */
    public long value(int row, String column) {
        return values[columnIndex(column)][row];
    }

    /**
     * @param column a column name
     * @return a copy of that column's values, one per row
     */
    public long[] column(String column) {
        return values[columnIndex(column)].clone();
    }

    private int columnIndex(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("Header column not read: " + column + " (read: " + columns + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return index;
    }

    @Override
    public String toString() {
        return "TraceHeaders" + columns + " of " + traceIndices.length + " traces " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (traceIndices.length > 4 ? Arrays.toString(Arrays.copyOf(traceIndices, 4)) + "..." //$NON-NLS-1$
                        : Arrays.toString(traceIndices));
    }
}
