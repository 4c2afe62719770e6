package org.seislens.ui.internal.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Export Gather... of the viewer: the export wizard, started on the gather the viewer shows (and its chain on
 * offer), so that Finish writes that gather.
 */
public class ExportGatherHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ViewerContext shown = ViewerContext.of(window);
        if (shown.dataset() == null) {
            return null;
        }
        DatasetExportWizard wizard = new DatasetExportWizard();
        wizard.init(shown, shown.gather() != null ? ContentPage.Scope.GATHER : ContentPage.Scope.ALL);
        new WizardDialog(window.getShell(), wizard).open();
        return null;
    }
}
