package org.seislens.store.internal.qc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.seislens.core.DatasetException;
import org.seislens.store.internal.importer.ParquetRowWriter;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * Writes {@code qc/attributes.parquet} in trace order while the traces' results come in, so that writing overlaps
 * the analysis: into a hidden temporary sibling that {@link #commit()} renames over the old file, so readers see
 * the old or the new file, never half of one; {@link #close()} without a commit deletes the temporary file.
 */
final class AttributeFileWriter implements AutoCloseable {

    private static final Binary NO_FLAGS = Binary.fromConstantByteArray(new byte[0]);

    private final Path target;
    private final Path temporary;
    private final double[][] values;
    private final String[] flags;
    private final ParquetRowWriter<Integer> writer;
    private int written;
    private boolean closed;

    /**
     * @param layout the dataset
     * @param values {@code values[attribute][trace]}, filled in while this writes
     * @param flags {@code flags[trace]}, filled in while this writes
     * @throws DatasetException naming the file if it cannot be created
     */
    AttributeFileWriter(DatasetLayout layout, double[][] values, String[] flags) throws DatasetException {
        this.target = layout.qcAttributes();
        String name = "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        this.temporary = target.resolveSibling(name);
        this.values = values;
        this.flags = flags;
        try {
            Files.createDirectories(target.getParent());
            this.writer = new ParquetRowWriter<>(temporary, QcFiles.attributeSchema(), this::emit);
        } catch (IOException e) {
            throw failure(e);
        }
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
        try {
            for (; written < end; written++) {
                writer.write(written);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Writes the remaining rows and puts the file in place.
     *
     * @throws DatasetException naming the file if it cannot be written
     */
    void commit() throws DatasetException {
        writeUpTo(flags.length);
        closed = true;
        try {
            writer.close();
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
            try {
                writer.close();
            } catch (IOException e) {
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

    private void emit(RecordConsumer c, Integer boxed) {
        int row = boxed;
        c.startField(DatasetLayout.TRACE_INDEX, 0);
        c.addLong(row);
        c.endField(DatasetLayout.TRACE_INDEX, 0);
        int columns = values.length;
        for (int a = 0; a < columns; a++) {
            String name = TraceAttributes.NAMES.get(a);
            c.startField(name, a + 1);
            c.addDouble(values[a][row]);
            c.endField(name, a + 1);
        }
        String f = flags[row];
        c.startField(QcFiles.FLAGS, columns + 1);
        c.addBinary(f.isEmpty() ? NO_FLAGS : Binary.fromString(f));
        c.endField(QcFiles.FLAGS, columns + 1);
    }

    private DatasetException failure(IOException e) {
        return new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
    }
}
