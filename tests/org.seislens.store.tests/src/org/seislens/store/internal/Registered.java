package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/** A service as Declarative Services registered it, found the way a consumer finds it, for the store's tests. */
public final class Registered {

    private Registered() {
    }

    /**
     * @param <S>  the service type
     * @param type the service interface
     * @return an open tracker that holds the service (close it when done)
     * @throws Exception if this test bundle cannot be started or the service does not appear in 20 s
     */
    public static <S> ServiceTracker<S, S> track(Class<S> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(Registered.class);
        assertNotNull(bundle, "the tests run inside OSGi");
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            bundle.start(Bundle.START_TRANSIENT);
            context = bundle.getBundleContext();
        }
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        assertNotNull(tracker.waitForService(20_000), "no " + type.getSimpleName() + " is registered");
        return tracker;
    }

    /**
     * Writes a generated survey as big-endian IBM SEG-Y (every shot live) and imports it with the registered
     * import service.
     *
     * @param segy the SEG-Y file to write
     * @param geometry the survey
     * @param dataset the dataset directory to create
     * @throws Exception if writing or importing fails
     */
    public static void importSurvey(Path segy, SurveyGeometry geometry, Path dataset) throws Exception {
        assertTrue(SyntheticSurveyWriter.write(segy, geometry, SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        ServiceTracker<SegyImportService, SegyImportService> importers = track(SegyImportService.class);
        try {
            importers.getService().importFile(segy, dataset, ImportOptions.defaults(), new NullProgressMonitor());
        } finally {
            importers.close();
        }
    }
}
