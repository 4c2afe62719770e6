package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.QcService;
import org.seislens.core.TraceEdit;
import org.seislens.core.WindowBounds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Trace edits are applied before the chain by lazily processed datasets (windows and gathers) and by batch runs,
 * which name them in the provenance.
 */
class TraceEditsProcessingTest {

    @TempDir
    Path tmp;

    @Test
    void killedTracesAreZeroAndReversedOnesNegatedBeforeTheChain() throws Exception {
        Fixture.Survey survey = Fixture.survey(tmp);
        DatasetService datasets = Fixture.datasets();
        ProcessingService processing = Fixture.processing();
        QcService qc = Fixture.service(QcService.class);
        ProcessingChain chain = processing.parseChain("{\"steps\":[{\"op\":\"scale\",\"factor\":2}]}");
        Instant now = Instant.now();
        qc.writeEdits(survey.dataset(), List.of(new TraceEdit(5, TraceEdit.Action.KILL, "dead", now),
                new TraceEdit(130, TraceEdit.Action.REVERSE, "reversed", now)));
        int ns = Fixture.SAMPLES;
        try (Dataset source = datasets.open(survey.dataset(), new NullProgressMonitor());
                Dataset processed = processing.open(source, chain)) {
            float[] w = processed.window(new WindowBounds(0, Fixture.TRACES, 0, ns), new NullProgressMonitor())
                    .samples();
            float[] raw = source.window(new WindowBounds(0, Fixture.TRACES, 0, ns), new NullProgressMonitor())
                    .samples();
            for (int i = 0; i < ns; i++) {
                assertEquals(0f, w[5 * ns + i]);
                assertEquals(-2 * raw[130 * ns + i], w[130 * ns + i], 1e-6f * Math.abs(raw[130 * ns + i]));
                assertEquals(2 * raw[6 * ns + i], w[6 * ns + i], 1e-6f * Math.abs(raw[6 * ns + i]));
            }
            assertEquals(survey.samples()[5][100], raw[5 * ns + 100], "the source's own samples are not edited");
            float[] g = processed.traces(new long[] { 130, 5 }, 0, ns, new NullProgressMonitor()).samples();
            assertEquals(-2 * raw[130 * ns + 200], g[200], 1e-6f * Math.abs(raw[130 * ns + 200]));
            assertEquals(0f, g[ns + 200]);

            Path out = tmp.resolve("out.seislens");
            processing.process(source, chain, out, false, new NullProgressMonitor());
            try (Dataset written = datasets.open(out, new NullProgressMonitor())) {
                float[] b = written.window(new WindowBounds(0, Fixture.TRACES, 0, ns), new NullProgressMonitor())
                        .samples();
                for (int i = 0; i < w.length; i++) {
                    assertEquals(w[i], b[i], 0f);
                }
            }
            JsonNode edits = new ObjectMapper().readTree(out.resolve("metadata.json").toFile()).get("processing")
                    .get("trace_edits");
            assertEquals("qc/edits.parquet", edits.get("file").asText());
            assertEquals(1, edits.get("killed").asInt());
            assertEquals(1, edits.get("reversed").asInt());
        }
    }
}
