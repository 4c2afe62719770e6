package org.seislens.store.internal.qc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.values.delta.DeltaBinaryPackingValuesWriterForLong;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.schema.MessageType;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.store.internal.importer.ClosableOutputFile;
import org.seislens.store.internal.importer.ZstdPageCompressor;

/**
 * The Parquet file of QC attributes, written a run of rows at a time as one format 2 data page per column, each
 * page's values encoded in one loop straight from the arrays: {@code trace_index} delta encoded (a counting
 * column packs to almost nothing) with min/max statistics, the attributes as plain little-endian doubles and
 * {@code flags} as plain strings (length and UTF-8 bytes; almost all are empty), neither with statistics; pages
 * compressed with ZSTD level 1 through zstd-jni, row groups of a given number of rows at most. Parquet's column
 * writers, which {@code ParquetColumnsWriter} uses for wide header tables, take several calls per value (levels,
 * statistics, size checks, the values writer's stream): for these seven columns that was most of the cost of
 * writing the file on the thread that runs while both cores analyse. Used by one thread at a time.
 */
final class AttributePages implements AutoCloseable {

    /** Rows in a row group: the pages of a group are held (compressed) until it is written. */
    static final int GROUP_ROWS = 1 << 20;

    private static final byte[] NO_BYTES = new byte[0];
    /** The file writer's row group size, for alignment only: groups are cut by rows. */
    private static final long GROUP_BYTES = 64L << 20;

    private final MessageType schema = QcFiles.attributeSchema();
    private final List<ColumnDescriptor> columns = schema.getColumns();
    private final ParquetProperties properties = ParquetProperties.builder()
            .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0).build();
    private final ZstdPageCompressor compressor = new ZstdPageCompressor(1);
    private final int maxGroupRows;
    private final ClosableOutputFile output;
    private final ParquetFileWriter file;
    private @Nullable ColumnChunkPageWriteStore pages;
    private int groupRows;
    private int groupOrdinal;
    private boolean closed;

    /**
     * @param path the file to create; it must not exist
     * @param maxGroupRows rows after which a row group ends, such as {@link #GROUP_ROWS}
     * @throws IOException if the file cannot be created
     */
    AttributePages(Path path, int maxGroupRows) throws IOException {
        this.maxGroupRows = maxGroupRows;
        this.output = new ClosableOutputFile(path);
        this.file = output.start(schema, GROUP_BYTES, properties, compressor);
    }

    /**
     * Writes the rows of traces {@code from} to {@code to} (exclusive) as one page per column.
     *
     * @param values {@code values[attribute][trace]}
     * @param flags {@code flags[trace]}
     * @param from the first trace, the trace after the rows written so far
     * @param to the trace after the last
     * @throws IOException if the file cannot be written
     */
    void write(double[][] values, String[] flags, int from, int to) throws IOException {
        if (closed) {
            throw new IOException(output.getPath() + " was closed"); //$NON-NLS-1$
        }
        int rows = to - from;
        if (rows <= 0) {
            return;
        }
        try {
            if (groupRows + rows > maxGroupRows && groupRows > 0) {
                flushGroup();
            }
            ColumnChunkPageWriteStore p = pages;
            if (p == null) {
                p = new ColumnChunkPageWriteStore(compressor, schema, properties.getAllocator(),
                        properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled(), null,
                        groupOrdinal);
                pages = p;
            }
            writeIndex(p, from, to);
            for (int a = 0; a < values.length; a++) {
                ColumnDescriptor c = columns.get(a + 1);
                p.getPageWriter(c).writePageV2(rows, 0, rows, BytesInput.empty(), BytesInput.empty(), Encoding.PLAIN,
                        BytesInput.from(doubles(values[a], from, to)), Statistics.noopStats(c.getPrimitiveType()));
            }
            ColumnDescriptor f = columns.get(values.length + 1);
            p.getPageWriter(f).writePageV2(rows, 0, rows, BytesInput.empty(), BytesInput.empty(), Encoding.PLAIN,
                    BytesInput.from(strings(flags, from, to)), Statistics.noopStats(f.getPrimitiveType()));
            groupRows += rows;
        } catch (RuntimeException e) {
            throw ClosableOutputFile.ioCause(e);
        }
    }

    private void writeIndex(ColumnChunkPageWriteStore p, int from, int to) throws IOException {
        ColumnDescriptor c = columns.get(0);
        int rows = to - from;
        DeltaBinaryPackingValuesWriterForLong index = new DeltaBinaryPackingValuesWriterForLong(
                properties.getInitialSlabSize(), properties.getPageSizeThreshold(), properties.getAllocator());
        try {
            for (int t = from; t < to; t++) {
                index.writeLong(t);
            }
            Statistics<?> statistics = Statistics.createStats(c.getPrimitiveType());
            statistics.updateStats((long) from);
            statistics.updateStats((long) to - 1);
            p.getPageWriter(c).writePageV2(rows, 0, rows, BytesInput.empty(), BytesInput.empty(),
                    Encoding.DELTA_BINARY_PACKED, index.getBytes(), statistics);
        } finally {
            index.close();
        }
    }

    /** @return the values' plain encoding: each as 8 little-endian bytes, NaN as Java's one NaN */
    private static byte[] doubles(double[] values, int from, int to) {
        byte[] bytes = new byte[(to - from) * Double.BYTES];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        // One bulk copy; then NaNs, whose bits the arithmetic leaves as it pleases, as Double.doubleToLongBits
        // gives them (what Parquet's plain values writer writes).
        b.asDoubleBuffer().put(values, from, to - from);
        for (int t = from; t < to; t++) {
            double v = values[t];
            if (v != v) {
                b.putLong((t - from) * Double.BYTES, Double.doubleToLongBits(v));
            }
        }
        return bytes;
    }

    /** @return the strings' plain encoding: each as its UTF-8 length (4 little-endian bytes) and bytes */
    private static byte[] strings(String[] strings, int from, int to) {
        int size = (to - from) * Integer.BYTES;
        byte[][] encoded = new byte[to - from][];
        for (int t = from; t < to; t++) {
            byte[] e = strings[t].isEmpty() ? NO_BYTES : strings[t].getBytes(StandardCharsets.UTF_8);
            encoded[t - from] = e;
            size += e.length;
        }
        byte[] bytes = new byte[size];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (byte[] e : encoded) {
            b.putInt(e.length).put(e);
        }
        return bytes;
    }

    private void flushGroup() throws IOException {
        ColumnChunkPageWriteStore p = pages;
        pages = null;
        if (p == null) {
            return;
        }
        try {
            groupOrdinal++;
            file.startBlock(groupRows);
            p.flushToFileWriter(file);
            file.endBlock();
            groupRows = 0;
        } finally {
            p.close();
        }
    }

    /**
     * Writes the last row group and the footer, and closes the file, also when writing fails (a full disk).
     * Closing again does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        output.finish(() -> {
            flushGroup();
            file.end(Map.of());
        }, compressor);
    }
}
