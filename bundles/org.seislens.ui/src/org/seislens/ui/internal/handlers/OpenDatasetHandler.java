package org.seislens.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.internal.viewer.Messages;

/**
 * File &gt; Open Dataset...: chooses a dataset directory and shows it in the viewer.
 */
public class OpenDatasetHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText(Messages.Dialog_openTitle);
        dialog.setMessage(Messages.Dialog_openMessage);
        String chosen = dialog.open();
        if (chosen != null) {
            Viewers.show(window).open(Path.of(chosen));
        }
        return null;
    }
}
