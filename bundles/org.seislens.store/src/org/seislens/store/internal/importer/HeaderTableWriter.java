package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.TraceHeaderField;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Writes {@code headers.parquet}: one row per trace in file order, with the 0-based {@code trace_index}, one
 * INT32 column per standard SEG-Y trace header field (raw, unscaled, named in lower snake case) and
 * {@code raw}, the 240 source bytes, so that export can reproduce any header layout byte for byte.
 */
public final class HeaderTableWriter implements AutoCloseable {

    /** Name of the trace index column. */
    public static final String TRACE_INDEX = DatasetLayout.TRACE_INDEX;
    /** Name of the raw header bytes column. */
    public static final String RAW = "raw"; //$NON-NLS-1$

    private static final List<TraceHeaderField> FIELDS = List.of(TraceHeaderField.values());

    /**
     * Columns with min/max statistics (for readers that skip row groups): the trace index and the default
     * ensemble keys. Statistics of all 92 columns took about 40 % of the header thread's time.
     */
    private static final Set<String> STATISTICS = Set.of(TRACE_INDEX, TraceHeaderField.FIELD_RECORD.fieldName(),
            TraceHeaderField.CDP.fieldName());

    private final ParquetRowWriter<TraceRow> writer;
    private final TraceRow row = new TraceRow();

    /**
     * @param file the Parquet file to create; it must not exist
     * @throws IOException if the file cannot be created
     */
    public HeaderTableWriter(Path file) throws IOException {
        writer = new ParquetRowWriter<>(file, schema(), HeaderTableWriter::emit, STATISTICS);
    }

    /** @return the Parquet schema of the header table */
    public static MessageType schema() {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        builder.required(PrimitiveTypeName.INT64).named(TRACE_INDEX);
        for (TraceHeaderField field : FIELDS) {
            builder.required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(32, true))
                    .named(field.fieldName());
        }
        builder.required(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(240).named(RAW);
        return builder.named("trace_headers"); //$NON-NLS-1$
    }

    /**
     * Appends one trace's header.
     *
     * @param headers decoded header columns
     * @param i the trace's position in them
     * @throws IOException if the file cannot be written
     */
    public void write(TraceHeaderColumns headers, int i) throws IOException {
        row.headers = headers;
        row.index = i;
        writer.write(row);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static void emit(RecordConsumer c, TraceRow row) {
        c.startField(TRACE_INDEX, 0);
        TraceHeaderColumns headers = row.headers;
        int i = row.index;
        c.addLong(headers.firstTrace() + i);
        c.endField(TRACE_INDEX, 0);
        int column = 1;
        for (TraceHeaderField field : FIELDS) {
            String name = field.fieldName();
            c.startField(name, column);
            c.addInteger(headers.column(field)[i]);
            c.endField(name, column);
            column++;
        }
        byte[] raw = row.raw;
        headers.rawHeader(i, raw, 0);
        c.startField(RAW, column);
        // One array for every row, declared reused: by Parquet's contract whatever keeps a value copies it
        // (the delta encoding of this column copies each value anyway; dictionaries are off).
        c.addBinary(Binary.fromReusedByteArray(raw));
        c.endField(RAW, column);
    }

    /** The row being written: one trace of a batch of header columns, reused for every trace. */
    private static final class TraceRow {
        TraceHeaderColumns headers = new TraceHeaderColumns(1);
        int index;
        final byte[] raw = new byte[TraceHeaderField.HEADER_BYTES];
    }
}
