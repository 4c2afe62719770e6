package org.seislens.bench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line of {@code bench gathers} ({@link BenchGathers}, as its application runs it): exit status 2 and one message for bad arguments, a bad dataset
 * or an unknown key; one JSON line with the figures otherwise.
 */
class BenchGathersTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static IEclipseContext services;

    @BeforeAll
    static void importSurvey() throws Exception {
        dataset = SurveyFixture.importSurvey(dir);
        services = SurveyFixture.services();
    }

    @AfterAll
    static void releaseServices() {
        services.dispose();
    }

    private int run(String... args) {
        return ContextInjectionFactory.make(BenchGathers.class, services).run(args, new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void anUnknownOptionIsBadInput() {
        assertEquals(2, run(dataset.toString(), "--bogus"));
        assertTrue(err.toString().startsWith("seislens-cli: bench gathers: unknown option --bogus"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingOrMalformedValuesAreBadInput() {
        assertEquals(2, run(dataset.toString(), "--steps"));
        assertTrue(err.toString().contains("--steps needs a value"), err.toString());
        assertEquals(2, run(dataset.toString(), "--rate", "fast"));
        assertTrue(err.toString().contains("--rate must be"), err.toString());
        assertEquals(2, run(dataset.toString(), "--steps", "0"));
        assertTrue(err.toString().contains("--steps must be a whole number from 1"), err.toString());
        assertEquals(2, run("--json"));
        assertTrue(err.toString().contains("missing the dataset directory"), err.toString());
    }

    @Test
    void aMissingDatasetIsNamed() {
        Path missing = dir.resolve("nothing.seislens");
        assertEquals(2, run(missing.toString()));
        String message = err.toString().trim();
        assertTrue(message.startsWith("seislens-cli: ") && message.contains(missing.toString()), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertEquals(2, run(dataset.toString(), "--key", "inline"));
        String message = err.toString().trim();
        assertTrue(message.contains("inline"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void printsOneJsonLineWithTheFigures() {
        assertEquals(0, run(dataset.toString(), "--key", "cdp", "--start", "40", "--steps", "5", "--rate", "0",
                "--width", "320", "--height", "200", "--json"), err.toString());
        String json = out.toString().trim();
        assertEquals(1, json.lines().count(), json);
        for (String field : new String[] { "\"hit_rate\":", "\"next_p50_ms\":", "\"next_p99_ms\":", "\"steps\":5,",
                "\"key\":\"cdp\"", "\"rate\":0,", "\"mean_traces\":", "\"samples\":500,", "\"width\":320,",
                "\"height\":200,", "\"hits\":", "\"bytes_read\":", "\"cache_max_mb\":" }) {
            assertTrue(json.contains(field), field + " in " + json);
        }
        assertTrue(json.matches(".*\"next_ms\":\\[[0-9.]+(,[0-9.]+){4}\\]}"), "five step times in " + json);
        assertTrue(json.matches(".*\"next_slowest\":\\{\"steps\":1,\"wall_ms\":[0-9.]+,\"gc_pause_ms\":[0-9.]+,"
                + "\"gc_count\":[0-9]+,\"run_queue_ms\":[0-9.]+,\"cpu_ms\":[0-9.]+\\},.*"), "the slowest step in " + json);
        assertTrue(json.matches(".*\"gc_pause_max_step_ms\":[0-9.]+,\"steps_gc_over_two_frames\":[0-9]+,.*"), json);
        assertTrue(json.matches(".*\"heap_after_gc_mb_by_tenth\":\\[(null|[0-9.]+)(,(null|[0-9.]+)){9}\\],.*"),
                "ten tenths in " + json);
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        // Every step slower than two frames is listed with its parts, and only those.
        Matcher times = Pattern.compile("\"next_ms\":\\[([0-9.,]+)\\]").matcher(json);
        assertTrue(times.find(), json);
        long slow = Arrays.stream(times.group(1).split(",")).mapToDouble(Double::parseDouble)
                .filter(ms -> ms > 1000.0 / 30).count();
        assertTrue(json.matches(".*\"slow_steps\":\\[(\\{\"step\":[0-4],\"hit\":(true|false),\"ms\":[0-9.]+,"
                + "\"step_ms\":[0-9.]+,\"read_ms\":[0-9.]+,\"scale_ms\":[0-9.]+,\"draw_ms\":[0-9.]+,\"gc_pause_ms\":[0-9]+,"
                + "\"run_queue_ms\":[0-9.]+,\"cpu_ms\":[0-9.]+\\},?)*\\],.*"), "the slow steps in " + json);
        assertEquals(slow, json.split("\\{\"step\":", -1).length - 1, "one entry per step over 33.3 ms in " + json);
        Matcher run = Pattern
                .compile("\"run_from_s\":([0-9.]+),\"run_to_s\":([0-9.]+),").matcher(json);
        assertTrue(run.find(), json);
        assertTrue(Double.parseDouble(run.group(1)) < Double.parseDouble(run.group(2)), "the run's clock in " + json);
    }

    @Test
    void aChainStepsThroughProcessedGathersWithTheSameFields() throws Exception {
        Path chain = dir.resolve("agc-bandpass.json");
        Files.writeString(chain, "{\"steps\":[{\"op\":\"agc\",\"window_ms\":500},"
                + "{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}");
        assertEquals(0, run(dataset.toString(), "--chain", chain.toString(), "--steps", "4", "--rate", "0",
                "--width", "320", "--height", "200", "--json"), err.toString());
        String json = out.toString().trim();
        assertEquals(1, json.lines().count(), json);
        for (String field : new String[] { "\"hit_rate\":", "\"next_p50_ms\":", "\"steps\":4,",
                "\"samples\":500,", "\"bytes_read\":" }) {
            assertTrue(json.contains(field), field + " in " + json);
        }
        assertTrue(json.matches(".*\"next_ms\":\\[[0-9.]+(,[0-9.]+){3}\\]}"), "four step times in " + json);
    }

    @Test
    void aBadChainFileIsNamed() throws Exception {
        Path chain = dir.resolve("bad-chain.json");
        Files.writeString(chain, "{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":800}]}");
        assertEquals(2, run(dataset.toString(), "--chain", chain.toString()));
        String message = err.toString().trim();
        assertTrue(message.startsWith("seislens-cli: ") && message.contains(chain.toString())
                && message.contains("Nyquist"), message);
        assertEquals(1, message.lines().count(), message);
        assertEquals("", out.toString());
    }
}
