package org.seislens.ui.internal.viewer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The listeners of a part that provides its own selection (the viewer's picked trace, the header table's
 * row), and telling them of a change.
 */
public final class SelectionListeners {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    /** @param listener told of changes */
    public void add(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void remove(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    /**
     * Tells every listener the provider's current selection.
     *
     * @param provider the part whose selection changed
     */
    public void fire(ISelectionProvider provider) {
        SelectionChangedEvent event = new SelectionChangedEvent(provider, provider.getSelection());
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }
}
