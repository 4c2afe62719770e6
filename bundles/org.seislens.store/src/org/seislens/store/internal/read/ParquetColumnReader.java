package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.store.internal.storage.PathInputFile;

/**
 * Reads whole numeric columns of a Parquet file with Parquet's generic {@link ColumnReader}, one column at a
 * time, into primitive arrays: no record objects, no boxing. The row count is checked against a bound
 * before anything is allocated. Pages are decompressed by {@link ReadCodecs}, without Hadoop.
 */
final class ParquetColumnReader implements AutoCloseable {

    private final Path file;
    private final ParquetFileReader reader;
    private final MessageType schema;
    private final long rows;
    private final String createdBy;

    private ParquetColumnReader(Path file, ParquetFileReader reader) {
        this.file = file;
        this.reader = reader;
        this.schema = reader.getFooter().getFileMetaData().getSchema();
        this.rows = reader.getRecordCount();
        this.createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
    }

    /**
     * Opens a file, refusing one with more rows than {@code maxRows}.
     *
     * @param file the Parquet file
     * @param maxRows the largest row count the caller can expect
     * @return the reader
     * @throws DatasetException naming the file when it is missing, corrupt or too long
     */
    static ParquetColumnReader open(Path file, long maxRows) throws DatasetException {
        ParquetFileReader reader;
        try {
            reader = ParquetFileReader.open(new PathInputFile(file), ReadCodecs.options());
        } catch (IOException | RuntimeException e) {
            throw new DatasetException(file, "not a readable Parquet file: " + e.getMessage(), e); //$NON-NLS-1$
        }
        ParquetColumnReader r = new ParquetColumnReader(file, reader);
        if (r.rows < 0 || r.rows > maxRows || r.rows > Integer.MAX_VALUE - 16) {
            r.close();
            throw new DatasetException(file, "has " + r.rows + " rows, more than the " + maxRows //$NON-NLS-1$ //$NON-NLS-2$
                    + " the dataset allows"); //$NON-NLS-1$
        }
        return r;
    }

    /** @return the number of rows */
    int rows() {
        return (int) rows;
    }

    /**
     * @param name a top-level column
     * @return whether the file has it
     */
    boolean hasColumn(String name) {
        return schema.containsField(name);
    }

    /**
     * Reads a column of INT32 or INT64 values, one per row (nulls read as 0).
     *
     * @param name the column
     * @param monitor cancellation, checked per row group
     * @return the values widened to long
     * @throws DatasetException if the column is missing, not a flat integer column or unreadable
     */
    long[] readLongs(String name, IProgressMonitor monitor) throws DatasetException {
        long[] out = new long[(int) rows];
        read(name, monitor, (cr, isLong, i) -> out[i] = isLong ? cr.getLong() : cr.getInteger());
        return out;
    }

    /**
     * Reads a column of INT32 values, one per row (nulls read as 0).
     *
     * @param name the column
     * @param monitor cancellation, checked per row group
     * @return the values
     * @throws DatasetException if the column is missing, not INT32 or unreadable
     */
    int[] readInts(String name, IProgressMonitor monitor) throws DatasetException {
        ColumnDescriptor d = flatColumn(name);
        if (d.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.INT32) {
            throw new DatasetException(file, "column " + name + " is not a 32-bit integer column"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int[] out = new int[(int) rows];
        read(name, monitor, (cr, isLong, i) -> out[i] = cr.getInteger());
        return out;
    }

    private interface ValueSink {
        void accept(ColumnReader reader, boolean isLong, int row);
    }

    private ColumnDescriptor flatColumn(String name) throws DatasetException {
        if (!schema.containsField(name)) {
            throw new DatasetException(file, "has no column " + name); //$NON-NLS-1$
        }
        Type type = schema.getType(name);
        if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
            throw new DatasetException(file, "column " + name + " is not a flat numeric column"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return schema.getColumnDescription(new String[] { name });
    }

    private void read(String name, IProgressMonitor monitor, ValueSink sink) throws DatasetException {
        ColumnDescriptor d = flatColumn(name);
        PrimitiveTypeName t = d.getPrimitiveType().getPrimitiveTypeName();
        if (t != PrimitiveTypeName.INT32 && t != PrimitiveTypeName.INT64) {
            throw new DatasetException(file, "column " + name + " is not an integer column"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean isLong = t == PrimitiveTypeName.INT64;
        MessageType projection = new MessageType(schema.getName(), schema.getType(name));
        int maxDef = d.getMaxDefinitionLevel();
        int row = 0;
        try {
            // Only this column's pages are read; row groups are addressed by index, so columns can be read in any order.
            reader.setRequestedSchema(projection);
            for (int g = 0; g < reader.getRowGroups().size(); g++) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                PageReadStore pages = reader.readRowGroup(g);
                ColumnReader cr = new ColumnReadStoreImpl(pages, new GroupRecordConverter(projection).getRootConverter(),
                        projection, createdBy).getColumnReader(projection.getColumnDescription(new String[] { name }));
                long n = pages.getRowCount();
                if (row + n > rows) {
                    throw new DatasetException(file, "row groups hold more rows than the footer says"); //$NON-NLS-1$
                }
                for (long i = 0; i < n; i++, row++) {
                    if (cr.getCurrentDefinitionLevel() == maxDef) {
                        sink.accept(cr, isLong, row);
                    }
                    cr.consume();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof OperationCanceledException c) {
                throw c;
            }
            throw new DatasetException(file, "column " + name + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Reads a column of lists of INT64 values, such as an ensemble's trace indices.
     *
     * @param name the top-level list column
     * @param maxValues the largest number of values accepted over all rows
     * @param monitor cancellation, checked per row group
     * @return the lists, flattened
     * @throws DatasetException if the column is missing, not a list of INT64, holds too many values or is
     *             unreadable
     */
    LongLists readLongLists(String name, long maxValues, IProgressMonitor monitor) throws DatasetException {
        if (!schema.containsField(name)) {
            throw new DatasetException(file, "has no column " + name); //$NON-NLS-1$
        }
        @Nullable ColumnDescriptor d = null;
        for (ColumnDescriptor c : schema.getColumns()) {
            if (c.getPath().length > 1 && c.getPath()[0].equals(name)) {
                d = c;
            }
        }
        if (d == null || d.getMaxRepetitionLevel() != 1
                || d.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.INT64) {
            throw new DatasetException(file, "column " + name + " is not a list of 64-bit integers"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        MessageType projection = new MessageType(schema.getName(), schema.getType(name));
        int maxDef = d.getMaxDefinitionLevel();
        int[] offsets = new int[(int) rows + 1];
        long[] values = new long[256];
        int count = 0;
        int row = -1;
        try {
            reader.setRequestedSchema(projection);
            for (int g = 0; g < reader.getRowGroups().size(); g++) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                PageReadStore pages = reader.readRowGroup(g);
                ColumnReader cr = new ColumnReadStoreImpl(pages, new GroupRecordConverter(projection).getRootConverter(),
                        projection, createdBy).getColumnReader(projection.getColumnDescription(d.getPath()));
                long entries = cr.getTotalValueCount();
                for (long i = 0; i < entries; i++) {
                    if (cr.getCurrentRepetitionLevel() == 0) {
                        row++;
                        if (row >= rows) {
                            throw new DatasetException(file, "column " + name + " has more rows than the footer says"); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                        offsets[row] = count;
                    }
                    if (cr.getCurrentDefinitionLevel() == maxDef) {
                        if (count >= maxValues) {
                            throw new DatasetException(file, "column " + name + " holds more than " + maxValues //$NON-NLS-1$ //$NON-NLS-2$
                                    + " values"); //$NON-NLS-1$
                        }
                        if (count == values.length) {
                            values = java.util.Arrays.copyOf(values, (int) Math.min(maxValues, 2L * count));
                        }
                        values[count++] = cr.getLong();
                    }
                    cr.consume();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof OperationCanceledException c) {
                throw c;
            }
            throw new DatasetException(file, "column " + name + " cannot be read: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (row + 1 != rows) {
            throw new DatasetException(file, "column " + name + " has " + (row + 1) + " rows, the footer says " + rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (int r = row + 1; r <= rows; r++) {
            offsets[r] = count;
        }
        return new LongLists(offsets, java.util.Arrays.copyOf(values, count));
    }

    /**
     * Lists of longs, flattened: row {@code r} holds {@code values[offsets[r] .. offsets[r + 1])}.
     *
     * @param offsets one more than the rows
     * @param values all values
     */
    record LongLists(int[] offsets, long[] values) {
    }

    /**
     * @param name a top-level column
     * @return the bytes its column chunks take in the file, over all row groups
     */
    long storedBytes(String name) {
        long bytes = 0;
        for (var block : reader.getRowGroups()) {
            for (var column : block.getColumns()) {
                if (column.getPath().toArray()[0].equals(name)) {
                    bytes += column.getTotalSize();
                }
            }
        }
        return bytes;
    }

    /** @return the file's top-level column names */
    List<String> columnNames() {
        return schema.getFields().stream().map(Type::getName).toList();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Read-only: nothing is lost.
        }
    }
}
