package org.seislens.ui.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The listening half of a selection provider that is not a JFace viewer: listeners added and removed (each
 * once), and told of the provider's selection when it changes. A provider extends this and implements
 * {@link #getSelection} and {@link #setSelection}. Used on the UI thread.
 */
public abstract class SelectionListeners implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    @Override
    public final void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public final void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners the selection now, in the order they were added. */
    protected final void selectionChanged() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }
}
