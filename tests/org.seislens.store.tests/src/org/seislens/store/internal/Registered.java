package org.seislens.store.internal;

import org.osgi.util.tracker.ServiceTracker;
import org.seislens.test.support.RegisteredServices;

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
        return RegisteredServices.track(Registered.class, type);
    }
}
