package org.seislens.test.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Finds widgets in a widget tree. Call on the UI thread (through {@link Ui#call}).
 */
public final class Widgets {

    private Widgets() {
        // static helpers only
    }

    /**
     * @param <T> the widget type
     * @param root where to start
     * @param type the widget class
     * @param filter which widgets match
     * @return every matching control under {@code root}, including it, depth first
     */
    public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    /**
     * @param <T> the widget type
     * @param root where to start
     * @param type the widget class
     * @param filter which widgets match
     * @return the first matching control, or {@code null}
     */
    public static <T extends Control> @Nullable T find(Control root, Class<T> type, Predicate<T> filter) {
        List<T> all = findAll(root, type, filter);
        return all.isEmpty() ? null : all.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> filter,
            List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control) && filter.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, filter, found);
            }
        }
    }
}
