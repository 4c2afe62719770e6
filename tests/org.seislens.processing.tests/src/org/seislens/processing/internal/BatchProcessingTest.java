package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingSummary;
import org.seislens.core.SampleType;
import org.seislens.core.WindowData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Batch processing writes a dataset that the dataset service opens and that equals the lazily processed dataset,
 * with the source's headers and ensembles and the chain as provenance; cancelling leaves nothing; an existing
 * directory is replaced only with force and only when it is a dataset.
 */
class BatchProcessingTest {

    private static final String CHAIN = "{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":1800,\"t0_ms\":10,\"taper_ms\":30},"
            + "{\"op\":\"agc\",\"window_ms\":500},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}";

    @TempDir
    static Path tmp;

    private static Fixture.Survey survey;
    private static DatasetService datasets;
    private static ProcessingService processing;
    private static Dataset source;
    private static ProcessingChain chain;

    @BeforeAll
    static void open() throws Exception {
        survey = Fixture.survey(tmp);
        datasets = Fixture.datasets();
        processing = Fixture.processing();
        source = datasets.open(survey.dataset(), new NullProgressMonitor());
        chain = processing.parseChain(CHAIN);
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void outputEqualsLazyWindowsAndKeepsHeadersAndEnsembles() throws Exception {
        Path out = tmp.resolve("processed.seislens");
        ProcessingSummary summary = processing.process(source, chain, out, false, new NullProgressMonitor());
        assertEquals(out, summary.dataset());
        assertEquals(Fixture.TRACES, summary.traces());
        assertEquals(Fixture.SAMPLES, summary.samples());
        try (Dataset written = datasets.open(out, new NullProgressMonitor());
                Dataset lazy = processing.open(source, chain)) {
            assertEquals(SampleType.FLOAT32, written.descriptor().sampleType());
            assertEquals(source.descriptor().sampleInterval(), written.descriptor().sampleInterval());
            WindowData a = written.window(written.descriptor().extent(), new NullProgressMonitor());
            WindowData b = lazy.window(lazy.descriptor().extent(), new NullProgressMonitor());
            assertArrayEquals(b.samples(), a.samples());
            long[] all = new long[Fixture.TRACES];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            List<String> columns = List.of("offset", "delay_recording_time", "field_record", "cdp");
            var expected = source.headers(all, columns, new NullProgressMonitor());
            var actual = written.headers(all, columns, new NullProgressMonitor());
            for (String c : columns) {
                assertArrayEquals(expected.column(c), actual.column(c), c);
            }
            assertEquals(source.descriptor().ensembleKeys(), written.descriptor().ensembleKeys());
            for (String key : source.descriptor().ensembleKeys()) {
                assertEquals(source.ensembleCount(key), written.ensembleCount(key));
                assertEquals(source.ensembleAt(key, 2, new NullProgressMonitor()),
                        written.ensembleAt(key, 2, new NullProgressMonitor()));
            }
        }
        JsonNode metadata = new ObjectMapper().readTree(out.resolve("metadata.json").toFile());
        JsonNode provenance = metadata.get("processing");
        assertEquals(new ObjectMapper().readTree(processing.toJson(chain)), provenance.get("chain"));
        assertEquals(survey.dataset().toRealPath().toString(), Path.of(provenance.at("/source/path").asText()).toRealPath().toString());
        JsonNode sourceMetadata = new ObjectMapper().readTree(survey.dataset().resolve("metadata.json").toFile());
        assertEquals(sourceMetadata.get("created").asText(), provenance.at("/source/created").asText());
        assertTrue(provenance.get("created_by").asText().startsWith("SeisLens"));
        assertEquals("<f4", metadata.get("dtype").asText());
        assertEquals(noHiddenLeftovers(), Set.of());
    }

    private static Set<String> noHiddenLeftovers() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void cancellingLeavesNothing() throws Exception {
        Path out = tmp.resolve("cancelled.seislens");
        AtomicInteger worked = new AtomicInteger();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                if (worked.incrementAndGet() == 2) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> processing.process(source, chain, out, false, monitor));
        assertTrue(worked.get() >= 2, "the run was under way when cancelled");
        assertFalse(Files.exists(out));
        assertEquals(Set.of(), noHiddenLeftovers());
    }

    @Test
    void anExistingDatasetIsReplacedOnlyWithForce() throws Exception {
        Path out = tmp.resolve("twice.seislens");
        ProcessingChain polarity = processing.parseChain("{\"steps\":[{\"op\":\"polarity\"}]}");
        processing.process(source, polarity, out, false, new NullProgressMonitor());
        String message = assertThrows(DatasetExistsException.class,
                () -> processing.process(source, chain, out, false, new NullProgressMonitor())).getMessage();
        assertTrue(message.contains(out.toString()), message);
        processing.process(source, chain, out, true, new NullProgressMonitor());
        JsonNode provenance = new ObjectMapper().readTree(out.resolve("metadata.json").toFile()).get("processing");
        assertEquals(new ObjectMapper().readTree(processing.toJson(chain)), provenance.get("chain"));

        Path notADataset = Files.createDirectory(tmp.resolve("notes"));
        Files.writeString(notADataset.resolve("keep.txt"), "mine");
        message = assertThrows(DatasetException.class,
                () -> processing.process(source, chain, notADataset, true, new NullProgressMonitor())).getMessage();
        assertTrue(message.contains("not a SeisLens dataset"), message);
        assertEquals("mine", Files.readString(notADataset.resolve("keep.txt")));
        assertEquals(Set.of(), noHiddenLeftovers());
    }
}
