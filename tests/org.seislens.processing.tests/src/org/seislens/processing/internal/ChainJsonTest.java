package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingStep;

/** The chain JSON form: round trips, canonical form, and refusals that name the step and the parameter. */
class ChainJsonTest {

    @TempDir
    static Path tmp;

    private static ProcessingService processing;

    @BeforeAll
    static void services() throws Exception {
        processing = Fixture.processing();
    }

    @Test
    void theIssuesExampleReadsAsTwoSteps() throws Exception {
        ProcessingChain chain = processing.parseChain(
                "{\"steps\":[{\"op\":\"agc\",\"window_ms\":500},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}");
        assertEquals(new ProcessingChain(java.util.List.of(ProcessingStep.of("agc", Map.of("window_ms", 500.0)),
                ProcessingStep.of("bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0)))), chain);
    }

    @Test
    void roundTripIsCanonical() throws Exception {
        String messy = "{ \"steps\" : [ {\"window_ms\": 500.0, \"op\": \"agc\"}, {\"op\":\"scale\",\"factor\":0.25,"
                + "\"enabled\":false}, {\"op\":\"polarity\", \"enabled\": true},"
                + "{\"op\":\"mute\",\"taper_ms\":20,\"velocity_m_s\":1500,\"t0_ms\":-4} ] }";
        ProcessingChain chain = processing.parseChain(messy);
        String canonical = processing.toJson(chain);
        assertEquals("{\"steps\":[{\"op\":\"agc\",\"window_ms\":500},{\"op\":\"scale\",\"factor\":0.25,\"enabled\":false},"
                + "{\"op\":\"polarity\"},{\"op\":\"mute\",\"t0_ms\":-4,\"taper_ms\":20,\"velocity_m_s\":1500}]}", canonical);
        assertEquals(chain, processing.parseChain(canonical));
        assertEquals(canonical, processing.toJson(processing.parseChain(canonical)));
        assertFalse(chain.steps().get(1).enabled());
        assertEquals(3, chain.enabledSteps().size());
    }

    private static String refusal(String json) {
        return assertThrows(InvalidChainException.class, () -> processing.parseChain(json)).getMessage();
    }

    private static void assertNames(String message, String... words) {
        for (String w : words) {
            assertTrue(message.contains(w), "'" + message + "' should name " + w);
        }
    }

    @Test
    void refusalsNameTheStepAndTheParameter() {
        assertNames(refusal("{\"steps\":[{\"op\":\"scale\",\"factor\":1},{\"op\":\"agcc\",\"window_ms\":5}]}"),
                "step 2", "agcc", "known");
        assertNames(refusal("{\"steps\":[{\"op\":\"agc\"}]}"), "step 1", "agc", "window_ms", "missing");
        assertNames(refusal("{\"steps\":[{\"op\":\"agc\",\"window_ms\":-5}]}"), "step 1", "window_ms", "negative");
        assertNames(refusal("{\"steps\":[{\"op\":\"agc\",\"window\":500}]}"), "step 1", "window", "not a parameter");
        assertNames(refusal("{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":4,\"f3\":60,\"f4\":80}]}"), "step 1",
                "bandpass", "f2", "f1 < f2 < f3 < f4");
        assertNames(refusal("{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":60}]}"), "f4");
        assertNames(refusal("{\"steps\":[{\"op\":\"bandpass\",\"f1\":-1,\"f2\":10,\"f3\":60,\"f4\":70}]}"), "f1");
        assertNames(refusal("{\"steps\":[{\"op\":\"dc\"},{\"op\":\"mute\",\"velocity_m_s\":0,\"t0_ms\":0,\"taper_ms\":5}]}"),
                "step 2", "mute", "velocity_m_s", "greater than 0");
        assertNames(refusal("{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":1500,\"t0_ms\":0,\"taper_ms\":-5}]}"),
                "taper_ms");
        assertNames(refusal("{\"steps\":[{\"op\":\"scale\",\"factor\":\"two\"}]}"), "step 1", "factor", "number");
        assertNames(refusal("{\"steps\":[{\"op\":\"polarity\",\"enabled\":\"no\"}]}"), "step 1", "enabled");
        assertNames(refusal("{\"steps\":[{\"factor\":2}]}"), "step 1", "op");
        assertNames(refusal("{\"step\":[]}"), "steps");
        assertNames(refusal("{\"steps\":[{\"op\":\"dc\"}"), "JSON");
    }

    @Test
    void cornersAtOrAboveNyquistAreRefusedForTheDataset() throws Exception {
        Fixture.Survey survey = Fixture.survey(tmp);
        try (Dataset d = Fixture.datasets().open(survey.dataset(), new NullProgressMonitor())) {
            ProcessingChain chain = processing
                    .parseChain("{\"steps\":[{\"op\":\"dc\"},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":200,\"f4\":250}]}");
            String message = assertThrows(InvalidChainException.class, () -> processing.open(d, chain)).getMessage();
            assertNames(message, "step 2", "bandpass", "f4", "Nyquist", "250");
            ProcessingChain fine = processing
                    .parseChain("{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":200,\"f4\":249}]}");
            processing.open(d, fine).close();
        }
    }

    @Test
    void readChainNamesTheFile() throws Exception {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, "{\"steps\":[{\"op\":\"gain\"}]}");
        String message = assertThrows(DatasetException.class, () -> processing.readChain(file)).getMessage();
        assertNames(message, file.toString(), "step 1", "power");
        assertEquals(1, message.lines().count());
        Path missing = tmp.resolve("missing.json");
        assertNames(assertThrows(DatasetException.class, () -> processing.readChain(missing)).getMessage(),
                missing.toString(), "does not exist");
        Path good = tmp.resolve("good.json");
        Files.writeString(good, "{\"steps\":[{\"op\":\"gain\",\"power\":2}]}");
        assertEquals(processing.parseChain("{\"steps\":[{\"op\":\"gain\",\"power\":2.0}]}"), processing.readChain(good));
    }
}
