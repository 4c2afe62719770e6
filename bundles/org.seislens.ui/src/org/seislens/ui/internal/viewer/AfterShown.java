package org.seislens.ui.internal.viewer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Ensemble;

/**
 * Something to run once an ensemble is on screen (loaded and drawn in every shown panel): the gather navigator
 * starts its prefetch only then. A later request replaces an earlier one that has not run; it never runs if
 * the viewer moves on to another ensemble first. Used on the UI thread.
 */
final class AfterShown {

    private @Nullable Ensemble wanted;
    private @Nullable Runnable callback;

    /**
     * @param ensemble the ensemble
     * @param then what to run once it is shown
     */
    void request(Ensemble ensemble, Runnable then) {
        wanted = ensemble;
        callback = then;
    }

    /**
     * Runs the callback if its ensemble is what is shown, settled.
     *
     * @param shown what the viewer shows, or {@code null}
     * @param settled whether it is loaded and drawn
     */
    void check(@Nullable Section shown, boolean settled) {
        Runnable c = callback;
        Ensemble w = wanted;
        if (c != null && w != null && shown != null && w.equals(shown.ensemble()) && settled) {
            callback = null;
            wanted = null;
            c.run();
        }
    }
}
