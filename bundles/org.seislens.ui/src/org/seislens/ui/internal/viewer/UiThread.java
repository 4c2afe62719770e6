package org.seislens.ui.internal.viewer;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Brings results of background jobs back to the UI thread of a control, unless the control is gone by then:
 * what a job hands over after its view closed is released instead of applied.
 */
final class UiThread {

    private final Control control;

    /**
     * @param control the control whose life bounds the results' use
     */
    UiThread(Control control) {
        this.control = control;
    }

    /**
     * @param onUi run on the UI thread while the control lives
     * @param ifGone run instead, on whatever thread, when the control is disposed
     */
    void exec(Runnable onUi, Runnable ifGone) {
        Display display = control.isDisposed() ? null : control.getDisplay();
        if (display == null || display.isDisposed()) {
            ifGone.run();
            return;
        }
        try {
            display.asyncExec(() -> {
                if (control.isDisposed()) {
                    ifGone.run();
                } else {
                    onUi.run();
                }
            });
        } catch (SWTException e) {
            ifGone.run();
        }
    }

    /**
     * @param onUi run on the UI thread while the control lives; nothing to release otherwise
     */
    void exec(Runnable onUi) {
        exec(onUi, () -> {
            // nothing to release
        });
    }
}
