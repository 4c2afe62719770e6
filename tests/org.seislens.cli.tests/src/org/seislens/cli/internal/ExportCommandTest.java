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

/**
 * {@code seislens-cli export}: the JSON fields, a byte-identical file, trace edits honoured, and one-line refusals
 * with exit code 2.
 */
class ExportCommandTest {

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

    private Path imported(Path segy) {
        Path dataset = dir.resolve("small.seislens");
        assertEquals(0, cli.run("import", segy.toString(), dataset.toString()), cli.err());
        return dataset;
    }

    @Test
    void exportWritesTheSourceAgainAndPrintsTheAgreedFields() throws Exception {
        Path segy = Cli.corpus("segyio/small.sgy");
        Path dataset = imported(segy);
        Path out = dir.resolve("out.sgy");
        assertEquals(0, cli.run("export", dataset.toString(), out.toString(), "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(out.toString(), json.get("path").asText());
        assertEquals(25, json.get("traces").asLong());
        assertEquals(50, json.get("samples").asInt());
        assertEquals(Files.size(segy), json.get("bytes").asLong());
        for (String field : new String[] { "seconds", "mb_per_s", "peak_heap_mb", "max_heap_mb" }) {
            assertTrue(json.get(field).isNumber(), field + " in " + json);
        }
        assertEquals(-1, Files.mismatch(segy, out));

        assertEquals(2, cli.run("export", dataset.toString(), out.toString(), "--traces", "0:5"));
        assertTrue(cli.err().contains("--force") && cli.err().contains(out.toString()), cli.err());
        assertEquals(0, cli.run("export", dataset.toString(), out.toString(), "--traces", "0:5", "--force"),
                cli.err());
        assertEquals(5 * (240 + 50 * 4) + 3600, Files.size(out));
    }

    @Test
    void badOptionsExitWithOneLine() throws Exception {
        Path dataset = imported(Cli.corpus("segyio/small.sgy"));
        Path out = dir.resolve("never.sgy");
        String[][] bad = { { "--format", "4" }, { "--endian", "middle" }, { "--traces", "7" },
                { "--traces", "0:999" }, { "--key", "offset", "--values", "1" }, { "--scale", "2" } };
        for (String[] options : bad) {
            String[] args = new String[3 + options.length];
            args[0] = "export";
            args[1] = dataset.toString();
            args[2] = out.toString();
            System.arraycopy(options, 0, args, 3, options.length);
            assertEquals(2, cli.run(args), String.join(" ", options));
            String message = cli.err().strip();
            assertEquals(1, message.lines().count(), message);
            assertFalse(message.contains("Exception"), message);
        }
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temporary file is left");
        }
    }

    @Test
    void editsAreHonouredAndDropKilledLeavesKilledTracesOut() throws Exception {
        Path segy = Cli.corpus("segyio/small.sgy");
        Path dataset = imported(segy);
        assertEquals(0, cli.run("edits", dataset.toString(), "--kill", "1,3", "--reverse", "2"), cli.err());
        Path out = dir.resolve("edited.sgy");
        assertEquals(0, cli.run("export", dataset.toString(), out.toString(), "--json"), cli.err());
        assertEquals(25, Json.mapper().readTree(cli.out()).get("traces").asLong());
        byte[] a = Files.readAllBytes(segy);
        byte[] b = Files.readAllBytes(out);
        // small.sgy: big-endian IBM floats, 25 traces of 50 samples after the 3600-byte file header
        int trace = 240 + 50 * 4;
        assertEquals(a.length, b.length);
        for (int t = 0; t < 25; t++) {
            int at = 3600 + t * trace;
            for (int i = 0; i < 240; i++) {
                boolean code = i == 28 || i == 29;
                if (!(code && (t == 1 || t == 3))) {
                    assertEquals(a[at + i], b[at + i], "header byte " + i + " of trace " + t);
                }
            }
            if (t == 1 || t == 3) {
                assertEquals(2, ((b[at + 28] & 0xFF) << 8) | (b[at + 29] & 0xFF), "dead code of trace " + t);
            }
            for (int i = 240; i < trace; i += 4) {
                int x = java.nio.ByteBuffer.wrap(a, at + i, 4).getInt();
                int y = java.nio.ByteBuffer.wrap(b, at + i, 4).getInt();
                if (t == 1 || t == 3) {
                    assertEquals(0, y, "killed trace " + t);
                } else if (t == 2 && (x & 0x00FFFFFF) != 0) {
                    assertEquals(x ^ 0x80000000, y, "reversed trace " + t + " flips the sign bit");
                } else if (t != 2) {
                    assertEquals(x, y, "untouched trace " + t);
                }
            }
        }
        Path dropped = dir.resolve("dropped.sgy");
        assertEquals(0, cli.run("export", dataset.toString(), dropped.toString(), "--drop-killed", "--json"),
                cli.err());
        assertEquals(23, Json.mapper().readTree(cli.out()).get("traces").asLong());
        byte[] d = Files.readAllBytes(dropped);
        assertEquals(3600 + 23 * trace, d.length);
        // trace 4 of the source is the third written (after 0 and reversed 2)
        assertEquals(-1, java.util.Arrays.mismatch(a, 3600 + 4 * trace, 3600 + 5 * trace, d, 3600 + 2 * trace,
                3600 + 3 * trace));
    }
}
