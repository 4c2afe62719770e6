package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code info}: the agreed JSON fields for SEG-Y files; a directory is validated as a dataset before
 * anything is printed; a path that is neither says what it is.
 */
class InfoCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void segyJsonKeepsItsFields() throws Exception {
        Path source = Cli.corpus("segyio/small.sgy");
        assertEquals(0, cli.run("info", source.toString(), "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("path", "kind", "size", "revision", "sample_format_code", "sample_format", "byte_order",
                "traces", "samples", "sample_interval_us", "extended_textual_headers", "additional_trace_headers",
                "textual_header", "binary_header", "anomalies"), fields);
        assertEquals(source.toAbsolutePath().toString(), json.get("path").asText());
        assertEquals("segy", json.get("kind").asText());
        assertEquals(Files.size(source), json.get("size").asLong());
        assertEquals("big", json.get("byte_order").asText());
        assertEquals(50, json.get("samples").asInt());
        assertEquals(40 * 80 + 39, json.get("textual_header").asText().length(), "40 lines of 80 characters");
        assertEquals(0, cli.run("info", source.toString()), cli.err());
        assertTrue(cli.out().startsWith(source + ": SEG-Y rev "), cli.out());
    }

    @Test
    void aDirectoryThatIsNotADatasetIsRefusedNamingTheCause() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("metadata.json"), "{\"name\":\"x\"}");
        assertEquals(2, cli.run("info", project.toString()));
        String line = cli.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains(project.toString()), line);
        assertEquals("", cli.out(), "nothing printed before the dataset is validated");
    }

    @Test
    void aNamedPipeIsCalledOneAndNotMissing() throws Exception {
        Path fifo = dir.resolve("pipe.sgy");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make " + fifo);
        assertEquals(2, cli.run("info", fifo.toString()));
        String line = cli.err().strip();
        assertEquals("seislens-cli: " + fifo + ": is a named pipe (FIFO), neither a dataset directory nor a SEG-Y file",
                line);
        assertEquals(2, cli.run("info", dir.resolve("missing").toString()));
        assertTrue(cli.err().contains("does not exist"), cli.err());
    }
}
