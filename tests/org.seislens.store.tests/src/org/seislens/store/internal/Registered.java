package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

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
}
