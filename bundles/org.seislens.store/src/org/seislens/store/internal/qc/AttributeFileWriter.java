package org.seislens.store.internal.qc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.HelpedTasks;
import org.seislens.store.internal.importer.ParquetColumnsWriter;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Writes {@code qc/attributes.parquet} in trace order while the traces' results come in, so that writing overlaps
 * the analysis: into a hidden temporary sibling that {@link #commit()} renames over the old file, so readers see
 * the old or the new file, never half of one; {@link #close()} without a commit deletes the temporary file. Each
 * run of rows is written column by column straight into Parquet's column writers, and the file (with Parquet's
 * compression codecs, slow to load the first time) is created on another thread while the dataset is opened.
 */
final class AttributeFileWriter implements AutoCloseable {

    private static final Binary NO_FLAGS = Binary.fromConstantByteArray(new byte[0]);
    /** Row groups of about this many buffered bytes (the attributes of 200 000 traces are one). */
    private static final long ROW_GROUP_BYTES = 64L << 20;

    /**
     * The only column given min/max statistics and a column index: readers skip row groups and pages by trace
     * index. Those of the attributes and flags (a comparison per value, and a copy of each new extreme string)
     * took about a fifth of writing the file, which runs while both cores analyse; no reader needs them.
     */
    private static final Set<String> STATISTICS = Set.of(DatasetLayout.TRACE_INDEX);

    private final Path target;
    private final Path temporary;
    private final double[][] values;
    private final String[] flags;
    private final Future<ParquetColumnsWriter> opening;
    private @Nullable ParquetColumnsWriter writer;
    private int written;
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
                return new ParquetColumnsWriter(temporary, QcFiles.attributeSchema(), STATISTICS, ROW_GROUP_BYTES);
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
     * Writes the rows of the traces from {@link #written()} up to {@code end}, whose results are final.
     *
     * @param end the trace after the last to write
     * @throws DatasetException naming the file if it cannot be written
     */
    void writeUpTo(int end) throws DatasetException {
        if (end <= written) {
            return;
        }
        ParquetColumnsWriter w = open();
        try {
            ColumnWriter[] columns = w.columns();
            ColumnWriter index = columns[0];
            for (int t = written; t < end; t++) {
                index.write((long) t, 0, 0);
            }
            for (int a = 0; a < values.length; a++) {
                double[] v = values[a];
                ColumnWriter c = columns[a + 1];
                for (int t = written; t < end; t++) {
                    c.write(v[t], 0, 0);
                }
            }
            ColumnWriter f = columns[values.length + 1];
            for (int t = written; t < end; t++) {
                String reasons = flags[t];
                f.write(reasons.isEmpty() ? NO_FLAGS : Binary.fromString(reasons), 0, 0);
            }
            w.endRows(end - written);
            written = end;
        } catch (IOException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw failure(new IOException(e.getMessage(), e));
        }
    }

    /** @return the file's writer, once it is created */
    private ParquetColumnsWriter open() throws DatasetException {
        ParquetColumnsWriter w = writer;
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
        ParquetColumnsWriter w = open();
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
