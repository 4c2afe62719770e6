package org.seislens.ide.probe;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

/** Saves a PNG of the workbench window as it is on screen. */
final class Screenshot {

    private Screenshot() {
    }

    static void save(IWorkbench workbench, Path file) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            Shell shell = WorkbenchFacts.window(workbench).getShell();
            shell.redraw();
            shell.update();
            while (display.readAndDispatch()) {
                // let pending paints run
            }
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageData data = image.getImageData();
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { data };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
