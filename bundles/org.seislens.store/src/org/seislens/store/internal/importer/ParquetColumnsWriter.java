package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.factory.DefaultV2ValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.plain.FixedLenByteArrayPlainValuesWriter;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes a Parquet file of flat, required columns a batch of rows at a time, each column's values in one loop
 * straight into Parquet's column writers. Writing record by record through parquet-hadoop's record consumer
 * (field bookkeeping for every value of every row, as {@link ParquetRowWriter} does) took most of the header
 * thread's time on a 92-column table, and its huge compiled methods much of the compiler's.
 * <p>
 * The file is what {@link ParquetRowWriter} writes with the same settings: format 2 pages of about 1 MiB,
 * no dictionaries, ZSTD level 1, row groups of about {@code rowGroupBytes}; integers take the format 2 delta
 * encoding (bit-packed blocks: small and fast for constant, counting or run-like header words), fixed-length
 * byte arrays the plain one (their delta encoding looks for shared prefixes that raw trace headers rarely have
 * and copies every value more than once; ZSTD compresses them either way).
 * <p>
 * Usage per batch: write {@code n} values into every writer of {@link #columns()}, then call
 * {@link #endRows(int)}. Used by one thread at a time.
 */
public final class ParquetColumnsWriter implements AutoCloseable {

    private static final int PAGE_BYTES = 1024 * 1024;

    private final MessageType schema;
    private final List<ColumnDescriptor> descriptors;
    private final ParquetProperties properties;
    private final BytesInputCompressor compressor;
    private final ClosableOutputFile output;
    private final ParquetFileWriter file;
    private final long rowGroupBytes;
    private final ColumnWriter[] writers;
    private @Nullable ColumnChunkPageWriteStore pages;
    private @Nullable ColumnWriteStore store;
    private long groupRows;
    private int groupOrdinal;
    private boolean closed;

    /**
     * @param path the file to create; it must not exist
     * @param schema flat schema of required primitive columns
     * @param statisticsColumns the only columns given min/max statistics and column indexes: keeping them for
     *            every value of a wide table costs more than encoding it
     * @param rowGroupBytes buffered bytes after which a row group is written
     * @throws IOException if the file cannot be created
     */
    public ParquetColumnsWriter(Path path, MessageType schema, Set<String> statisticsColumns, long rowGroupBytes)
            throws IOException {
        this.schema = schema;
        this.descriptors = schema.getColumns();
        this.rowGroupBytes = rowGroupBytes;
        ParquetProperties.Builder builder = ParquetProperties.builder()
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0).withPageSize(PAGE_BYTES)
                .withDictionaryEncoding(false).withValuesWriterFactory(new PlainFixedLengthFactory())
                .withStatisticsEnabled(false).withSizeStatisticsEnabled(false);
        for (String column : statisticsColumns) {
            builder.withStatisticsEnabled(column, true);
        }
        this.properties = builder.build();
        this.compressor = new ZstdPageCompressor(1);
        this.output = new ClosableOutputFile(path);
        this.writers = new ColumnWriter[descriptors.size()];
        this.file = output.start(schema, rowGroupBytes, properties, compressor);
        startGroup();
    }

    /**
     * @return one writer per column in schema order, each taking values with repetition and definition level 0;
     *         valid until the next {@link #endRows(int)}
     */
    public ColumnWriter[] columns() {
        return writers;
    }

    /**
     * Ends a batch: every column has been given {@code rows} more values. Writes a row group when enough is
     * buffered.
     *
     * @param rows the rows of the batch
     * @throws IOException if the file cannot be written
     */
    public void endRows(int rows) throws IOException {
        ColumnWriteStore s = requireStore();
        for (int i = 0; i < rows; i++) {
            // Page size checks: each column counts its page's rows itself, so a page cut here is whole.
            s.endRecord();
        }
        groupRows += rows;
        if (s.getBufferedSize() >= rowGroupBytes) {
            flushGroup();
            startGroup();
        }
    }

    private void startGroup() {
        ColumnChunkPageWriteStore p = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled(), null,
                groupOrdinal);
        ColumnWriteStore s = properties.newColumnWriteStore(schema, p, p);
        for (int c = 0; c < writers.length; c++) {
            writers[c] = s.getColumnWriter(descriptors.get(c));
        }
        pages = p;
        store = s;
    }

    private void flushGroup() throws IOException {
        ColumnWriteStore s = requireStore();
        ColumnChunkPageWriteStore p = pages;
        store = null;
        pages = null;
        try {
            if (groupRows > 0 && p != null) {
                groupOrdinal++;
                file.startBlock(groupRows);
                s.flush();
                p.flushToFileWriter(file);
                file.endBlock();
                groupRows = 0;
            }
        } catch (RuntimeException e) {
            throw ClosableOutputFile.ioCause(e);
        } finally {
            s.close();
            if (p != null) {
                p.close();
            }
        }
    }

    private ColumnWriteStore requireStore() throws IOException {
        ColumnWriteStore s = store;
        if (s == null) {
            throw new IOException(output.getPath() + " was closed or failed"); //$NON-NLS-1$
        }
        return s;
    }

    /**
     * Writes what is buffered and the footer, and closes the file, also when writing fails (a full disk). Closing
     * again does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        output.finish(() -> {
            if (store != null) {
                flushGroup();
                file.end(Map.of());
            }
        }, compressor);
    }

    /** Format 2 encodings, except plain values for fixed-length byte arrays. */
    @NonNullByDefault({})
    private static final class PlainFixedLengthFactory implements ValuesWriterFactory {

        private final ValuesWriterFactory defaults = new DefaultV2ValuesWriterFactory();
        private ParquetProperties properties;

        @Override
        public void initialize(ParquetProperties props) {
            properties = props;
            defaults.initialize(props);
        }

        @Override
        public ValuesWriter newValuesWriter(ColumnDescriptor descriptor) {
            if (descriptor.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
                return new FixedLenByteArrayPlainValuesWriter(descriptor.getTypeLength(),
                        properties.getInitialSlabSize(), properties.getPageSizeThreshold(), properties.getAllocator());
            }
            return defaults.newValuesWriter(descriptor);
        }
    }
}
