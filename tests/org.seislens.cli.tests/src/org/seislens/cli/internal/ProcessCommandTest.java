package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code seislens-cli process}: the JSON fields, the written dataset, and one-line refusals with exit code 2. */
class ProcessCommandTest {

    private static Services services;

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void findServices() {
        services = new Services(FrameworkUtil.getBundle(CliApplication.class).getBundleContext());
    }

    @AfterAll
    static void releaseServices() {
        services.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliApplication.run(services, args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path imported() {
        String root = System.getProperty("seislens.testdata", "../shared/testdata");
        Path segy = Path.of(root, "segyio/small.sgy");
        Assumptions.assumeTrue(Files.isRegularFile(segy), segy + " not found: shared test data absent");
        Path dataset = dir.resolve("small.seislens");
        assertEquals(0, run("import", segy.toString(), dataset.toString()), err.toString());
        return dataset;
    }

    @Test
    void processWritesADatasetAndPrintsTheAgreedFields() throws Exception {
        Path dataset = imported();
        Path chain = Files.writeString(dir.resolve("chain.json"),
                "{\"steps\":[{\"op\":\"agc\",\"window_ms\":20},{\"op\":\"polarity\"}]}");
        Path processed = dir.resolve("processed.seislens");
        assertEquals(0, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString(), "--json"),
                err.toString());
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(processed.toAbsolutePath().normalize().toString(), json.get("dataset").asText());
        assertEquals(25, json.get("traces").asLong());
        assertEquals(50, json.get("samples").asInt());
        for (String field : new String[] { "seconds", "mb_per_s", "peak_heap_mb", "max_heap_mb" }) {
            assertTrue(json.get(field).isNumber(), field + " in " + json);
        }
        JsonNode metadata = Json.mapper().readTree(processed.resolve("metadata.json").toFile());
        assertEquals("agc", metadata.at("/processing/chain/steps/0/op").asText());
        assertEquals(0, run("info", processed.toString()), err.toString());

        assertEquals(2, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString()));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals(0, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString(), "--force"),
                err.toString());
    }

    @Test
    void aBadChainExitsWithOneLineNamingTheFile() throws Exception {
        Path dataset = imported();
        Path chain = Files.writeString(dir.resolve("bad.json"), "{\"steps\":[{\"op\":\"agc\",\"window_ms\":-3}]}");
        Path processed = dir.resolve("never.seislens");
        assertEquals(2, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(chain.toString()) && message.contains("step 1") && message.contains("window_ms"),
                message);
        assertFalse(Files.exists(processed));

        Path high = Files.writeString(dir.resolve("high.json"),
                "{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":9000}]}");
        assertEquals(2, run("process", dataset.toString(), processed.toString(), "--chain", high.toString()));
        assertTrue(err.toString().contains(high.toString()) && err.toString().contains("Nyquist"), err.toString());

        assertEquals(2, run("process", dir.resolve("missing").toString(), processed.toString(), "--chain",
                chain.toString().replace("bad", "none")));
        assertTrue(err.toString().contains("none.json"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
