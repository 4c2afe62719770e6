package org.seislens.ui.internal.viewer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the SeisLens services a part uses in the OSGi registry; the part never creates them. Open while the
 * part lives, closed with it.
 */
public final class ServiceLookup implements AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

    /**
     * @param <S> the service type
     * @param type the service interface
     * @return the service, or {@code null} if none is registered now
     */
    public synchronized <S> @Nullable S find(Class<S> type) {
        return tracker(type).getService();
    }

    /**
     * Waits a little for a service that Declarative Services may still be registering. Call off the UI
     * thread.
     *
     * @param <S> the service type
     * @param type the service interface
     * @return the service
     * @throws IllegalStateException if no such service appears
     */
    public <S> S require(Class<S> type) {
        ServiceTracker<S, S> tracker;
        synchronized (this) {
            tracker = tracker(type);
        }
        try {
            S service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException(NLS.bind(Messages.Error_noService, type.getSimpleName()));
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(NLS.bind(Messages.Error_noService, type.getSimpleName()), e);
        }
    }

    @SuppressWarnings("unchecked")
    private <S> ServiceTracker<S, S> tracker(Class<S> type) {
        ServiceTracker<?, ?> known = trackers.get(type);
        if (known != null) {
            return (ServiceTracker<S, S>) known;
        }
        BundleContext context = FrameworkUtil.getBundle(ServiceLookup.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.put(type, tracker);
        return tracker;
    }

    @Override
    public synchronized void close() {
        for (ServiceTracker<?, ?> t : trackers.values()) {
            t.close();
        }
        trackers.clear();
    }
}
