package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes rows of one type to a Parquet file through parquet-hadoop, without Hadoop's file system: the file
 * is written with a {@link ClosableOutputFile} and a plain configuration. Each row is emitted straight into
 * Parquet's record consumer, so no intermediate objects are made per value. Wide tables written in batches
 * are faster through {@link ParquetColumnsWriter}.
 *
 * @param <T> the row type
 */
public final class ParquetRowWriter<T> implements AutoCloseable {

    /**
     * Emits the fields of one row between {@code startMessage} and {@code endMessage}.
     *
     * @param <T> the row type
     */
    @FunctionalInterface
    public interface RowEmitter<T> {
        /**
         * @param consumer Parquet's record consumer
         * @param row the row
         */
        void emit(RecordConsumer consumer, T row);
    }

    private final ParquetWriter<T> writer;
    private final ClosableOutputFile file;

    /**
     * @param file the file to create; it must not exist
     * @param schema the rows' schema
     * @param emitter how a row is written
     * @throws IOException if the file cannot be created
     */
    public ParquetRowWriter(Path file, MessageType schema, RowEmitter<T> emitter) throws IOException {
        this(file, schema, emitter, null);
    }

    /**
     * @param file the file to create; it must not exist
     * @param schema the rows' schema
     * @param emitter how a row is written
     * @param statisticsColumns the only columns given min/max statistics and column indexes, or {@code null}
     *            for all: keeping them for every value of a wide table costs more than encoding it
     * @throws IOException if the file cannot be created
     */
    public ParquetRowWriter(Path file, MessageType schema, RowEmitter<T> emitter,
            @Nullable Set<String> statisticsColumns) throws IOException {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        // Header words are constant, counting or run-like: the format 2 delta encoding bit-packs them in
        // blocks, which is both smaller and much faster to write than dictionaries or plain values.
        this.file = new ClosableOutputFile(file);
        Builder<T> builder = new Builder<>(this.file, schema, emitter).withConf(conf)
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                // Level 1: trace headers are small next to the samples, and most of their size is the raw
                // column. Compressed through zstd-jni directly: Parquet's own codec factory parses a Hadoop
                // configuration first (ZstdPageCompressor).
                .withCodecFactory(ZstdPageCompressor.factory(1)).withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withRowGroupSize(64L * 1024 * 1024).withPageSize(1024 * 1024).withDictionaryEncoding(false);
        if (statisticsColumns != null) {
            builder.withStatisticsEnabled(false).withSizeStatisticsEnabled(false);
            for (String column : statisticsColumns) {
                builder.withStatisticsEnabled(column, true);
            }
        }
        writer = builder.build();
    }

    /**
     * @param row the next row
     * @throws IOException if the file cannot be written
     */
    public void write(T row) throws IOException {
        try {
            writer.write(row);
        } catch (RuntimeException e) {
            throw ClosableOutputFile.ioCause(e);
        }
    }

    /**
     * Writes what is buffered and the footer, and closes the file, also when writing fails (a full disk): Parquet
     * leaves its stream open then, which would keep the space of a deleted file in use.
     */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        try {
            writer.close();
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = ClosableOutputFile.ioCause(e);
        }
        file.closeStreamAfter(failure);
    }

    // Parquet's API carries no null annotations: its overrides are left unconstrained.
    @NonNullByDefault({})
    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final MessageType schema;
        private final RowEmitter<T> emitter;

        Builder(OutputFile file, MessageType schema, RowEmitter<T> emitter) {
            super(file);
            this.schema = schema;
            this.emitter = emitter;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return new EmitterWriteSupport<>(schema, emitter);
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return new EmitterWriteSupport<>(schema, emitter);
        }
    }

    @NonNullByDefault({})
    private static final class EmitterWriteSupport<T> extends WriteSupport<T> {

        private final MessageType schema;
        private final RowEmitter<T> emitter;
        private @Nullable RecordConsumer consumer;

        EmitterWriteSupport(MessageType schema, RowEmitter<T> emitter) {
            this.schema = schema;
            this.emitter = emitter;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            consumer = recordConsumer;
        }

        @Override
        public void write(T record) {
            RecordConsumer c = consumer;
            if (c == null) {
                throw new IllegalStateException("Parquet has not prepared the writer"); //$NON-NLS-1$
            }
            c.startMessage();
            emitter.emit(c, record);
            c.endMessage();
        }
    }
}
