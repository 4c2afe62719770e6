package org.seislens.segy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds the shared, read-only SEG-Y corpus: the {@code seislens.testdata} system property (the reactor
 * sets it), else a {@code shared/testdata} folder found walking up from the working directory.
 */
final class TestData {

    private TestData() {
    }

    /** @return the corpus folder, or {@code null} when it is not there */
    static @Nullable Path find() {
        String property = System.getProperty("seislens.testdata");
        if (property != null && !property.isBlank()) {
            Path path = Paths.get(property);
            return Files.isRegularFile(path.resolve("oracle.json")) ? path : null;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("testdata");
            if (Files.isRegularFile(candidate.resolve("oracle.json"))) {
                return candidate;
            }
        }
        return null;
    }

    /** @return the corpus folder; skips the calling test when it is absent */
    static Path require() {
        Path root = find();
        if (root == null) {
            return Assumptions.abort("shared/testdata not found: oracle tests skipped");
        }
        return root;
    }

    /** @return the parsed oracle.json of a corpus folder */
    static JsonNode oracle(Path root) throws IOException {
        return new ObjectMapper().readTree(root.resolve("oracle.json").toFile());
    }
}
