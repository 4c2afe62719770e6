package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.TraceHeaderField;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Writes {@code headers.parquet}: one row per trace in file order, with the 0-based {@code trace_index}, one
 * INT32 column per standard SEG-Y trace header field (raw, unscaled, named in lower snake case) and
 * {@code raw}, the 240 source bytes, so that export can reproduce any header layout byte for byte. Used by one
 * thread at a time (handing it to another thread must happen-before its use there).
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
    /** Row groups of about this many buffered bytes (the whole table of the 1.25 GB demo survey is one). */
    private static final long ROW_GROUP_BYTES = 64L << 20;

    private final Path file;
    private final byte[] raw = new byte[TraceHeaderField.HEADER_BYTES];
    private @Nullable ParquetColumnsWriter writer;
    private boolean opened;

    /**
     * Prepares the table; the file is created by the first {@link #write} or by {@link #close()}, on the
     * thread that writes. Opening it is mostly a fresh JVM's first use of Parquet (class loading, the
     * interpreter), which the importer's header thread does while the reader has started on the samples.
     *
     * @param file the Parquet file to create; it must not exist
     */
    public HeaderTableWriter(Path file) {
        this.file = file;
    }

    /**
     * Creates the file now if it is not created yet.
     *
     * @throws IOException if the file cannot be created
     */
    public void open() throws IOException {
        writer();
    }

    private ParquetColumnsWriter writer() throws IOException {
        ParquetColumnsWriter w = writer;
        if (w == null) {
            if (opened) {
                throw new IOException(file + " could not be created"); //$NON-NLS-1$
            }
            opened = true;
            w = new ParquetColumnsWriter(file, schema(), STATISTICS, ROW_GROUP_BYTES);
            writer = w;
        }
        return w;
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
        write(headers, i, 1);
    }

    /**
     * Appends the headers of consecutive traces, column by column.
     *
     * @param headers decoded header columns
     * @param from the first trace's position in them
     * @param count the number of traces
     * @throws IOException if the file cannot be written
     */
    public void write(TraceHeaderColumns headers, int from, int count) throws IOException {
        if (count <= 0) {
            return;
        }
        ParquetColumnsWriter w = writer();
        try {
            ColumnWriter[] columns = w.columns();
            ColumnWriter indexes = columns[0];
            long first = headers.firstTrace();
            for (int i = from, end = from + count; i < end; i++) {
                indexes.write(first + i, 0, 0);
            }
            for (int f = 0; f < FIELDS.size(); f++) {
                writeInts(columns[f + 1], headers.column(FIELDS.get(f)), from, count);
            }
            ColumnWriter raws = columns[FIELDS.size() + 1];
            // One array for every row, declared reused: by Parquet's contract whatever keeps a value copies it
            // (the plain encoding of this column copies each value into its page).
            Binary value = Binary.fromReusedByteArray(raw);
            for (int i = from, end = from + count; i < end; i++) {
                headers.rawHeader(i, raw, 0);
                raws.write(value, 0, 0);
            }
        } catch (RuntimeException e) {
            throw ClosableOutputFile.ioCause(e);
        }
        w.endRows(count);
    }

    /** A loop of its own, so that the compiler makes one small method for every column. */
    private static void writeInts(ColumnWriter column, int[] values, int from, int count) {
        for (int i = from, end = from + count; i < end; i++) {
            column.write(values[i], 0, 0);
        }
    }

    /**
     * Writes the last pages and the footer (creating the file first when nothing was written); closing again
     * does nothing.
     */
    @Override
    public void close() throws IOException {
        if (writer != null || !opened) {
            writer().close();
        }
    }
}
