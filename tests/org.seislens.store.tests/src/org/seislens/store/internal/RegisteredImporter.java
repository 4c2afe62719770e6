package org.seislens.store.internal;

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
        return Registered.track(SegyImportService.class);
    }
}
