package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.QcAttributes;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.read.ReadCodecs;

/**
 * {@code qc/attributes.parquet} as {@link AttributeFileWriter} writes it, read back through {@link QcFiles} and
 * parquet-hadoop's file reader: every value bit for bit, in rows written in uneven runs and by the commit.
 */
class AttributeFileWriterTest {

    @TempDir
    Path directory;

    private final ExecutorService opener = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        opener.shutdownNow();
    }

    @Test
    void valuesAndFlagsReadBackExactly() throws Exception {
        int traces = 70_001; // more than one page of each column
        Random random = new Random(15);
        double[][] values = new double[TraceAttributes.NAMES.size()][traces];
        String[] flags = new String[traces];
        double[] special = { Double.NaN, Double.longBitsToDouble(0xfff8_0000_0000_0001L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300 };
        for (int t = 0; t < traces; t++) {
            for (int a = 0; a < values.length; a++) {
                values[a][t] = t % 97 == a ? special[(t / 97 + a) % special.length] : random.nextGaussian() * 1e3;
            }
            flags[t] = t % 50 == 0 ? "dead" : t % 333 == 0 ? "weak,spike" : t == 7 ? "réversed" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        DatasetLayout layout = new DatasetLayout(directory);
        try (AttributeFileWriter file = new AttributeFileWriter(layout, values, flags, opener)) {
            file.writeUpTo(0);
            file.writeUpTo(1);
            file.writeUpTo(2_000);
            file.writeUpTo(1_500); // already written: nothing
            file.writeUpTo(41_234);
            assertEquals(41_234, file.written());
            assertFalse(Files.exists(layout.qcAttributes()), "nothing is in place before the commit");
            file.commit();
        }
        try (var files = Files.list(layout.qc())) {
            assertEquals(List.of(layout.qcAttributes()), files.toList(), "no temporary file is left");
        }

        QcAttributes read = QcFiles.readAttributes(layout);
        assertEquals(TraceAttributes.NAMES, List.copyOf(read.values().keySet()));
        assertEquals(traces, read.traceIndices().length);
        for (int t = 0; t < traces; t++) {
            assertEquals(t, read.traceIndices()[t]);
        }
        for (int a = 0; a < values.length; a++) {
            String name = TraceAttributes.NAMES.get(a);
            double[] got = read.values().get(name);
            for (int t = 0; t < traces; t++) {
                // bits: -0.0 is not 0.0; every NaN is read as Java's one NaN, as Parquet's own writer writes it
                assertEquals(Double.doubleToLongBits(values[a][t]), Double.doubleToRawLongBits(got[t]),
                        name + " of trace " + t);
            }
        }
        assertEquals(Arrays.asList(flags), read.flags());

        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(layout.qcAttributes()),
                ReadCodecs.options())) {
            assertEquals(QcFiles.attributeSchema(), reader.getFooter().getFileMetaData().getSchema());
            assertEquals(traces, reader.getRecordCount());
            for (BlockMetaData block : reader.getFooter().getBlocks()) {
                for (ColumnChunkMetaData column : block.getColumns()) {
                    String name = column.getPath().toDotString();
                    assertEquals(CompressionCodecName.ZSTD, column.getCodec(), name);
                    Statistics<?> s = column.getStatistics();
                    if (name.equals(DatasetLayout.TRACE_INDEX)) {
                        assertTrue(s.hasNonNullValue(), name);
                        assertEquals(0L, s.genericGetMin());
                        assertEquals(traces - 1L, s.genericGetMax());
                    } else {
                        assertFalse(s.hasNonNullValue(), name + " has no min/max statistics");
                    }
                }
            }
        }
    }

    /** Row groups of several pages, the last page and group short: the rows read back in order. */
    @Test
    void rowGroupsOfSeveralPages() throws Exception {
        int traces = 2_345;
        double[][] values = new double[TraceAttributes.NAMES.size()][traces];
        String[] flags = new String[traces];
        for (int t = 0; t < traces; t++) {
            for (int a = 0; a < values.length; a++) {
                values[a][t] = t * 10.0 + a;
            }
            flags[t] = t % 100 == 0 ? "spike" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        }
        DatasetLayout layout = new DatasetLayout(directory);
        Files.createDirectories(layout.qc());
        try (AttributePages pages = new AttributePages(layout.qcAttributes(), 1_000)) {
            for (int from = 0; from < traces; from += 300) {
                pages.write(values, flags, from, Math.min(traces, from + 300));
            }
        }
        QcAttributes read = QcFiles.readAttributes(layout);
        assertEquals(traces, read.traceIndices().length);
        for (int t = 0; t < traces; t++) {
            assertEquals(t, read.traceIndices()[t]);
            for (int a = 0; a < values.length; a++) {
                assertEquals(t * 10.0 + a, read.values().get(TraceAttributes.NAMES.get(a))[t]);
            }
        }
        assertEquals(Arrays.asList(flags), read.flags());
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(layout.qcAttributes()),
                ReadCodecs.options())) {
            List<BlockMetaData> groups = reader.getFooter().getBlocks();
            assertEquals(List.of(900L, 900L, 545L), groups.stream().map(BlockMetaData::getRowCount).toList());
            assertEquals(900L, groups.get(1).getColumns().get(0).getStatistics().genericGetMin());
            assertEquals(1_799L, groups.get(1).getColumns().get(0).getStatistics().genericGetMax());
        }
    }

    @Test
    void closingWithoutCommitKeepsTheOldFile() throws Exception {
        DatasetLayout layout = new DatasetLayout(directory);
        double[][] values = new double[TraceAttributes.NAMES.size()][3];
        String[] flags = { "", "dead", "" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (AttributeFileWriter file = new AttributeFileWriter(layout, values, flags, opener)) {
            file.commit();
        }
        byte[] committed = Files.readAllBytes(layout.qcAttributes());
        values[0][1] = 42;
        try (AttributeFileWriter file = new AttributeFileWriter(layout, values, flags, opener)) {
            file.writeUpTo(2);
        }
        try (var files = Files.list(layout.qc())) {
            assertEquals(List.of(layout.qcAttributes()), files.toList(), "no temporary file is left");
        }
        assertTrue(Arrays.equals(committed, Files.readAllBytes(layout.qcAttributes())));
        assertEquals(List.of("", "dead", ""), QcFiles.readAttributes(layout).flags()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
