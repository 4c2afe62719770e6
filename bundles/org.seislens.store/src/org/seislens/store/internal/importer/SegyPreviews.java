package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
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
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;

/**
 * Builds a {@link SegyPreview} from a file's layout and its first trace headers. Only the 240 bytes of each
 * previewed trace header are read, so memory stays small however long the traces are.
 */
final class SegyPreviews {

    private SegyPreviews() {
    }

    /**
     * @param layout the layout the reader worked out, with the caller's overrides
     * @param traceHeaders how many trace headers to read at most
     * @param progress one tick per trace header
     * @return the preview
     * @throws SegyFormatException if the file was shortened since it was opened
     * @throws IOException if reading fails
     */
    static SegyPreview of(SegyLayout layout, int traceHeaders, SubMonitor progress)
            throws SegyFormatException, IOException {
        int rows = (int) Math.min(traceHeaders, layout.traceCount());
        progress.setWorkRemaining(rows + 1);
        List<String> columns = new ArrayList<>();
        for (TraceHeaderField field : TraceHeaderField.values()) {
            columns.add(field.fieldName());
        }
        List<SegyPreview.TraceHeaderRow> headerRows = new ArrayList<>(rows);
        ByteBuffer header = ByteBuffer.allocate(TraceHeaderField.HEADER_BYTES).order(layout.byteOrder());
        try (FileChannel channel = FileChannel.open(layout.file(), StandardOpenOption.READ)) {
            for (int t = 0; t < rows; t++) {
                progress.split(1);
                readFully(layout, channel, header, layout.traceOffset(t));
                Map<String, Integer> values = new LinkedHashMap<>();
                for (TraceHeaderField field : TraceHeaderField.values()) {
                    values.put(field.fieldName(), Integer.valueOf(field.get(header)));
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

    private static void readFully(SegyLayout layout, FileChannel channel, ByteBuffer buffer, long offset)
            throws IOException, SegyFormatException {
        buffer.clear();
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new SegyFormatException(layout.file(), "ends inside the trace header at byte " + at); //$NON-NLS-1$
            }
            at += n;
        }
        buffer.flip();
    }
}
