package org.seislens.core;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A look at the start of a SEG-Y or Seismic Unix file before it is imported: its headers, the layout the
 * importer would use (with the caller's overrides applied), and the first few trace headers. Obtained from
 * {@link SegyImportService#preview}; it reads only the start of the file.
 *
 * @param source the file
 * @param kind SEG-Y or Seismic Unix
 * @param fileSize the file's size in bytes
 * @param textualHeader the 3200-byte textual header as lines of 80 characters (40 lines); empty for Seismic
 *            Unix
 * @param extendedTextualHeaders each extended textual header as its lines, in file order
 * @param binaryHeader the binary header words in header order; empty for Seismic Unix
 * @param byteOrder the byte order used
 * @param sampleFormatCode the SEG-Y sample format code used
 * @param sampleFormat the sample format's name, e.g. {@code ibm_float32}
 * @param sampleCount samples per trace
 * @param sampleIntervalUs the sample interval in microseconds, 0 when unknown
 * @param traceCount the number of traces, from the file size (traces are fixed length)
 * @param revision the SEG-Y revision as {@code major.minor}
 * @param additionalTraceHeaders the number of rev 2 additional 240-byte trace headers after each standard one
 * @param traceHeaderColumns the names of the trace header columns, as in the dataset's header table
 * @param traceHeaders the first trace headers, in file order
 * @param anomalies every inconsistency the reader tolerated, one sentence each
 */
public record SegyPreview(Path source, SourceKind kind, long fileSize, List<String> textualHeader,
        List<List<String>> extendedTextualHeaders, List<BinaryWord> binaryHeader, ByteOrder byteOrder,
        int sampleFormatCode, String sampleFormat, int sampleCount, double sampleIntervalUs, long traceCount,
        String revision, int additionalTraceHeaders, List<String> traceHeaderColumns, List<TraceHeaderRow> traceHeaders,
        List<String> anomalies) {

    /**
     * Freezes the lists.
     */
    public SegyPreview {
        textualHeader = List.copyOf(textualHeader);
        List<List<String>> extended = new ArrayList<>();
        for (List<String> lines : extendedTextualHeaders) {
            extended.add(List.copyOf(lines));
        }
        extendedTextualHeaders = List.copyOf(extended);
        binaryHeader = List.copyOf(binaryHeader);
        traceHeaderColumns = List.copyOf(traceHeaderColumns);
        traceHeaders = List.copyOf(traceHeaders);
        anomalies = List.copyOf(anomalies);
    }

    /** @return the textual header as one text of lines separated by {@code \n} */
    public String textualHeaderText() {
        return String.join("\n", textualHeader); //$NON-NLS-1$
    }

    /**
     * One word of the binary header.
     *
     * @param name the word's name in lower snake case, e.g. {@code sample_interval}
     * @param value its value: a {@link Long}, or a {@link Double} for floating point words
     */
    public record BinaryWord(String name, Number value) {
    }

    /**
     * One trace header, raw and unscaled.
     *
     * @param traceIndex the trace's 0-based index in the file
     * @param values value by column name, in column order
     */
    public record TraceHeaderRow(long traceIndex, Map<String, Integer> values) {

        /**
         * Freezes the values, keeping their order.
         */
        public TraceHeaderRow {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /**
         * @param column a column name
         * @return its value
         * @throws IllegalArgumentException if there is no such column
         */
        public int get(String column) {
            Integer value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("No trace header column " + column); //$NON-NLS-1$
            }
            return value.intValue();
        }
    }
}
