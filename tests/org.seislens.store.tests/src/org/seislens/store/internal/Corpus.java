package org.seislens.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared test corpus (real public SEG-Y files) and its {@code oracle.json}, written by segyio and an
 * independent NumPy reader. Found through the system property {@code seislens.testdata} that the parent pom
 * sets.
 */
final class Corpus {

    private Corpus() {
    }

    /** @return the corpus directory, or {@code null} when it is absent */
    static Path root() {
        String property = System.getProperty("seislens.testdata");
        if (property == null) {
            return null;
        }
        Path root = Path.of(property);
        return Files.isRegularFile(root.resolve("oracle.json")) ? root : null;
    }

    /** @return the corpus directory; skips the calling test when it is absent */
    static Path require() {
        Path root = root();
        if (root == null) {
            return Assumptions.abort(
                    "shared/testdata with oracle.json not found (system property seislens.testdata); corpus tests skipped");
        }
        return root;
    }

    /** @return every entry of oracle.json's {@code files}, or none when the corpus is absent */
    static List<JsonNode> entries() throws IOException {
        Path root = root();
        List<JsonNode> entries = new ArrayList<>();
        if (root != null) {
            for (JsonNode entry : new ObjectMapper().readTree(root.resolve("oracle.json").toFile()).get("files")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** @return the entry of one corpus file */
    static JsonNode entry(String path) throws IOException {
        for (JsonNode entry : entries()) {
            if (entry.get("path").asText().equals(path)) {
                return entry;
            }
        }
        throw new IllegalArgumentException(path + " is not in oracle.json");
    }
}
