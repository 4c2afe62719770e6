package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.SegyImportService;

/** The import service as Declarative Services registered it, found the way a consumer finds it. */
final class RegisteredImporter {

    private RegisteredImporter() {
    }

    /**
     * @return an open tracker that holds the service (close it when done)
     * @throws Exception if this test bundle cannot be started or the service does not appear in 20 s
     */
    static ServiceTracker<SegyImportService, SegyImportService> track() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(RegisteredImporter.class);
        assertNotNull(bundle, "the tests run inside OSGi");
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            bundle.start(Bundle.START_TRANSIENT);
            context = bundle.getBundleContext();
        }
        ServiceTracker<SegyImportService, SegyImportService> tracker = new ServiceTracker<>(context,
                SegyImportService.class, null);
        tracker.open();
        assertNotNull(tracker.waitForService(20_000), "no SegyImportService is registered");
        return tracker;
    }
}
