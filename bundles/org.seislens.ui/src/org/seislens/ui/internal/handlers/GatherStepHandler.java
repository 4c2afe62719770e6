package org.seislens.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.navigator.GatherNavigatorView;

/**
 * First, previous, next and last gather: the gather navigator does the stepping (and the prefetching), opened
 * first if it is not.
 */
public class GatherStepHandler extends AbstractHandler {

    /** Command id of "next gather". */
    public static final String NEXT = "org.seislens.ui.commands.nextGather"; //$NON-NLS-1$
    /** Command id of "previous gather". */
    public static final String PREVIOUS = "org.seislens.ui.commands.previousGather"; //$NON-NLS-1$
    /** Command id of "first gather". */
    public static final String FIRST = "org.seislens.ui.commands.firstGather"; //$NON-NLS-1$
    /** Command id of "last gather". */
    public static final String LAST = "org.seislens.ui.commands.lastGather"; //$NON-NLS-1$

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page == null) {
            return null;
        }
        IViewPart part = page.findView(SeisLensUi.VIEW_GATHERS);
        if (part == null) {
            try {
                part = page.showView(SeisLensUi.VIEW_GATHERS, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        if (!(part instanceof GatherNavigatorView navigator)) {
            return null;
        }
        switch (event.getCommand().getId()) {
        case NEXT -> navigator.step(1);
        case PREVIOUS -> navigator.step(-1);
        case FIRST -> navigator.first();
        case LAST -> navigator.last();
        default -> throw new ExecutionException("Unknown gather command " + event.getCommand().getId()); //$NON-NLS-1$
        }
        return null;
    }
}
