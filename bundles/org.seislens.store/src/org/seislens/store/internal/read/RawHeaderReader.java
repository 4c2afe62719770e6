package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.store.internal.storage.PathInputFile;

/**
 * Reads the {@code raw} column of headers.parquet, the 240 source bytes of each trace header, as a cursor:
 * it keeps its place, so reading forward decodes each page once, and a jump opens the row group that holds
 * the wanted trace. Memory is one row group's compressed column chunk, whatever the survey's size.
 * <p>
 * A column written the way the importer writes it is read straight from its pages ({@link RawHeaderPages},
 * no Hadoop); any other is read through parquet-hadoop's {@link ParquetFileReader}.
 */
final class RawHeaderReader implements AutoCloseable {

    /** Bytes of one standard trace header. */
    static final int HEADER_BYTES = 240;
    private static final String RAW = "raw"; //$NON-NLS-1$

    private final Path file;
    private final long traceCount;
    private final ByteOrder byteOrder;
    private @Nullable ParquetFileReader reader;
    private @Nullable RawHeaderPages pages;
    /** Whether the file was found not to suit {@link RawHeaderPages}. */
    private boolean general;
    private @Nullable ColumnReader column;
    private MessageType projection = new MessageType("empty"); //$NON-NLS-1$
    private int maxDefinition;
    private long[] groupStarts = new long[0];
    private int group = -1;
    private long position;
    private long groupEnd;

    /**
     * @param file headers.parquet
     * @param traceCount the dataset's traces
     * @param byteOrder the order the bytes are in (the source's), given to the buffers returned
     */
    RawHeaderReader(Path file, long traceCount, ByteOrder byteOrder) {
        this.file = file;
        this.traceCount = traceCount;
        this.byteOrder = byteOrder;
    }

    /**
     * Reads a file's first raw header straight from its pages and forgets it: what a runtime's first header read
     * loads (zstd-jni's binding, parquet-format's classes) is then loaded. Never fails: a file that cannot be read
     * is reported by the reads of its dataset.
     *
     * @param file headers.parquet
     * @return whether the header was read
     */
    static boolean warmUp(Path file) {
        try (RawHeaderPages p = RawHeaderPages.open(file)) {
            if (p == null || p.rows() == 0) {
                return false;
            }
            p.read(0, 1, ByteBuffer.allocate(HEADER_BYTES), 0);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * @param first the first trace
     * @param count the number of traces
     * @param monitor cancellation, checked per row group
     * @return the headers, {@code count * 240} bytes
     * @throws DatasetException naming headers.parquet if it has no raw column or cannot be read
     */
    synchronized ByteBuffer read(long first, int count, IProgressMonitor monitor) throws DatasetException {
        if (first < 0 || count < 0 || first + count > traceCount) {
            throw new IllegalArgumentException("Traces " + first + " + " + count + " outside " + traceCount); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        ByteBuffer out = ByteBuffer.allocate(count * HEADER_BYTES).order(byteOrder);
        if (!general && readPages(first, count, out)) {
            return out;
        }
        try {
            ParquetFileReader r = open();
            if (column == null || first < position || first >= groupEnd) {
                seekGroup(r, first);
            }
            skip(first - position);
            for (int i = 0; i < count; i++) {
                if (position >= groupEnd) {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    load(r, group + 1);
                }
                ColumnReader c = column;
                if (c == null) {
                    throw new IllegalStateException();
                }
                if (c.getCurrentDefinitionLevel() == maxDefinition) {
                    Binary bytes = c.getBinary();
                    if (bytes.length() != HEADER_BYTES) {
                        throw new DatasetException(file, "trace " + position + " has " + bytes.length() //$NON-NLS-1$ //$NON-NLS-2$
                                + " raw header bytes, not " + HEADER_BYTES); //$NON-NLS-1$
                    }
                    ByteBuffer src = bytes.toByteBuffer();
                    out.put(i * HEADER_BYTES, src, src.position(), HEADER_BYTES);
                }
                c.consume();
                position++;
            }
        } catch (OperationCanceledException | IllegalStateException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            close();
            throw new DatasetException(file, "raw trace headers cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return out;
    }

    /**
     * Reads through {@link RawHeaderPages} when the file suits it.
     *
     * @return whether the headers were read; {@code false} when the general reader must read them
     */
    private boolean readPages(long first, int count, ByteBuffer out) throws DatasetException {
        try {
            RawHeaderPages p = pages;
            if (p == null) {
                p = RawHeaderPages.open(file);
                if (p == null) {
                    general = true;
                    return false;
                }
                if (p.rows() != traceCount) {
                    p.close();
                    throw new DatasetException(file, "has " + p.rows() + " rows for " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                pages = p;
            }
            p.read(first, count, out, 0);
            return true;
        } catch (RawHeaderPages.Unexpected e) {
            closePages();
            general = true;
            return false;
        } catch (IOException | RuntimeException e) {
            closePages();
            throw new DatasetException(file, "raw trace headers cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** @return whether the headers are being read straight from the pages, without parquet-hadoop */
    synchronized boolean readsPages() {
        return pages != null;
    }

    private void closePages() {
        RawHeaderPages p = pages;
        pages = null;
        if (p != null) {
            p.close();
        }
    }

    private ParquetFileReader open() throws IOException, DatasetException {
        ParquetFileReader r = reader;
        if (r != null) {
            return r;
        }
        r = ParquetFileReader.open(new PathInputFile(file), ReadCodecs.options());
        MessageType schema = r.getFooter().getFileMetaData().getSchema();
        if (!schema.containsField(RAW) || !schema.getType(RAW).isPrimitive()
                || (schema.getType(RAW).asPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY
                        && schema.getType(RAW).asPrimitiveType()
                                .getPrimitiveTypeName() != PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY)) {
            r.close();
            throw new DatasetException(file, "has no raw header column: import the file again to export it"); //$NON-NLS-1$
        }
        if (r.getRecordCount() != traceCount) {
            r.close();
            throw new DatasetException(file, "has " + r.getRecordCount() + " rows for " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        projection = new MessageType(schema.getName(), schema.getType(RAW));
        r.setRequestedSchema(projection);
        List<BlockMetaData> blocks = r.getRowGroups();
        groupStarts = new long[blocks.size() + 1];
        for (int g = 0; g < blocks.size(); g++) {
            groupStarts[g + 1] = groupStarts[g] + blocks.get(g).getRowCount();
        }
        reader = r;
        return r;
    }

    private void seekGroup(ParquetFileReader r, long trace) throws IOException {
        int g = 0;
        while (g + 1 < groupStarts.length - 1 && groupStarts[g + 1] <= trace) {
            g++;
        }
        load(r, g);
    }

    private void load(ParquetFileReader r, int g) throws IOException {
        PageReadStore pages = r.readRowGroup(g);
        ColumnDescriptor d = projection.getColumnDescription(new String[] { RAW });
        maxDefinition = d.getMaxDefinitionLevel();
        column = new ColumnReadStoreImpl(pages, new GroupRecordConverter(projection).getRootConverter(), projection,
                r.getFooter().getFileMetaData().getCreatedBy()).getColumnReader(d);
        group = g;
        position = groupStarts[g];
        groupEnd = groupStarts[g + 1];
    }

    private void skip(long rows) {
        ColumnReader c = column;
        for (long i = 0; i < rows && c != null; i++) {
            // values are decoded lazily: one not read must be skipped before moving on
            if (c.getCurrentDefinitionLevel() == maxDefinition) {
                c.skip();
            }
            c.consume();
            position++;
        }
    }

    @Override
    public synchronized void close() {
        closePages();
        ParquetFileReader r = reader;
        reader = null;
        column = null;
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                // read-only: nothing is lost
            }
        }
    }
}
