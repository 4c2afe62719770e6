package org.seislens.store.internal.qc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.HelpedTasks;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Writes {@code qc/attributes.parquet} in trace order while the traces' results come in, so that writing overlaps
 * the analysis: into a hidden temporary sibling that {@link #commit()} renames over the old file, so readers see
 * the old or the new file, never half of one; {@link #close()} without a commit deletes the temporary file. The
 * rows are written as pages of {@link #PAGE_ROWS} rows per column ({@link AttributePages}) once so many are final,
 * and the file (with Parquet's file writer, slow to load the first time) is created on another thread while the
 * dataset is opened.
 */
final class AttributeFileWriter implements AutoCloseable {

    /** Rows of a page: 512 KiB of each attribute. */
    static final int PAGE_ROWS = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final double[][] values;
    private final String[] flags;
    private final Future<AttributePages> opening;
    private @Nullable AttributePages writer;
    private int written;
    private int paged;
    private boolean closed;

    /**
     * @param layout the dataset
     * @param values {@code values[attribute][trace]}, filled in while this writes
     * @param flags {@code flags[trace]}, filled in while this writes
     * @param opener creates the file
     * @throws DatasetException naming the file if its folder cannot be created
     */
    AttributeFileWriter(DatasetLayout layout, double[][] values, String[] flags, ExecutorService opener)
            throws DatasetException {
        this.target = layout.qcAttributes();
        String name = "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        this.temporary = target.resolveSibling(name);
        this.values = values;
        this.flags = flags;
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw failure(e);
        }
        this.opening = opener.submit(() -> {
            try {
                return new AttributePages(temporary, AttributePages.GROUP_ROWS);
            } catch (IOException e) {
                throw failure(e);
            }
        });
    }

    /** @return how many rows, from trace 0, are written */
    int written() {
        return written;
    }

    /**
     * Takes the rows of the traces from {@link #written()} up to {@code end}, whose results are final, and writes
     * those of the whole pages among the rows taken.
     *
     * @param end the trace after the last to write
     * @throws DatasetException naming the file if it cannot be written
     */
    void writeUpTo(int end) throws DatasetException {
        if (end <= written) {
            return;
        }
        written = end;
        while (written - paged >= PAGE_ROWS) {
            writePage(paged + PAGE_ROWS);
        }
    }

    private void writePage(int end) throws DatasetException {
        AttributePages w = open();
        try {
            w.write(values, flags, paged, end);
            paged = end;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** @return the file's writer, once it is created */
    private AttributePages open() throws DatasetException {
        AttributePages w = writer;
        if (w == null) {
            w = HelpedTasks.result(opening);
            writer = w;
        }
        return w;
    }

    /**
     * Writes the remaining rows and puts the file in place.
     *
     * @throws DatasetException naming the file if it cannot be written
     */
    void commit() throws DatasetException {
        writeUpTo(flags.length);
        if (paged < written) {
            writePage(written);
        }
        AttributePages w = open();
        try {
            w.close();
            closed = true;
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            deleteTemporary();
        }
    }

    /** Abandons the file unless it was committed. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (opening.cancel(false)) {
                return;
            }
            try {
                // Unless it never started, the file is waited for, so that it is deleted and not left behind.
                open().close();
            } catch (IOException | DatasetException | RuntimeException e) {
                // Abandoned anyway.
            }
            deleteTemporary();
        }
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more to do: the temporary file is hidden and named as such.
        }
    }

    private DatasetException failure(IOException e) {
        return new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
    }
}
