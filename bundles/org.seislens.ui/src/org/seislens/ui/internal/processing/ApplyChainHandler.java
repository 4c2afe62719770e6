package org.seislens.ui.internal.processing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * The "Apply Chain to Dataset..." command: the seismic viewer's chain applied to its whole dataset, see
 * {@link ApplyChain}.
 */
public final class ApplyChainHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        if (page != null && page.findView(SeismicViewerView.ID) instanceof SeismicViewerView viewer) {
            ApplyChain.ask(window.getShell(), viewer);
        } else {
            MessageDialog.openInformation(window.getShell(), Messages.Apply_title, Messages.Apply_nothing);
        }
        return null;
    }
}
