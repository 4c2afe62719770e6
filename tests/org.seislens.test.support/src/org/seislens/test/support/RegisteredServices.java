package org.seislens.test.support;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services as Declarative Services registered them, found the way a consumer finds them, for the tests of any
 * bundle: through the bundle context of the bundle the tests run in (a test fragment's host), so that the service
 * types are the ones that bundle sees.
 */
public final class RegisteredServices {

    /** How long a service may take to appear. */
    private static final long WAIT_MS = 20_000;

    private RegisteredServices() {
    }

    /**
     * @param <S> the service type
     * @param from a class of the tests, whose bundle looks the service up (started first when it is not yet)
     * @param type the service interface
     * @return an open tracker that holds the service (close it when done)
     * @throws AssertionError when the tests do not run inside OSGi or the service does not appear in 20 s
     * @throws Exception if the bundle cannot be started or the wait is interrupted
     */
    public static <S> ServiceTracker<S, S> track(Class<?> from, Class<S> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(from);
        if (bundle == null) {
            throw new AssertionError(from.getName() + " is not loaded by an OSGi bundle: the tests run inside OSGi");
        }
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            bundle.start(Bundle.START_TRANSIENT);
            context = bundle.getBundleContext();
        }
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        if (tracker.waitForService(WAIT_MS) == null) {
            tracker.close();
            throw new AssertionError("no " + type.getSimpleName() + " is registered");
        }
        return tracker;
    }
}
