package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A local Parquet output file that keeps hold of the stream Parquet opens on it, so that the stream can be
 * closed whatever happened: after a failed write (a full disk) Parquet leaves it open, which would keep the
 * space of a deleted file in use. The page writers of the store ({@link ParquetColumnsWriter}, QC's attribute
 * pages) {@link #start} and {@link #finish} their files through it.
 */
// Parquet's API carries no null annotations: its overrides are left unconstrained.
@NonNullByDefault({})
public final class ClosableOutputFile implements OutputFile {

    private final OutputFile file;
    private PositionOutputStream stream;

    /**
     * @param path the file to write
     */
    public ClosableOutputFile(Path path) {
        this.file = new LocalOutputFile(path);
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
        stream = file.create(blockSizeHint);
        return stream;
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
        stream = file.createOrOverwrite(blockSizeHint);
        return stream;
    }

    @Override
    public boolean supportsBlockSize() {
        return file.supportsBlockSize();
    }

    @Override
    public long defaultBlockSize() {
        return file.defaultBlockSize();
    }

    @Override
    public String getPath() {
        return file.getPath();
    }

    /**
     * Closes the stream if Parquet opened one and it is not closed yet.
     *
     * @throws IOException if closing fails
     */
    public void closeStream() throws IOException {
        PositionOutputStream open = stream;
        stream = null;
        if (open != null) {
            open.close();
        }
    }

    /**
     * Closes the stream after the writer's own closing, whatever became of it: the first failure is thrown, a
     * later one added to it as suppressed.
     *
     * @param failure what closing the writer threw, or {@code null}
     * @throws IOException the first failure
     */
    public void closeStreamAfter(@Nullable IOException failure) throws IOException {
        try {
            closeStream();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Starts a Parquet file on this output; when that fails, closes the stream and releases the page compressor.
     *
     * @param schema the file's schema
     * @param rowGroupBytes the row group size the file writer aligns to
     * @param properties the writer's properties
     * @param compressor the page compressor the file's writer uses
     * @return the started file writer
     * @throws IOException if the file cannot be created
     */
    public ParquetFileWriter start(MessageType schema, long rowGroupBytes, ParquetProperties properties,
            BytesInputCompressor compressor) throws IOException {
        try {
            ParquetFileWriter file = new ParquetFileWriter(this, schema, ParquetFileWriter.Mode.CREATE, rowGroupBytes,
                    ParquetWriter.MAX_PADDING_SIZE_DEFAULT, null, properties);
            file.start();
            return file;
        } catch (IOException | RuntimeException e) {
            closeStream();
            compressor.release();
            throw e instanceof RuntimeException re ? ioCause(re) : (IOException) e;
        }
    }

    /**
     * Ends a Parquet file on this output: runs {@code ending} (the last row group and the footer), then releases
     * the page compressor and closes the stream, also when writing fails (a full disk).
     *
     * @param ending writes what is left and the footer
     * @param compressor the page compressor the file's writer used
     * @throws IOException the first failure
     */
    public void finish(Ending ending, BytesInputCompressor compressor) throws IOException {
        IOException failure = null;
        try {
            ending.run();
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = ioCause(e);
        } finally {
            compressor.release();
        }
        closeStreamAfter(failure);
    }

    /** What a writer writes last into its file before it is closed. */
    @FunctionalInterface
    public interface Ending {

        /**
         * @throws IOException if writing fails
         */
        void run() throws IOException;
    }

    /**
     * Parquet wraps some write failures (a full disk among them) in unchecked exceptions: those are I/O errors
     * the user can act on, not defects.
     *
     * @param e what Parquet threw
     * @return the I/O error inside it
     * @throws RuntimeException {@code e} itself when it holds no I/O error
     */
    public static IOException ioCause(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        throw e;
    }
}
