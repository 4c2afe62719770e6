package org.seislens.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.core.DatasetService;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.datasets.ObjectStoreSecrets;
import org.seislens.ui.internal.open.ObjectStoreDialog;

/**
 * File &gt; Open Dataset from Object Storage...: asks where the dataset is and how to sign in
 * ({@link ObjectStoreDialog}), then shows it in the viewer.
 */
public class OpenObjectStoreHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DatasetService service = Services.find(window, DatasetService.class);
        if (service == null) {
            throw new ExecutionException("No " + DatasetService.class.getSimpleName() + " service is registered"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ObjectStoreDialog dialog = new ObjectStoreDialog(window.getShell(), service, new KnownDatasets(),
                new ObjectStoreSecrets());
        if (dialog.open() == Window.OK) {
            Path opened = dialog.opened();
            if (opened != null) {
                Viewers.show(window).open(opened);
            }
        }
        return null;
    }
}
