package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs command lines through the real application code and the real OSGi services, checking the
 * contract that scripts rely on: exit codes, one-line errors naming the file, JSON field names.
 */
class CliApplicationTest {

    private static final Cli cli = new Cli();

    @TempDir
    Path dir;

    @AfterAll
    static void releaseServices() {
        cli.close();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private static Path corpus(String file) {
        return Cli.corpus(file);
    }

    @Test
    void theTrainingRunWritesTheDemoSurveyAndReturnsTheExitCodeOfItsCommandLine() throws Exception {
        Path training = Files.createDirectory(dir.resolve("training"));
        IEclipseContext services = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(CliApplication.class).getBundleContext());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setProperty(CliApplication.TRAINING_PROPERTY, training.toString());
        int code;
        try {
            code = new CliApplication().run(services, new String[] { "info", dir.resolve("none").toString() },
                    new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.clearProperty(CliApplication.TRAINING_PROPERTY);
            services.dispose();
        }
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(dir.resolve("none").toString()), err.toString());
        assertTrue(Files.isRegularFile(training.resolve("seislens-demo.seislens/metadata.json")));
        // 2 shots x 10 channels of 50 samples exported as 4-byte samples after the 3600 bytes of file headers
        assertEquals(3600 + 20 * (240 + 50 * 4), Files.size(training.resolve("out.sgy")));
        assertTrue(out.toString().contains("\"trace_count\" : 20"), out.toString());
    }

    @Test
    void importPrintsTheAgreedJsonFields() throws Exception {
        Path dataset = dir.resolve("small.seislens");
        int code = run("import", corpus("segyio/small.sgy").toString(), dataset.toString(), "--json");
        assertEquals(0, code, cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(25, json.get("traces").asLong());
        assertEquals(50, json.get("samples").asInt());
        for (String field : new String[] { "seconds", "mb_per_s", "peak_heap_mb" }) {
            assertTrue(json.get(field).isNumber(), field + " in " + json);
        }
        assertTrue(Files.isRegularFile(dataset.resolve("metadata.json")));
        assertTrue(Files.isDirectory(dataset.resolve("samples.zarr")));
        assertTrue(Files.isRegularFile(dataset.resolve("headers.parquet")));
        assertTrue(Files.isRegularFile(dataset.resolve("ensembles/field_record.parquet")));
        assertTrue(Files.isRegularFile(dataset.resolve("ensembles/cdp.parquet")));
    }

    @Test
    void keysOptionChoosesTheIndexes() throws Exception {
        Path dataset = dir.resolve("keys.seislens");
        assertEquals(0, run("import", corpus("segyio/small.sgy").toString(), dataset.toString(), "--keys",
                "inline,crossline", "--json"), cli.err());
        assertTrue(Files.isRegularFile(dataset.resolve("ensembles/inline.parquet")));
        assertTrue(Files.isRegularFile(dataset.resolve("ensembles/crossline.parquet")));
        assertFalse(Files.exists(dataset.resolve("ensembles/cdp.parquet")));
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals(5, json.get("ensembles").get("inline").asLong());
    }

    @Test
    void badInputIsOneLineNamingTheFileAndExitCodeTwo() {
        Path broken = corpus("segyio/broken.sgy");
        Path dataset = dir.resolve("broken.seislens");
        assertEquals(2, run("import", broken.toString(), dataset.toString()));
        String message = cli.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(broken.toString()), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(Files.exists(dataset));
    }

    @Test
    void kindOptionReadsSeismicUnixWhateverItsName() throws Exception {
        Path su = corpus("obspy/1.su_first_trace");
        Path refused = dir.resolve("as-segy.seislens");
        assertEquals(2, run("import", su.toString(), refused.toString()));
        Path dataset = dir.resolve("su.seislens");
        assertEquals(0, run("import", su.toString(), dataset.toString(), "--kind", "su", "--endian", "little",
                "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out().substring(cli.out().indexOf('{')));
        assertEquals(1, json.get("traces").asLong());
        assertEquals(8000, json.get("samples").asInt());
        assertEquals(2, run("import", su.toString(), dir.resolve("z").toString(), "--kind", "sgy"));
    }

    @Test
    void existingDatasetNeedsForce() {
        Path dataset = dir.resolve("twice.seislens");
        String source = corpus("segyio/small.sgy").toString();
        assertEquals(0, run("import", source, dataset.toString()));
        assertEquals(2, run("import", source, dataset.toString()));
        assertTrue(cli.err().contains("--force"), cli.err());
        assertEquals(0, run("import", source, dataset.toString(), "--force"));
    }

    @Test
    void wrongOptionsAreBadInput() {
        String source = corpus("segyio/small.sgy").toString();
        assertEquals(2, run("import", source, dir.resolve("x").toString(), "--endian", "middle"));
        assertTrue(cli.err().contains("--endian"), cli.err());
        assertEquals(2, run("import", source));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("import", source, dir.resolve("y").toString(), "--keys", "no_such_header"));
        assertTrue(cli.err().contains("no_such_header"), cli.err());
    }

    @Test
    void infoDescribesDatasetsAndSegyFiles() throws Exception {
        Path dataset = dir.resolve("info.seislens");
        Path source = corpus("segyio/small.sgy");
        assertEquals(0, run("import", source.toString(), dataset.toString()));
        assertEquals(0, run("info", dataset.toString(), "--json"));
        JsonNode metadata = Json.mapper().readTree(cli.out());
        assertEquals("seislens-dataset", metadata.get("format").asText());
        assertEquals(25, metadata.get("trace_count").asLong());
        assertEquals(0, run("info", source.toString(), "--json"));
        JsonNode segy = Json.mapper().readTree(cli.out());
        assertEquals(1, segy.get("sample_format_code").asInt());
        assertEquals(25, segy.get("traces").asLong());
        assertEquals(25, segy.get("binary_header").get("traces_per_ensemble").asLong());
        assertTrue(segy.get("binary_header").get("traces_per_ensemble").isIntegralNumber());
        assertEquals(2, run("info", dir.resolve("missing").toString()));
    }

    @Test
    void demoWritesADeterministicSurveyAndImportsIt() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("demo", a.toString(), "--shots", "6", "--channels", "24", "--samples", "300", "--import"),
                cli.err());
        assertEquals(0, run("demo", b.toString(), "--shots", "6", "--channels", "24", "--samples", "300"));
        byte[] first = Files.readAllBytes(a.resolve(DemoCommand.SEGY_NAME));
        byte[] second = Files.readAllBytes(b.resolve(DemoCommand.SEGY_NAME));
        assertEquals(3600 + 6 * 24 * (240 + 300 * 4), first.length);
        assertTrue(java.util.Arrays.equals(first, second), "same seed, same bytes");
        JsonNode metadata = Json.mapper().readTree(a.resolve(DemoCommand.DATASET_NAME).resolve("metadata.json").toFile());
        assertEquals(144, metadata.get("trace_count").asLong());
        assertEquals(2, run("demo", dir.resolve("c").toString(), "--format", "4"));
    }
}
