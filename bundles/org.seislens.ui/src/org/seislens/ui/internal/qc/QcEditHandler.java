package org.seislens.ui.internal.qc;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.core.TraceEdit;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Kills, reverses or clears the picked trace of the viewer, or every trace of the gather it shows; the command's
 * id says which. Each is one undoable {@link EditOperation}.
 */
public final class QcEditHandler extends AbstractHandler {

    private static final String PREFIX = "org.seislens.ui.commands."; //$NON-NLS-1$
    /** Kills the picked trace. */
    public static final String KILL_TRACE = PREFIX + "killTrace"; //$NON-NLS-1$
    /** Reverses the picked trace. */
    public static final String REVERSE_TRACE = PREFIX + "reverseTrace"; //$NON-NLS-1$
    /** Clears the picked trace's edit. */
    public static final String CLEAR_TRACE = PREFIX + "clearTrace"; //$NON-NLS-1$
    /** Kills every trace of the shown gather. */
    public static final String KILL_GATHER = PREFIX + "killGather"; //$NON-NLS-1$
    /** Reverses every trace of the shown gather. */
    public static final String REVERSE_GATHER = PREFIX + "reverseGather"; //$NON-NLS-1$
    /** Clears the edits of the shown gather. */
    public static final String CLEAR_GATHER = PREFIX + "clearGather"; //$NON-NLS-1$

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView view = viewer(event);
        String id = event.getCommand().getId();
        Section section = view == null ? null : view.section();
        DatasetQc qc = view == null ? null : QcMarks.of(view);
        if (view == null || section == null || qc == null) {
            return null;
        }
        boolean gather = id.endsWith("Gather"); //$NON-NLS-1$
        long[] traces;
        if (gather) {
            if (section.ensemble() == null) {
                return null; // the whole dataset is no gather
            }
            traces = section.traceIndices(0, section.count());
        } else {
            long picked = view.highlighted();
            if (picked < 0) {
                return null;
            }
            traces = new long[] { section.traceIndex(picked) };
        }
        TraceEdit.Action action = id.contains("kill") ? TraceEdit.Action.KILL //$NON-NLS-1$
                : id.contains("reverse") ? TraceEdit.Action.REVERSE : null; //$NON-NLS-1$
        EditOperation.of(qc, traces, action).run();
        return null;
    }

    /**
     * @param event a command's event
     * @return the viewer of the active page, or {@code null}
     * @throws ExecutionException if there is no workbench window
     */
    static @Nullable SeismicViewerView viewer(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IViewPart view = page == null ? null : page.findView(SeismicViewerView.ID);
        return view instanceof SeismicViewerView viewer ? viewer : null;
    }
}
