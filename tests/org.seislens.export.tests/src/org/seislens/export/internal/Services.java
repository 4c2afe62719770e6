package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The services as Declarative Services registered them, found the way a consumer finds them. */
final class Services implements AutoCloseable {

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    /**
     * @param <S> the service type
     * @param type the service interface
     * @return the registered service
     * @throws Exception if it does not appear in 20 s
     */
    <S> S get(Class<S> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        assertNotNull(bundle, "the tests run inside OSGi");
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            bundle.start(Bundle.START_TRANSIENT);
            context = bundle.getBundleContext();
        }
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        S service = tracker.waitForService(20_000);
        assertNotNull(service, "no " + type.getSimpleName() + " is registered");
        return service;
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
    }
}
