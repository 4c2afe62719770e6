package org.seislens.test.support;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * Captures what a control shows on screen, and saves or inspects the pixels.
 */
public final class Screenshots {

    private Screenshots() {
        // static helpers only
    }

    /**
     * Copies the on-screen pixels of a control. Call from the test thread.
     *
     * @param control the control
     * @return its pixels
     */
    public static ImageData capture(Control control) {
        return Ui.call(() -> {
            // Paint what is queued first: a redraw asked for but not yet painted would show an older frame.
            control.update();
            Point size = control.getSize();
            Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
            GC gc = new GC(control);
            try {
                gc.copyArea(image, 0, 0);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /**
     * @param data pixels
     * @param x column
     * @param y row
     * @return the colour at that pixel
     */
    public static RGB rgb(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /**
     * @param data pixels
     * @return the number of different colours in the image (a blank capture has one)
     */
    public static int distinctColours(ImageData data) {
        java.util.BitSet seen = new java.util.BitSet(1 << 24);
        int count = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB c = rgb(data, x, y);
                int key = (c.red << 16) | (c.green << 8) | c.blue;
                if (!seen.get(key)) {
                    seen.set(key);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Writes pixels as a PNG file, for a person to look at after a failure.
     *
     * @param data pixels
     * @param file destination
     */
    public static void savePng(ImageData data, Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }
}
