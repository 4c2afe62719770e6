package org.seislens.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds SeisLens services in the OSGi registry for the command line, waiting briefly for Declarative
 * Services to register them at start-up.
 */
final class Services implements AutoCloseable {

    private static final long WAIT_MILLIS = 20_000;

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    Services(BundleContext context) {
        this.context = context;
    }

    /**
     * @param <S> the service type
     * @param type the service interface
     * @return the service
     * @throws IllegalStateException if no such service appears in time
     */
    <S> S get(Class<S> type) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            S service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("No " + type.getSimpleName() + " service is registered"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + type.getSimpleName(), e); //$NON-NLS-1$
        }
    }

    @Override
    public void close() {
        for (ServiceTracker<?, ?> t : trackers) {
            t.close();
        }
    }
}
