package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.store.internal.importer.EnsembleIndexBuilder;

class EnsembleIndexBuilderTest {

    @TempDir
    Path dir;

    @Test
    void contiguousShotsHaveEmptyTraceLists() throws Exception {
        Path file = dir.resolve("field_record.parquet");
        try (EnsembleIndexBuilder builder = new EnsembleIndexBuilder("field_record", dir)) {
            for (int shot = 0; shot < 50; shot++) {
                for (int ch = 0; ch < 120; ch++) {
                    builder.add(9000 - shot);
                }
            }
            assertEquals(50, builder.ensembleCount());
            builder.write(file);
        }
        List<Group> rows = ParquetFiles.rows(file);
        assertEquals(50, rows.size());
        for (int shot = 0; shot < 50; shot++) {
            Group row = rows.get(shot);
            assertEquals(9000 - shot, row.getLong("value", 0));
            assertEquals(120, row.getInteger("trace_count", 0));
            assertEquals(shot * 120L, row.getLong("first_trace", 0));
            assertEquals(0, ParquetFiles.longList(row, "trace_indices").length);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "scratch files are removed");
        }
    }

    @Test
    void scatteredCdpsListEveryTraceInFileOrder() throws Exception {
        // A shot-ordered 2-D line: shot s, channel c lands in CDP 2s + c, so each CDP gathers traces of
        // several shots, in order of first appearance.
        int shots = 30;
        int channels = 24;
        Path file = dir.resolve("cdp.parquet");
        try (EnsembleIndexBuilder builder = new EnsembleIndexBuilder("cdp", dir)) {
            for (int s = 0; s < shots; s++) {
                for (int c = 0; c < channels; c++) {
                    builder.add(2L * s + c);
                }
            }
            builder.write(file);
        }
        List<Group> rows = ParquetFiles.rows(file);
        assertEquals(2 * (shots - 1) + channels, rows.size());
        for (Group row : rows) {
            long cdp = row.getLong("value", 0);
            long[] expected = java.util.stream.LongStream.range(0, (long) shots * channels)
                    .filter(t -> 2 * (t / channels) + t % channels == cdp).toArray();
            assertEquals(expected.length, row.getInteger("trace_count", 0), "fold of cdp " + cdp);
            assertEquals(expected[0], row.getLong("first_trace", 0));
            long[] listed = ParquetFiles.longList(row, "trace_indices");
            if (expected.length > 1) {
                assertArrayEquals(expected, listed, "traces of cdp " + cdp);
            } else {
                assertEquals(0, listed.length);
            }
        }
        // Ensembles come in order of first appearance: CDP 0..23 from shot 0, then 24, 25 from shot 1...
        assertEquals(0, rows.get(0).getLong("value", 0));
        assertEquals(24, rows.get(24).getLong("value", 0));
    }

    /** Trace lists longer than the in-memory window are assembled in several passes, to the same result. */
    @Test
    void traceListsAssembledInSmallWindowsAreTheSame() throws Exception {
        int shots = 30;
        int channels = 24;
        List<List<Group>> results = new java.util.ArrayList<>();
        for (int window : new int[] { 1 << 20, 7, 1 }) {
            Path file = dir.resolve("cdp-" + window + ".parquet");
            try (EnsembleIndexBuilder builder = new EnsembleIndexBuilder("cdp", dir, window)) {
                for (int s = 0; s < shots; s++) {
                    for (int c = 0; c < channels; c++) {
                        builder.add(2L * s + c);
                    }
                }
                builder.write(file);
            }
            results.add(ParquetFiles.rows(file));
        }
        for (List<Group> rows : results.subList(1, results.size())) {
            assertEquals(results.get(0).size(), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                assertArrayEquals(ParquetFiles.longList(results.get(0).get(r), "trace_indices"),
                        ParquetFiles.longList(rows.get(r), "trace_indices"), "row " + r);
                assertEquals(results.get(0).get(r).getLong("value", 0), rows.get(r).getLong("value", 0));
            }
        }
        assertTrue(ParquetFiles.longList(results.get(2).get(30), "trace_indices").length > 1);
    }

    @Test
    void oneTraceEnsemblesAndRepeatsAfterAGap() throws Exception {
        Path file = dir.resolve("offset.parquet");
        long[] keys = { 5, 5, 7, 5, 9 };
        try (EnsembleIndexBuilder builder = new EnsembleIndexBuilder("offset", dir)) {
            for (long k : keys) {
                builder.add(k);
            }
            builder.write(file);
        }
        List<Group> rows = ParquetFiles.rows(file);
        assertEquals(3, rows.size());
        assertArrayEquals(new long[] { 0, 1, 3 }, ParquetFiles.longList(rows.get(0), "trace_indices"));
        assertEquals(0, ParquetFiles.longList(rows.get(1), "trace_indices").length);
        assertEquals(2, rows.get(1).getLong("first_trace", 0));
        assertEquals(4, rows.get(2).getLong("first_trace", 0));
    }
}
