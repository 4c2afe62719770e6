package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ImportOptions;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.core.QcSummary;
import org.seislens.core.QcThresholds;
import org.seislens.core.SegyImportService;

/**
 * QC on clean files of the shared corpus (run with -Dseislens.testdata=...): no trace is flagged, except in the
 * sand-tank shot gather WL1, where every eighth channel from 26 on is 5 to 38 times stronger than the traces around it
 * (another kind of sensor): exactly those are flagged strong.
 */
class QcCorpusTest {

    /** Clean recordings and sections of the corpus, each with its ensemble key. */
    private static final String WL1 = "lorenzo-benchmarks/WL1.sgy"; //$NON-NLS-1$
    private static final Map<String, String> CLEAN = Map.of("carbon-capture-and-storage/2D_Xline_12680.sgy", "cdp",
            "SeismicLab/gom_cdp_nmo.su", "cdp", WL1, "field_record",
            "segyio/small.sgy", "field_record");

    @TempDir
    Path tmp;

    @Test
    void cleanCorpusFilesRaiseNoFlags() throws Exception {
        String root = System.getProperty("seislens.testdata");
        if (root == null || !Files.isDirectory(Path.of(root))) {
            Assumptions.abort("shared test data not found (system property seislens.testdata); corpus QC skipped");
            return;
        }
        BundleContext context = FrameworkUtil.getBundle(QcCorpusTest.class).getBundleContext();
        ServiceTracker<QcService, QcService> qcs = new ServiceTracker<>(context, QcService.class, null);
        ServiceTracker<SegyImportService, SegyImportService> importers = new ServiceTracker<>(context,
                SegyImportService.class, null);
        qcs.open();
        importers.open();
        try {
            QcService qc = qcs.waitForService(10_000);
            SegyImportService importer = importers.waitForService(10_000);
            assertNotNull(qc);
            assertNotNull(importer);
            StringBuilder report = new StringBuilder();
            long flaggedTotal = 0;
            for (Map.Entry<String, String> e : CLEAN.entrySet()) {
                Path source = Path.of(root, e.getKey());
                Path dataset = tmp.resolve(source.getFileName() + ".seislens");
                importer.importFile(source, dataset, new ImportOptions(null, null, List.of(e.getValue()), false, null),
                        new NullProgressMonitor());
                QcSummary s = qc.run(dataset, QcThresholds.DEFAULTS.withKey(e.getValue()), new NullProgressMonitor());
                QcAttributes a = qc.readAttributes(dataset);
                long flagged = a.flags().stream().filter(f -> !f.isEmpty()).count();
                if (e.getKey().equals(WL1)) {
                    List<Long> strong = new ArrayList<>();
                    for (int r = 0; r < a.traceIndices().length; r++) {
                        if (!a.flags().get(r).isEmpty()) {
                            assertEquals("strong", a.flags().get(r));
                            strong.add(Long.valueOf(a.traceIndices()[r]));
                        }
                    }
                    assertEquals(List.of(26L, 34L, 42L, 50L, 58L), strong);
                } else {
                    flaggedTotal += flagged;
                }
                report.append(e.getKey()).append(": ").append(s.traces()).append(" traces, ").append(flagged)
                        .append(" flagged ").append(s.flagged()).append("; ");
            }
            System.out.println("QC on clean corpus files: " + report);
            assertEquals(0, flaggedTotal, report.toString());
        } finally {
            qcs.close();
            importers.close();
        }
    }
}
