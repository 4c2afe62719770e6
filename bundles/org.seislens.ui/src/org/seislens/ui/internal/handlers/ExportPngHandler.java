package org.seislens.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.internal.viewer.Messages;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Export View as PNG...: saves what the viewer shows, axes included, at the view's size or a chosen size.
 */
public class ExportPngHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView viewer = Viewers.find(event);
        if (viewer == null || viewer.dataset() == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        FileDialog files = new FileDialog(shell, SWT.SAVE);
        files.setText(Messages.Dialog_exportTitle);
        files.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
        files.setOverwrite(true);
        String file = files.open();
        if (file == null) {
            return null;
        }
        Rectangle plot = viewer.plotArea();
        InputDialog size = new InputDialog(shell, Messages.Dialog_exportTitle,
                NLS.bind(Messages.Dialog_exportSize, plot.width, plot.height), plot.width + "x" + plot.height, //$NON-NLS-1$
                text -> parseSize(text) == null ? Messages.Dialog_exportSizeInvalid : null);
        if (size.open() != Window.OK) {
            return null;
        }
        int[] wh = parseSize(size.getValue());
        if (wh != null) {
            save(viewer.snapshot(wh[0], wh[1]), file);
        }
        return null;
    }

    /**
     * @param data pixels
     * @param file a .png file name
     */
    static void save(ImageData data, String file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file, SWT.IMAGE_PNG);
    }

    /**
     * @param text "WIDTHxHEIGHT"
     * @return width and height, or {@code null} if the text is not a size between 16 and 16384
     */
    static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase().split("\\s*x\\s*"); //$NON-NLS-1$
        if (parts.length != 2) {
            return null;
        }
        try {
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            return w < 16 || h < 16 || w > 16384 || h > 16384 ? null : new int[] { w, h };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
