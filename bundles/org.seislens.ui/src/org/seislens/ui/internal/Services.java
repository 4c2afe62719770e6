package org.seislens.ui.internal;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Where the views, handlers and wizards of this bundle get the SeisLens services ({@code DatasetService},
 * {@code DataCache}, {@code SegyImportService}): from the workbench's service locators. A part site, a window
 * or the workbench looks a service up in its Eclipse context, whose root is the OSGi service registry, where
 * Declarative Services registers the store's and the cache's components. Nothing here waits: a service that
 * is not registered is an error the caller reports (the job fails with a message), never a pause of the UI
 * thread.
 */
public final class Services {

    private Services() {
        // static helpers only
    }

    /**
     * @param <S> the service type
     * @param locator a part site, a window, or the workbench
     * @param type the service interface
     * @return the service, or {@code null} when none is registered
     */
    public static <S> @Nullable S find(IServiceLocator locator, Class<S> type) {
        return locator.getService(type);
    }

    /**
     * @param <S> the service type
     * @param locator a part site, a window, or the workbench
     * @param type the service interface
     * @return the service
     * @throws IllegalStateException if none is registered (the product lacks a bundle, or it failed to start)
     */
    public static <S> S require(IServiceLocator locator, Class<S> type) {
        S service = locator.getService(type);
        if (service == null) {
            throw new IllegalStateException(NLS.bind(Messages.Error_noService, type.getSimpleName()));
        }
        return service;
    }

    /**
     * The service from the workbench, for code that has no part site (a wizard, a job started without one).
     *
     * @param <S> the service type
     * @param type the service interface
     * @return the service
     * @throws IllegalStateException if none is registered
     */
    public static <S> S require(Class<S> type) {
        return require(PlatformUI.getWorkbench(), type);
    }
}
