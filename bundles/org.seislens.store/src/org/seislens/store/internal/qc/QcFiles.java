package org.seislens.store.internal.qc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.seislens.core.DatasetException;
import org.seislens.core.QcAttributes;
import org.seislens.core.TraceEdit;
import org.seislens.store.internal.importer.ParquetRowWriter;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.read.ReadCodecs;

/**
 * Reads and writes {@code qc/attributes.parquet} and {@code qc/edits.parquet}. A file is written to a temporary
 * sibling and renamed over the old one, so readers see the old or the new file, never half of one.
 */
final class QcFiles {

    static final String FLAGS = "flags"; //$NON-NLS-1$
    static final String ACTION = "action"; //$NON-NLS-1$
    static final String REASON = "reason"; //$NON-NLS-1$
    static final String TIME = "time"; //$NON-NLS-1$

    private QcFiles() {
        // file access only
    }

    static MessageType attributeSchema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT64).named(DatasetLayout.TRACE_INDEX);
        for (String name : TraceAttributes.NAMES) {
            b.required(PrimitiveTypeName.DOUBLE).named(name);
        }
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(FLAGS);
        return b.named("attributes"); //$NON-NLS-1$
    }

    static MessageType editSchema() {
        return Types.buildMessage().required(PrimitiveTypeName.INT64).named(DatasetLayout.TRACE_INDEX)
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(ACTION)
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(REASON)
                .required(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(TIME)
                .named("edits"); //$NON-NLS-1$
    }

    static void writeEdits(DatasetLayout layout, List<TraceEdit> edits) throws DatasetException {
        write(layout.qcEdits(), editSchema(), edits.size(), (c, row) -> {
            TraceEdit e = edits.get(row);
            c.startField(DatasetLayout.TRACE_INDEX, 0);
            c.addLong(e.traceIndex());
            c.endField(DatasetLayout.TRACE_INDEX, 0);
            c.startField(ACTION, 1);
            c.addBinary(Binary.fromString(e.action().label()));
            c.endField(ACTION, 1);
            c.startField(REASON, 2);
            c.addBinary(Binary.fromString(e.reason()));
            c.endField(REASON, 2);
            c.startField(TIME, 3);
            c.addLong(e.time().toEpochMilli());
            c.endField(TIME, 3);
        });
    }

    static QcAttributes readAttributes(DatasetLayout layout) throws DatasetException {
        Path file = layout.qcAttributes();
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file, "does not exist: run qc on the dataset first"); //$NON-NLS-1$
        }
        List<Group> rows = read(file);
        long[] traces = new long[rows.size()];
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String name : TraceAttributes.NAMES) {
            values.put(name, new double[rows.size()]);
        }
        List<String> flags = new ArrayList<>(rows.size());
        try {
            for (int r = 0; r < rows.size(); r++) {
                Group g = rows.get(r);
                traces[r] = g.getLong(DatasetLayout.TRACE_INDEX, 0);
                for (String name : TraceAttributes.NAMES) {
                    values.get(name)[r] = g.getDouble(name, 0);
                }
                flags.add(g.getString(FLAGS, 0));
            }
        } catch (RuntimeException e) {
            throw new DatasetException(file, "has not the columns of QC attributes: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return new QcAttributes(traces, values, flags);
    }

    static List<TraceEdit> readEdits(DatasetLayout layout) throws DatasetException {
        Path file = layout.qcEdits();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<TraceEdit> edits = new ArrayList<>();
        try {
            for (Group g : read(file)) {
                TraceEdit.Action action = TraceEdit.Action
                        .valueOf(g.getString(ACTION, 0).toUpperCase(Locale.ROOT));
                edits.add(new TraceEdit(g.getLong(DatasetLayout.TRACE_INDEX, 0), action, g.getString(REASON, 0),
                        Instant.ofEpochMilli(g.getLong(TIME, 0))));
            }
        } catch (RuntimeException e) {
            throw new DatasetException(file, "has not the columns of trace edits: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return edits;
    }

    private static List<Group> read(Path file) throws DatasetException {
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), ReadCodecs.options())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages,
                        new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new DatasetException(file, "not a readable Parquet file: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return rows;
    }

    /** Emits row {@code row}. */
    @FunctionalInterface
    private interface Rows {
        void emit(org.apache.parquet.io.api.RecordConsumer consumer, int row);
    }

    private static void write(Path target, MessageType schema, int count, Rows rows) throws DatasetException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try {
            Files.createDirectories(target.getParent());
            try (ParquetRowWriter<Integer> writer = new ParquetRowWriter<>(temporary, schema, rows::emit)) {
                for (int r = 0; r < count; r++) {
                    writer.write(r);
                }
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more to do: the temporary file is hidden and named as such.
            }
        }
    }
}
