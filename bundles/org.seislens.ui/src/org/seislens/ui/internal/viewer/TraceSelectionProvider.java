package org.seislens.ui.internal.viewer;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.seislens.ui.internal.SelectionListeners;

/**
 * The picked trace of a part, as a workbench selection: the viewer and the Trace Headers view each have one,
 * set it as their site's selection provider, and follow the other's through {@link #follow}. A pick the
 * other part makes, or a {@link #setSelection} from outside, reaches the owner through its {@code picked}
 * callback; the owner then calls {@link #set} with what it shows.
 */
public final class TraceSelectionProvider extends SelectionListeners {

    private final Consumer<TraceSelection> picked;
    private @Nullable Section section;
    private long position = -1;
    private @Nullable IWorkbenchPage followedPage;
    private @Nullable String followedPart;
    private final ISelectionListener follower = (part, selection) -> setSelection(selection);

    /**
     * @param picked told a trace picked elsewhere (a selection set from outside, or the followed part's)
     */
    public TraceSelectionProvider(Consumer<TraceSelection> picked) {
        this.picked = picked;
    }

    /**
     * Follows the picks of another part of a page, until {@link #dispose()}.
     *
     * @param page the workbench page
     * @param partId the other part's id
     */
    public void follow(IWorkbenchPage page, String partId) {
        followedPage = page;
        followedPart = partId;
        page.addPostSelectionListener(partId, follower);
    }

    /** Stops following the other part. */
    public void dispose() {
        IWorkbenchPage page = followedPage;
        String part = followedPart;
        if (page != null && part != null) {
            page.removePostSelectionListener(part, follower);
        }
        followedPage = null;
    }

    /** @return the section the owner shows, or {@code null} */
    public @Nullable Section section() {
        return section;
    }

    /** @return the display position of the picked trace, or -1 */
    public long position() {
        return position;
    }

    /**
     * Sets what the owner shows and tells the listeners.
     *
     * @param shown the section shown, or {@code null}
     * @param picked the display position of the picked trace, or -1
     */
    public void set(@Nullable Section shown, long picked) {
        section = shown;
        position = picked;
        selectionChanged();
    }

    /**
     * Sets what the owner shows without telling the listeners: the change came from the part they follow.
     *
     * @param shown the section shown, or {@code null}
     * @param picked the display position of the picked trace, or -1
     */
    public void reflect(@Nullable Section shown, long picked) {
        section = shown;
        position = picked;
    }

    @Override
    public ISelection getSelection() {
        Section shown = section;
        return shown == null ? StructuredSelection.EMPTY : new TraceSelection(shown, position);
    }

    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof TraceSelection trace) {
            picked.accept(trace);
        }
    }
}
