package org.seislens.ui.internal.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * The one job that opens data: a SEG-Y file is imported beside itself once, also when two opens of it run at
 * the same time (one scheduling rule per dataset); the dataset is registered for the Datasets view; a path
 * that is not a dataset fails with a message that names it and registers nothing.
 */
class OpenDatasetJobTest {

    @TempDir
    Path dir;

    private final List<Dataset> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAndForget() throws Exception {
        for (Dataset d : received) {
            d.close();
        }
        try (var list = Files.list(dir)) {
            new KnownDatasets().remove(list.toList());
        }
    }

    @Test
    void twoOpensOfOneSegyFileImportItOnceAndRegisterTheDataset() throws Exception {
        Path segy = dir.resolve("line.sgy");
        StripeSurvey.write(segy, 120, 50);
        OpenDatasetJob first = OpenDatasetJob.open(segy, PlatformUI.getWorkbench(), received::add);
        OpenDatasetJob second = OpenDatasetJob.open(segy, PlatformUI.getWorkbench(), received::add);
        Path expected = dir.resolve("line.seislens");
        assertEquals(expected, first.dataset(), "the default dataset directory beside the file");
        first.schedule();
        second.schedule();
        assertTrue(first.join(60_000, null) && second.join(60_000, null), "both end within a minute");
        assertEquals(IStatus.OK, first.getResult().getSeverity(), first.getResult().toString());
        assertEquals(IStatus.OK, second.getResult().getSeverity(), second.getResult().toString());

        assertEquals(1, (first.summary() == null ? 0 : 1) + (second.summary() == null ? 0 : 1),
                "one job imported, the other reused its dataset");
        assertEquals(2, received.size(), "each job handed over an open dataset");
        for (Dataset d : received) {
            assertEquals(120, d.descriptor().traceCount());
            assertEquals(expected, d.descriptor().location().toAbsolutePath().normalize());
        }
        assertTrue(new KnownDatasets().paths().contains(expected), "registered for the Datasets view");
        try (var list = Files.list(dir)) {
            assertEquals(List.of(expected, segy), list.sorted().toList(), "nothing else is left beside the file");
        }
    }

    @Test
    void aFolderThatIsNotADatasetFailsNamingItAndRegistersNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plain"));
        Job job = OpenDatasetJob.open(folder, PlatformUI.getWorkbench(), received::add);
        job.schedule();
        assertTrue(job.join(30_000, null));
        IStatus result = job.getResult();
        assertEquals(IStatus.ERROR, result.getSeverity(), result.toString());
        assertTrue(result.getMessage().contains(folder.toString()), result.getMessage());
        assertNull(result.getException(), "no stack trace for the user");
        assertTrue(received.isEmpty());
        assertFalse(new KnownDatasets().paths().contains(folder));
    }

    @Test
    void jobsConflictOnlyOnTheSameDatasetDirectory() {
        DatasetRule a = new DatasetRule(dir.resolve("a.seislens"));
        assertTrue(a.isConflicting(new DatasetRule(dir.resolve("x").resolve("..").resolve("a.seislens"))));
        assertTrue(a.contains(new DatasetRule(dir.resolve("a.seislens"))));
        assertFalse(a.isConflicting(new DatasetRule(dir.resolve("b.seislens"))));
    }
}
