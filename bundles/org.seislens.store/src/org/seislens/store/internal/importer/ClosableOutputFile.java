package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A local Parquet output file that keeps hold of the stream Parquet opens on it, so that the stream can be
 * closed whatever happened: after a failed write (a full disk) Parquet leaves it open, which would keep the
 * space of a deleted file in use.
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
