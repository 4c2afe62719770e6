package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code cleanup}: prints what it removed (JSON on request) and keeps datasets; a path that is not a directory is
 * exit 2.
 */
class CleanupCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void aDirectoryWithoutLeftoversKeepsItsDatasets() throws Exception {
        Path dataset = dir.resolve("small.seislens");
        assertEquals(0, cli.run("import", Cli.corpus("segyio/small.sgy").toString(), dataset.toString()), cli.err());
        assertEquals(0, cli.run("cleanup", dir.toString()), cli.err());
        assertTrue(cli.out().contains("nothing to remove"), cli.out());
        assertEquals(0, cli.run("cleanup", dir.toString(), "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(dir.toAbsolutePath().toString(), json.get("directory").asText());
        assertEquals(0, json.get("removed").size(), json.toString());
        assertTrue(Files.isRegularFile(dataset.resolve("metadata.json")));
    }

    @Test
    void aLeftoverOfAnImportThatDiedIsRemovedAndPrinted() throws Exception {
        // What a killed import leaves: its hidden temporary directory, with nobody holding its lock, written an
        // hour ago (a young one without a lock may be an import that is just starting).
        Path leftover = Files.createDirectories(dir.resolve(".small.seislens.importing-0b6c2bd5-6f1e-4c0a-9a57-3c2f9d1e8a44"));
        Files.writeString(leftover.resolve("metadata.json"), "{}");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertEquals(0, cli.run("cleanup", dir.toString(), "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(1, json.get("removed").size(), json.toString());
        assertTrue(json.get("removed").get(0).asText().endsWith(leftover.getFileName().toString()), json.toString());
        assertTrue(Files.notExists(leftover));
    }

    @Test
    void aMissingDirectoryIsExitTwo() {
        Path missing = dir.resolve("missing");
        assertEquals(2, cli.run("cleanup", missing.toString()));
        assertEquals("seislens-cli: " + missing + ": does not exist", cli.err().strip());
    }
}
