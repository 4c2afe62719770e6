package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
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
 * assembled afterwards in a memory-mapped scratch file.
 * </p>
 */
public final class EnsembleIndexBuilder implements AutoCloseable {

    /** Column names of an ensemble index file. */
    public static final String VALUE = DatasetLayout.ENSEMBLE_VALUE, TRACE_COUNT = DatasetLayout.ENSEMBLE_TRACE_COUNT,
            FIRST_TRACE = DatasetLayout.ENSEMBLE_FIRST_TRACE, TRACE_INDICES = DatasetLayout.ENSEMBLE_TRACE_INDICES;

    private static final int SPILL_BYTES = 1 << 16;
    private static final long MAP_SEGMENT_LONGS = 1L << 27; // 1 GiB of longs per mapping

    private final String key;
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
            LongBuffer[] segments = map(lists, listed);
            if (listed > 0) {
                scatterTraceLists(listStart.clone(), segments);
            }
            MessageType schema = schema();
            EnsembleRow row = new EnsembleRow();
            try (ParquetRowWriter<EnsembleRow> writer = new ParquetRowWriter<>(file, schema,
                    (c, r) -> emit(c, r, segments))) {
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

    private void scatterTraceLists(long[] next, LongBuffer[] segments) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(SPILL_BYTES).order(ByteOrder.LITTLE_ENDIAN);
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
                    segments[(int) (at / MAP_SEGMENT_LONGS)].put((int) (at % MAP_SEGMENT_LONGS), trace);
                }
                trace++;
            }
        }
    }

    private static LongBuffer[] map(FileChannel channel, long longs) throws IOException {
        int n = (int) ((longs + MAP_SEGMENT_LONGS - 1) / MAP_SEGMENT_LONGS);
        LongBuffer[] segments = new LongBuffer[n];
        for (int i = 0; i < n; i++) {
            long start = i * MAP_SEGMENT_LONGS;
            long size = Math.min(MAP_SEGMENT_LONGS, longs - start);
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, start * 8, size * 8);
            segments[i] = mapped.order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        }
        return segments;
    }

    private void emit(RecordConsumer c, EnsembleRow row, LongBuffer[] segments) {
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
                c.addLong(segments[(int) (i / MAP_SEGMENT_LONGS)].get((int) (i % MAP_SEGMENT_LONGS)));
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
