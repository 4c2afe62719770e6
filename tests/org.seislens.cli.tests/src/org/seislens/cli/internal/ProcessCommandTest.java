package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code seislens-cli process}: the JSON fields, the written dataset, and one-line refusals with exit code 2. */
class ProcessCommandTest {

    private static Cli cli;

    @TempDir
    Path dir;

    @BeforeAll
    static void findServices() {
        cli = new Cli();
    }

    @AfterAll
    static void releaseServices() {
        cli.close();
    }

    private static int run(String... args) {
        return cli.run(args);
    }

    private Path imported() {
        Path segy = Cli.corpus("segyio/small.sgy");
        Path dataset = dir.resolve("small.seislens");
        assertEquals(0, run("import", segy.toString(), dataset.toString()), cli.err());
        return dataset;
    }

    @Test
    void processWritesADatasetAndPrintsTheAgreedFields() throws Exception {
        Path dataset = imported();
        Path chain = Files.writeString(dir.resolve("chain.json"),
                "{\"steps\":[{\"op\":\"agc\",\"window_ms\":20},{\"op\":\"polarity\"}]}");
        Path processed = dir.resolve("processed.seislens");
        assertEquals(0, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString(), "--json"),
                cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(processed.toAbsolutePath().normalize().toString(), json.get("dataset").asText());
        assertEquals(25, json.get("traces").asLong());
        assertEquals(50, json.get("samples").asInt());
        for (String field : new String[] { "seconds", "mb_per_s", "peak_heap_mb", "max_heap_mb" }) {
            assertTrue(json.get(field).isNumber(), field + " in " + json);
        }
        JsonNode metadata = Json.mapper().readTree(processed.resolve("metadata.json").toFile());
        assertEquals("agc", metadata.at("/processing/chain/steps/0/op").asText());
        assertEquals(0, run("info", processed.toString()), cli.err());

        assertEquals(2, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString()));
        assertTrue(cli.err().contains("--force"), cli.err());
        assertEquals(0, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString(), "--force"),
                cli.err());
    }

    @Test
    void aBadChainExitsWithOneLineNamingTheFile() throws Exception {
        Path dataset = imported();
        Path chain = Files.writeString(dir.resolve("bad.json"), "{\"steps\":[{\"op\":\"agc\",\"window_ms\":-3}]}");
        Path processed = dir.resolve("never.seislens");
        assertEquals(2, run("process", dataset.toString(), processed.toString(), "--chain", chain.toString()));
        String message = cli.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(chain.toString()) && message.contains("step 1") && message.contains("window_ms"),
                message);
        assertFalse(Files.exists(processed));

        Path high = Files.writeString(dir.resolve("high.json"),
                "{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":9000}]}");
        assertEquals(2, run("process", dataset.toString(), processed.toString(), "--chain", high.toString()));
        assertTrue(cli.err().contains(high.toString()) && cli.err().contains("Nyquist"), cli.err());

        assertEquals(2, run("process", dir.resolve("missing").toString(), processed.toString(), "--chain",
                chain.toString().replace("bad", "none")));
        assertTrue(cli.err().contains("none.json"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
}
