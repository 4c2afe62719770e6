package org.seislens.ui.internal.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/** Writes a small generated prestack survey and imports it through the registered import service. */
final class SurveyFixture {

    /**
     * 24 shots of 128 channels, 500 samples: one shot is exactly one column of 128-trace chunks, so without
     * prefetch the next shot is never in the cache.
     */
    static final SurveyGeometry GEOMETRY = new SurveyGeometry(24, 128, 500, 2000, 25.0, 12.5, 7);

    private SurveyFixture() {
    }

    /**
     * @param dir a temporary directory
     * @return the imported dataset directory, with field_record and cdp indexed
     */
    static Path importSurvey(Path dir) throws Exception {
        Path segy = dir.resolve("survey.sgy");
        SyntheticSurveyWriter.write(segy, GEOMETRY, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shot -> true);
        BundleContext context = FrameworkUtil.getBundle(SurveyFixture.class).getBundleContext();
        ServiceTracker<SegyImportService, SegyImportService> importer = new ServiceTracker<>(context,
                SegyImportService.class, null);
        importer.open();
        try {
            SegyImportService service = importer.waitForService(20_000);
            assertNotNull(service, "no SEG-Y import service");
            Path dataset = dir.resolve("survey.seislens");
            service.importFile(segy, dataset, ImportOptions.defaults(), new NullProgressMonitor());
            return dataset;
        } finally {
            importer.close();
        }
    }
}
