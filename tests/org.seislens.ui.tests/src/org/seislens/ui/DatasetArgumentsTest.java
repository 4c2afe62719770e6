package org.seislens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * Paths named on the product's command line, among options and their values.
 */
class DatasetArgumentsTest {

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    @Test
    void pathsAreTheArgumentsThatAreNotOptionsNorTheirValues() {
        assertEquals(List.of(absolute("survey.sgy")), DatasetArguments.paths(new String[] { "survey.sgy" }));
        assertEquals(List.of(Path.of("/data/a.seislens"), absolute("b.sgy")),
                DatasetArguments.paths(new String[] { "/data/./a.seislens", "-testproperties", "/tmp/t.properties",
                        "-nosplash", "-product", "org.seislens.rcp.product", "b.sgy" }));
        assertEquals(List.of(), DatasetArguments.paths(new String[0]));
        assertEquals(List.of(), DatasetArguments.paths(new String[] { "-clean", "-data", "/ws", " " }));
    }

    @Test
    void afterTwoDashesEverythingIsAPath() {
        assertEquals(List.of(absolute("-odd name.sgy"), absolute("x")),
                DatasetArguments.paths(new String[] { "-data", "/ws", "--", "-odd name.sgy", "x" }));
    }

    @Test
    void thisTestRunNamesNoPath() {
        // The UI test harness passes its own options to the application: none of them must be opened.
        assertEquals(List.of(), DatasetArguments.paths(Platform.getApplicationArgs()),
                String.join(" ", Platform.getApplicationArgs()));
    }
}
