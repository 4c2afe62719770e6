package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.osgi.util.tracker.ServiceTracker;
import org.seislens.test.support.RegisteredServices;

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
        ServiceTracker<S, S> tracker = RegisteredServices.track(Services.class, type);
        trackers.add(tracker);
        S service = tracker.getService();
        assertNotNull(service, "no " + type.getSimpleName() + " is registered");
        return service;
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
    }
}
