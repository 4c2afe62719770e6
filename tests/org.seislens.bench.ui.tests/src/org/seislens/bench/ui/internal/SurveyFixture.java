package org.seislens.bench.ui.internal;


import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.framework.FrameworkUtil;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/**
 * Writes a small generated prestack survey and imports it through the registered import service; gives the
 * tests the same service context the benchmark applications are injected from.
 */
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
        Path dataset = dir.resolve("survey.seislens");
        assertTrue(SyntheticSurveyWriter.write(segy, GEOMETRY, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shot -> true));
        IEclipseContext services = services();
        try {
            services.get(SegyImportService.class).importFile(segy, dataset, ImportOptions.defaults(),
                    new NullProgressMonitor());
        } finally {
            services.dispose();
        }
        assertTrue(Files.isRegularFile(dataset.resolve("metadata.json")), "imported " + dataset);
        return dataset;
    }

    /** @return the OSGi service context of the bundle under test; dispose it when done */
    static IEclipseContext services() {
        return EclipseContextFactory.getServiceContext(
                FrameworkUtil.getBundle(SurveyFixture.class).getBundleContext());
    }
}
