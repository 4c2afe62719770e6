package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code verify}: exit 0 and {@code sound} for an imported dataset; exit 2 and the damaged file's path when a
 * chunk is missing.
 */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @AfterEach
    void close() {
        cli.close();
    }

    private Path imported() {
        Path dataset = dir.resolve("small.seislens");
        assertEquals(0, cli.run("import", Cli.corpus("segyio/small.sgy").toString(), dataset.toString()), cli.err());
        return dataset;
    }

    @Test
    void aSoundDatasetIsExitZero() throws Exception {
        Path dataset = imported();
        assertEquals(0, cli.run("verify", dataset.toString(), "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(dataset.toAbsolutePath().toString(), json.get("dataset").asText());
        assertTrue(json.get("sound").asBoolean(), json.toString());
        assertTrue(json.get("chunks_checked").asLong() > 0, json.toString());
        assertEquals(0, json.get("problems").size(), json.toString());
        assertEquals(0, cli.run("verify", dataset.toString()), cli.err());
        assertTrue(cli.out().contains("sound"), cli.out());
    }

    @Test
    void aMissingChunkIsExitTwoWithItsPath() throws Exception {
        Path dataset = imported();
        Path chunk;
        try (Stream<Path> files = Files.walk(dataset.resolve("samples.zarr"))) {
            chunk = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
        Files.delete(chunk);
        assertEquals(2, cli.run("verify", dataset.toString(), "--json"));
        JsonNode json = Json.mapper().readTree(cli.out());
        assertFalse(json.get("sound").asBoolean(), json.toString());
        boolean named = false;
        for (JsonNode problem : json.get("problems")) {
            assertTrue(problem.get("problem").asText().length() > 0, problem.toString());
            named |= problem.get("path").asText().endsWith(chunk.getFileName().toString());
        }
        assertTrue(named, chunk + " among " + json.get("problems"));
        assertEquals(2, cli.run("verify", dataset.toString()));
        assertTrue(cli.out().contains(chunk.getFileName().toString()), cli.out());
    }

    @Test
    void aDirectoryThatIsNotADatasetIsExitTwo() throws Exception {
        assertEquals(2, cli.run("verify", Files.createDirectories(dir.resolve("empty")).toString()));
        assertTrue(cli.err().contains("empty"), cli.err());
    }
}
