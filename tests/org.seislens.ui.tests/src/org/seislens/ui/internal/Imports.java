package org.seislens.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
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

/** Imports test surveys through the import service that Declarative Services registered. */
public final class Imports {

    private Imports() {
    }

    /**
     * @param segy a SEG-Y file
     * @param dataset the dataset directory to create
     * @return the dataset directory
     * @throws Exception if the import fails
     */
    public static Path importFile(Path segy, Path dataset) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Imports.class).getBundleContext();
        ServiceTracker<SegyImportService, SegyImportService> tracker = new ServiceTracker<>(context,
                SegyImportService.class, null);
        tracker.open();
        try {
            SegyImportService service = tracker.waitForService(20_000);
            assertNotNull(service, "no SEG-Y import service");
            service.importFile(segy, dataset, ImportOptions.defaults(), new NullProgressMonitor());
            assertTrue(Files.isRegularFile(dataset.resolve("metadata.json")), "imported " + dataset);
            return dataset;
        } finally {
            tracker.close();
        }
    }

    /**
     * Writes a generated shot survey as big-endian IEEE SEG-Y and imports it (field_record and cdp indexed).
     *
     * @param segy the SEG-Y file to write
     * @param geometry the survey
     * @param dataset the dataset directory to create
     * @return the dataset directory
     * @throws Exception if writing or importing fails
     */
    public static Path survey(Path segy, SurveyGeometry geometry, Path dataset) throws Exception {
        assertTrue(SyntheticSurveyWriter.write(segy, geometry, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shot -> true));
        return importFile(segy, dataset);
    }
}
