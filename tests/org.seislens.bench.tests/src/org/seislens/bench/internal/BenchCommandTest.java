package org.seislens.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.seislens.cli.internal.CommandRunner;
import org.seislens.cli.internal.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code bench import}, {@code bench open} and {@code bench read} as their application runs them: the JSON fields scripts and notes
 * read, and exit code 2 for bad options.
 */
class BenchCommandTest {

    @TempDir
    static Path dir;
    private static IEclipseContext services;
    private static Path source;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void findServices() {
        services = EclipseContextFactory.getServiceContext(
                FrameworkUtil.getBundle(BenchApplication.class).getBundleContext());
        String root = System.getProperty("seislens.testdata", "../shared/testdata");
        source = Path.of(root, "segyio/small.sgy");
    }

    @AfterAll
    static void release() {
        services.dispose();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandRunner(services, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(BenchCommand.class, args);
    }

    private static void assertNumbers(JsonNode json, String... fields) {
        for (String field : fields) {
            assertTrue(json.path(field).isNumber(), field + " in " + json);
        }
    }

    @Test
    void importPrintsItsFigures() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(source), source + " not found: shared test data absent");
        assertEquals(0, run("import", source.toString(), "--runs", "2", "--work-dir", dir.toString(), "--json"),
                err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(source.toAbsolutePath().toString(), json.get("source").asText());
        assertEquals(25, json.get("traces").asLong());
        assertEquals(2, json.get("seconds_all").size());
        assertNumbers(json, "source_bytes", "samples", "runs", "seconds", "mb_per_s", "peak_heap_mb", "max_heap_mb");
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the temporary datasets are deleted");
        }
    }

    @Test
    void readPrintsItsFigures() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(source), source + " not found: shared test data absent");
        Path dataset = dir.resolve("read").resolve("small.seislens");
        Files.createDirectories(dataset.getParent());
        org.seislens.core.SegyImportService importer = services.get(org.seislens.core.SegyImportService.class);
        importer.importFile(source, dataset, org.seislens.core.ImportOptions.defaults(),
                new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(0, run("read", dataset.toString(), "--windows", "4", "--traces", "10", "--samples", "20",
                "--heap-windows", "3", "--pan-steps", "3", "--json"), err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(10, json.get("window_traces").asInt());
        assertEquals(20, json.get("window_samples").asInt());
        assertEquals(4, json.get("windows").asInt());
        assertNumbers(json, "traces", "samples", "seed", "cold_p50_ms", "cold_p99_ms", "hit_p50_ms", "hit_p99_ms",
                "cold_bytes_read", "cold_bytes_read_per_window", "heap_windows", "heap_used_mb", "cache_budget_mb",
                "cache_mb", "cache_entries", "max_heap_mb", "pan_steps", "pan_step_traces", "pan_hit_rate",
                "pan_bytes_read", "pan_bytes_read_per_window", "pan_bytes_read_fraction", "pan_p50_ms");
        assertTrue(json.get("cold_bytes_read").asLong() > 0, json.toString());
        assertNumbers(json, "cold_max_ms", "load_average_before", "load_average_after");
        JsonNode slowest = json.get("cold_slowest");
        JsonNode all = json.get("cold_all");
        assertEquals(1, slowest.get("windows").asInt(), "the slowest 1 % of 4 windows is one window");
        assertEquals(4, all.get("windows").asInt());
        assertEquals(json.get("cold_max_ms").asDouble(), slowest.get("wall_ms").asDouble(), 1e-9);
        assertTrue(all.get("wall_ms").asDouble() <= slowest.get("wall_ms").asDouble(), json.toString());
        assertNumbers(all, "gc_pause_ms", "gc_count", "run_queue_ms", "cpu_ms");
        JsonNode slowWindows = json.get("cold_slowest_windows");
        assertEquals(1, slowWindows.size(), json.toString());
        JsonNode slow = slowWindows.get(0);
        assertEquals(json.get("cold_max_ms").asDouble(), slow.get("wall_ms").asDouble(), 1e-9);
        assertNumbers(slow, "trace_start", "sample_start", "gc_pause_ms", "gc_count", "run_queue_ms", "cpu_ms",
                "blocked_ms");
        assertTrue(slow.get("blocked_ms").asDouble() >= 0
                && slow.get("blocked_ms").asDouble() <= slow.get("wall_ms").asDouble(), slow.toString());
        if (Files.isRegularFile(Path.of("/proc/thread-self/schedstat"))) {
            assertTrue(all.get("cpu_ms").asDouble() > 0, "reading a window takes some time on a core: " + all);
        }
        // Into one reused array by default; a new array per window on request, reading the same chunks.
        assertFalse(json.get("new_arrays").asBoolean(), json.toString());
        assertEquals(0, run("read", dataset.toString(), "--windows", "4", "--traces", "10", "--samples", "20",
                "--heap-windows", "3", "--pan-steps", "3", "--new-arrays", "--json"), err.toString());
        JsonNode fresh = Json.mapper().readTree(out.toString());
        assertTrue(fresh.get("new_arrays").asBoolean(), fresh.toString());
        assertEquals(json.get("cold_bytes_read").asLong(), fresh.get("cold_bytes_read").asLong(), fresh.toString());
    }

    @Test
    void readWithAChainReadsTheProcessedDatasetColdFromStorage() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(source), source + " not found: shared test data absent");
        Path dataset = dir.resolve("chain").resolve("small.seislens");
        Files.createDirectories(dataset.getParent());
        services.get(org.seislens.core.SegyImportService.class).importFile(source, dataset,
                org.seislens.core.ImportOptions.defaults(), new org.eclipse.core.runtime.NullProgressMonitor());
        Path chain = Files.writeString(dir.resolve("chain").resolve("agc.json"),
                "{\"steps\":[{\"op\":\"agc\",\"window_ms\":40},{\"op\":\"polarity\"}]}");
        assertEquals(0, run("read", dataset.toString(), "--windows", "4", "--traces", "10", "--samples", "20",
                "--heap-windows", "2", "--pan-steps", "2", "--chain", chain.toString(), "--json"), err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(chain.toString(), json.get("chain").asText());
        assertNumbers(json, "cold_p50_ms", "cold_p99_ms", "hit_p50_ms", "hit_p99_ms", "heap_used_mb",
                "pan_hit_rate", "pan_bytes_read_fraction");
        // Every cold window starts from no cached raw chunk, so each reads storage.
        assertTrue(json.get("cold_bytes_read_per_window").asDouble() > 0, json.toString());

        Path bad = Files.writeString(dir.resolve("chain").resolve("bad.json"), "{\"steps\":[{\"op\":\"agc\"}]}");
        assertEquals(2, run("read", dataset.toString(), "--chain", bad.toString()));
        assertTrue(err.toString().contains(bad.toString()), err.toString());
    }

    @Test
    void openPrintsItsFigures() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(source), source + " not found: shared test data absent");
        Path dataset = dir.resolve("open").resolve("small.seislens");
        Files.createDirectories(dataset.getParent());
        org.seislens.core.SegyImportService importer = services.get(org.seislens.core.SegyImportService.class);
        // segyio's small.sgy: inlines 1..5 with crosslines 20..24 each, in inline order.
        importer.importFile(source, dataset,
                new org.seislens.core.ImportOptions(null, null, java.util.List.of("inline", "crossline"), false),
                new org.eclipse.core.runtime.NullProgressMonitor());
        assertEquals(0, run("open", dataset.toString(), "--runs", "3", "--json"), err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(dataset.toAbsolutePath().toString(), json.get("dataset").asText());
        assertEquals(25, json.get("traces").asLong());
        assertEquals("inline", json.get("key").asText());
        assertEquals(1, json.get("value").asLong());
        assertEquals(5, json.get("gather_traces").asInt());
        assertEquals(3, json.get("runs").asInt());
        assertEquals(3, json.get("open_ms_all").size());
        assertEquals(3, json.get("first_gather_ms_all").size());
        assertNumbers(json, "open_ms", "first_gather_ms", "first_run_open_ms", "first_run_gather_ms");
        double[] opens = new double[3];
        for (int i = 0; i < 3; i++) {
            opens[i] = json.get("open_ms_all").get(i).asDouble();
            assertTrue(opens[i] > 0 && json.get("first_gather_ms_all").get(i).asDouble() > 0, json.toString());
        }
        java.util.Arrays.sort(opens);
        assertEquals(opens[1], json.get("open_ms").asDouble(), 1e-9, "the median of the runs");

        // A gather whose traces are spread over the dataset, and a key without an index.
        assertEquals(0, run("open", dataset.toString(), "--runs", "1", "--key", "crossline", "--json"),
                err.toString());
        json = Json.mapper().readTree(out.toString());
        assertEquals(20, json.get("value").asLong());
        assertEquals(5, json.get("gather_traces").asInt());
        assertEquals(2, run("open", dataset.toString(), "--key", "cdp"));
        assertTrue(err.toString().contains("cdp") && err.toString().contains(dataset.toString()), err.toString());
    }

    @Test
    void badOptionsAreExitTwo() {
        assertEquals(2, run("import", "x.sgy", "--runs", "0"));
        assertTrue(err.toString().contains("--runs"), err.toString());
        assertEquals(2, run("read", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("missing"), err.toString());
        assertEquals(2, run("frobnicate"));
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("import") && out.toString().contains("open")
                && out.toString().contains("read"), out.toString());
    }
}
