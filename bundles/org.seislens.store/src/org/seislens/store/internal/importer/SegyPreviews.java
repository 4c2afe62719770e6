package org.seislens.store.internal.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.seislens.core.SegyPreview;
import org.seislens.core.SourceKind;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.FileKind;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceBatch;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.TraceHeaderField;

/**
 * Builds a {@link SegyPreview} from a file's layout and its first trace headers, read and decoded by the SEG-Y
 * bundle. Only the standard header (and one sample) of each previewed trace is read, so memory stays small
 * however long the traces are.
 */
final class SegyPreviews {

    /** Trace headers read at a time. */
    private static final int BATCH = 256;

    private SegyPreviews() {
    }

    /**
     * @param reader the open file, its layout with the caller's overrides
     * @param traceHeaders how many trace headers to read at most
     * @param progress one tick per trace header
     * @return the preview
     * @throws SegyFormatException if the file was shortened since it was opened
     * @throws IOException if reading fails
     */
    static SegyPreview of(SegyReader reader, int traceHeaders, SubMonitor progress)
            throws SegyFormatException, IOException {
        SegyLayout layout = reader.layout();
        int rows = (int) Math.min(traceHeaders, layout.traceCount());
        progress.setWorkRemaining(rows + 1);
        List<String> columns = new ArrayList<>();
        for (TraceHeaderField field : TraceHeaderField.values()) {
            columns.add(field.fieldName());
        }
        List<SegyPreview.TraceHeaderRow> headerRows = new ArrayList<>(rows);
        if (rows > 0) {
            // The headers only: one sample of each trace rides along.
            TraceBatch batch = new TraceBatch(layout, Math.min(rows, BATCH), 1);
            TraceHeaderColumns headers = new TraceHeaderColumns(rows);
            headers.clear(0);
            for (int first = 0; first < rows; first += BATCH) {
                int n = Math.min(BATCH, rows - first);
                progress.split(n);
                batch.read(reader, first, n, 0, 1);
                batch.copyHeaders(headers);
            }
            headers.decode();
            for (int t = 0; t < rows; t++) {
                Map<String, Integer> values = new LinkedHashMap<>();
                for (TraceHeaderField field : TraceHeaderField.values()) {
                    values.put(field.fieldName(), Integer.valueOf(headers.get(field, t)));
                }
                headerRows.add(new SegyPreview.TraceHeaderRow(t, values));
            }
        }
        List<String> text = List.of();
        TextualHeader textual = layout.textualHeader();
        if (textual != null) {
            text = textual.lines();
        }
        List<List<String>> extended = new ArrayList<>();
        for (TextualHeader e : layout.extendedTextualHeaders()) {
            extended.add(e.lines());
        }
        List<SegyPreview.BinaryWord> binary = new ArrayList<>();
        BinaryHeader binaryHeader = layout.binaryHeader();
        if (binaryHeader != null) {
            for (Map.Entry<String, Number> word : binaryHeader.toMap().entrySet()) {
                binary.add(new SegyPreview.BinaryWord(word.getKey(), word.getValue()));
            }
        }
        progress.split(1);
        return new SegyPreview(layout.file(), layout.kind() == FileKind.SU ? SourceKind.SU : SourceKind.SEGY,
                layout.fileSize(), text, extended, binary, layout.byteOrder(), layout.format().code(),
                layout.format().name().toLowerCase(Locale.ROOT), layout.samplesPerTrace(), layout.sampleInterval(),
                layout.traceCount(), layout.revisionMajor() + "." + layout.revisionMinor(), //$NON-NLS-1$
                layout.additionalTraceHeaders(), columns, headerRows, layout.anomalies());
    }
}
