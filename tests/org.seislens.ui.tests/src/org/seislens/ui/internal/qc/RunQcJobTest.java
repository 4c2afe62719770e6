package org.seislens.ui.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.QcThresholds;

/**
 * Run QC is a user job that reports progress, stops when cancelled without writing the attributes, and when it
 * ends the dataset's QC state reads the new flags.
 */
class RunQcJobTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        dataset = QcSurvey.importInto(dir);
    }

    @Test
    void cancelledInTheMiddleWritesNothing() throws Exception {
        Path file = dataset.resolve("qc/attributes.parquet");
        Object before = Files.exists(file) ? Files.getLastModifiedTime(file) : "absent";
        RunQcJob job = new RunQcJob(dataset, QcThresholds.DEFAULTS);
        assertTrue(job.isUser(), "the user sees it and can cancel it");
        AtomicInteger work = new AtomicInteger();
        IStatus result = job.run(new NullProgressMonitor() {
            @Override
            public void worked(int amount) {
                if (work.addAndGet(amount) > 0) {
                    setCanceled(true);
                }
            }
        });
        assertEquals(IStatus.CANCEL, result.getSeverity());
        assertTrue(work.get() > 0, "progress was reported before the cancel");
        assertEquals(before, Files.exists(file) ? Files.getLastModifiedTime(file) : "absent", "nothing written");
    }

    @Test
    void aRunEndsWithTheFlagsRead() throws Exception {
        QcSurvey.runQc(dataset);
        assertTrue(Files.exists(dataset.resolve("qc/attributes.parquet")));
        assertNotNull(DatasetQc.of(dataset).attributes());
        assertEquals(java.util.List.of("dead"), DatasetQc.of(dataset).reasons(QcSurvey.DEAD));
    }
}
