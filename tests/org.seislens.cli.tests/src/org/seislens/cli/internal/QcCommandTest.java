package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code seislens-cli qc} and {@code edits}: the JSON fields, trace lists, --from-flags and refusals. */
class QcCommandTest {

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

    private Path demo() {
        assertEquals(0, cli.run("demo", dir.toString(), "--shots", "4", "--channels", "40", "--samples", "500",
                "--import"), cli.err());
        return dir.resolve(DemoCommand.DATASET_NAME);
    }

    @Test
    void qcPrintsTracesFlaggedAndSeconds() throws Exception {
        Path dataset = demo();
        assertEquals(0, cli.run("qc", dataset.toString(), "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(160, json.get("traces").asLong());
        for (String reason : new String[] { "dead", "weak", "strong", "spike", "reversed", "geometry" }) {
            assertTrue(json.get("flagged").get(reason).isIntegralNumber(), reason + " in " + json);
        }
        assertTrue(json.get("seconds").isNumber());
        assertTrue(Files.isRegularFile(dataset.resolve("qc/attributes.parquet")));
        assertEquals(2, cli.run("qc", dataset.toString(), "--key", "nothing"));
        assertTrue(cli.err().contains("nothing"), cli.err());
    }

    @Test
    void editsKillReverseClearAndFromFlags() throws Exception {
        Path dataset = demo();
        assertEquals(0, cli.run("edits", dataset.toString(), "--kill", "1,4,10-19", "--reverse", "30",
                "--reason", "noisy", "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(12, json.get("killed").asInt());
        assertEquals(1, json.get("reversed").asInt());
        assertEquals("noisy", json.get("edits").get(0).get("reason").asText());
        assertEquals(0, cli.run("edits", dataset.toString(), "--clear", "10-19", "--json"), cli.err());
        json = Json.mapper().readTree(cli.out());
        assertEquals(2, json.get("killed").asInt());
        assertEquals(1, json.get("edits").get(0).get("trace_index").asInt());
        assertEquals("kill", json.get("edits").get(0).get("action").asText());

        assertEquals(2, cli.run("edits", dataset.toString(), "--kill", "3-x"));
        assertTrue(cli.err().contains("3-x"), cli.err());
        assertEquals(2, cli.run("edits", dataset.toString(), "--kill", "999999"));
        assertEquals(2, cli.run("edits", dataset.toString(), "--from-flags", "dead"), "qc has not run");
        assertEquals(0, cli.run("qc", dataset.toString()), cli.err());
        assertEquals(0, cli.run("edits", dataset.toString(), "--from-flags", "dead,spike,reversed", "--json"),
                cli.err());
        JsonNode edits = Json.mapper().readTree(cli.out()).get("edits");
        assertTrue(edits.size() >= 3, "the earlier edits stay: " + edits);
        for (JsonNode e : edits) {
            String reason = e.get("reason").asText();
            if (reason.equals("reversed")) {
                assertEquals("reverse", e.get("action").asText(), e.toString());
            } else if (reason.equals("dead") || reason.equals("spike")) {
                assertEquals("kill", e.get("action").asText(), e.toString());
            }
        }
    }
}
