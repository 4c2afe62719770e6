package org.seislens.ui.internal.viewer;

import org.eclipse.jface.viewers.ISelection;

/**
 * What the viewer and the trace header table tell each other: the section shown and the trace picked in it.
 *
 * @param section the section shown
 * @param position the display position of the picked trace, or -1 when none is picked
 */
public record TraceSelection(Section section, long position) implements ISelection {

    @Override
    public boolean isEmpty() {
        return false;
    }

    /** @return whether a trace is picked */
    public boolean hasTrace() {
        return position >= 0;
    }
}
