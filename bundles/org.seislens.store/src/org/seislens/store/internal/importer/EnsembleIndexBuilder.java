package org.seislens.store.internal.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.read.LongIntMap;

/**
 * Builds the ensemble index of one header key in the import's single pass, then writes
 * {@code ensembles/<key>.parquet}: one row per distinct value in order of first appearance, with
 * {@code value}, {@code trace_count}, {@code first_trace} and {@code trace_indices} (empty when the
 * ensemble's traces are contiguous from {@code first_trace}).
 * <p>
 * Memory grows with the number of distinct values, not with the number of traces: each trace's ensemble
 * ordinal goes to a scratch file (4 bytes a trace), and the trace lists of scattered ensembles are
 * assembled afterwards in a second scratch file, a window of bounded size at a time, with plain channel
 * writes: a full disk is an {@link IOException}, never the {@link InternalError} a memory-mapped file gives.
 * </p>
 */
public final class EnsembleIndexBuilder implements AutoCloseable {

    /** Column names of an ensemble index file. */
    public static final String VALUE = DatasetLayout.ENSEMBLE_VALUE, TRACE_COUNT = DatasetLayout.ENSEMBLE_TRACE_COUNT,
            FIRST_TRACE = DatasetLayout.ENSEMBLE_FIRST_TRACE, TRACE_INDICES = DatasetLayout.ENSEMBLE_TRACE_INDICES;

    private static final int SPILL_BYTES = 1 << 16;
    /** Trace list entries assembled in memory per pass over the ordinals: 8 MB. */
    static final int WINDOW_LONGS = 1 << 20;

    private final String key;
    private final int windowLongs;
    private final Path ordinalFile;
    private final FileChannel ordinals;
    private final ByteBuffer spill = ByteBuffer.allocate(SPILL_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final LongIntMap ordinalOfValue = new LongIntMap(1024);
    private long[] values = new long[1024];
    private long[] firstTrace = new long[1024];
    private long[] lastTrace = new long[1024];
    private int[] traceCount = new int[1024];
    private final BitSet scattered = new BitSet();
    private long traces;

    /**
     * @param key the header key, e.g. {@code "cdp"}
     * @param scratchDir a directory for scratch files, removed by the caller
     * @throws IOException if the scratch file cannot be created
     */
    public EnsembleIndexBuilder(String key, Path scratchDir) throws IOException {
        this(key, scratchDir, WINDOW_LONGS);
    }

    /**
     * @param key the header key, e.g. {@code "cdp"}
     * @param scratchDir a directory for scratch files, removed by the caller
     * @param windowLongs trace list entries assembled in memory per pass (tests make it small to force passes)
     * @throws IOException if the scratch file cannot be created
     */
    public EnsembleIndexBuilder(String key, Path scratchDir, int windowLongs) throws IOException {
        if (windowLongs <= 0) {
            throw new IllegalArgumentException("window of " + windowLongs + " entries"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.windowLongs = windowLongs;
        this.key = key;
        this.ordinalFile = scratchDir.resolve(key + ".ordinals"); //$NON-NLS-1$
        this.ordinals = FileChannel.open(ordinalFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** @return the header key */
    public String key() {
        return key;
    }

    /**
     * Records the next trace. Traces must come in file order, one call each.
     *
     * @param value the trace's value of the key
     * @throws IOException if the scratch file cannot be written
     */
    public void add(long value) throws IOException {
        long trace = traces++;
        int ordinal = ordinalOfValue.get(value);
        if (ordinal < 0) {
            ordinal = ordinalOfValue.size();
            if (ordinal == values.length) {
                int n = ordinal * 2;
                values = Arrays.copyOf(values, n);
                firstTrace = Arrays.copyOf(firstTrace, n);
                lastTrace = Arrays.copyOf(lastTrace, n);
                traceCount = Arrays.copyOf(traceCount, n);
            }
            ordinalOfValue.putNew(value, ordinal);
            values[ordinal] = value;
            firstTrace[ordinal] = trace;
        } else if (lastTrace[ordinal] != trace - 1 && !scattered.get(ordinal)) {
            scattered.set(ordinal);
        }
        lastTrace[ordinal] = trace;
        traceCount[ordinal]++;
        if (!spill.hasRemaining()) {
            flushSpill();
        }
        spill.putInt(ordinal);
    }

    /** @return the number of distinct values seen so far */
    public int ensembleCount() {
        return ordinalOfValue.size();
    }

    /** @return bytes of heap this builder holds */
    public long heapBytes() {
        return ordinalOfValue.byteSize() + values.length * 28L + SPILL_BYTES;
    }

    /**
     * Writes the index after the last trace.
     *
     * @param file the Parquet file to create
     * @throws IOException if a file cannot be read or written
     */
    public void write(Path file) throws IOException {
        flushSpill();
        int count = ensembleCount();
        long[] listStart = new long[count];
        long listed = 0;
        for (int o = scattered.nextSetBit(0); o >= 0; o = scattered.nextSetBit(o + 1)) {
            listStart[o] = listed;
            listed += traceCount[o];
        }
        Path listFile = ordinalFile.resolveSibling(key + ".lists"); //$NON-NLS-1$
        try (FileChannel lists = FileChannel.open(listFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE)) {
            if (listed > 0) {
                scatterTraceLists(listStart, listed, lists);
            }
            MessageType schema = schema();
            EnsembleRow row = new EnsembleRow();
            ListReader listReader = new ListReader(lists);
            try (ParquetRowWriter<EnsembleRow> writer = new ParquetRowWriter<>(file, schema,
                    (c, r) -> emit(c, r, listReader))) {
                for (int o = 0; o < count; o++) {
                    row.ordinal = o;
                    row.listStart = scattered.get(o) ? listStart[o] : -1;
                    writer.write(row);
                }
            }
        }
    }

    /** @return the Parquet schema of an ensemble index */
    public static MessageType schema() {
        return Types.buildMessage().required(PrimitiveTypeName.INT64).named(VALUE)
                .required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(32, true)).named(TRACE_COUNT)
                .required(PrimitiveTypeName.INT64).named(FIRST_TRACE)
                .requiredList().requiredElement(PrimitiveTypeName.INT64).named(TRACE_INDICES)
                .named("ensemble_index"); //$NON-NLS-1$
    }

    @Override
    public void close() throws IOException {
        ordinals.close();
    }

    private void flushSpill() throws IOException {
        spill.flip();
        while (spill.hasRemaining()) {
            ordinals.write(spill);
        }
        spill.clear();
    }

    /**
     * Writes every scattered ensemble's trace list to {@code lists}, in ensemble order: one pass over the
     * ordinals per window of list entries, each window filled in memory and then written.
     */
    private void scatterTraceLists(long[] listStart, long listed, FileChannel lists) throws IOException {
        int window = (int) Math.min(listed, windowLongs);
        ByteBuffer out = ByteBuffer.allocate(window * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer in = ByteBuffer.allocate(SPILL_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (long from = 0; from < listed; from += window) {
            long to = Math.min(listed, from + window);
            long[] next = listStart.clone();
            long position = 0;
            long trace = 0;
            while (true) {
                in.clear();
                int n = ordinals.read(in, position);
                if (n <= 0) {
                    break;
                }
                position += n;
                in.flip();
                while (in.remaining() >= 4) {
                    int o = in.getInt();
                    if (scattered.get(o)) {
                        long at = next[o]++;
                        if (at >= from && at < to) {
                            out.putLong((int) (at - from) * Long.BYTES, trace);
                        }
                    }
                    trace++;
                }
            }
            out.clear().limit((int) (to - from) * Long.BYTES);
            long at = from * Long.BYTES;
            while (out.hasRemaining()) {
                at += lists.write(out, at);
            }
        }
    }

    /** Reads the trace lists back in order, as the rows are written. */
    private static final class ListReader {
        private final FileChannel lists;
        private final ByteBuffer buffer = ByteBuffer.allocate(SPILL_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        private long position;

        ListReader(FileChannel lists) {
            this.lists = lists;
            buffer.limit(0);
        }

        long next() throws IOException {
            if (buffer.remaining() < Long.BYTES) {
                buffer.compact();
                while (buffer.position() < Long.BYTES) {
                    int n = lists.read(buffer, position);
                    if (n < 0) {
                        throw new IOException("ensemble trace lists ended early"); //$NON-NLS-1$
                    }
                    position += n;
                }
                buffer.flip();
            }
            return buffer.getLong();
        }
    }

    private void emit(RecordConsumer c, EnsembleRow row, ListReader lists) {
        int o = row.ordinal;
        c.startField(VALUE, 0);
        c.addLong(values[o]);
        c.endField(VALUE, 0);
        c.startField(TRACE_COUNT, 1);
        c.addInteger(traceCount[o]);
        c.endField(TRACE_COUNT, 1);
        c.startField(FIRST_TRACE, 2);
        c.addLong(firstTrace[o]);
        c.endField(FIRST_TRACE, 2);
        c.startField(TRACE_INDICES, 3);
        c.startGroup();
        if (row.listStart >= 0) {
            c.startField("list", 0); //$NON-NLS-1$
            for (long i = row.listStart, end = row.listStart + traceCount[o]; i < end; i++) {
                c.startGroup();
                c.startField("element", 0); //$NON-NLS-1$
                try {
                    c.addLong(lists.next());
                } catch (IOException e) {
                    // Parquet's row emitter cannot throw checked exceptions; ParquetRowWriter unwraps this.
                    throw new UncheckedIOException(e);
                }
                c.endField("element", 0); //$NON-NLS-1$
                c.endGroup();
            }
            c.endField("list", 0); //$NON-NLS-1$
        }
        c.endGroup();
        c.endField(TRACE_INDICES, 3);
    }

    private static final class EnsembleRow {
        int ordinal;
        long listStart;
    }
}
