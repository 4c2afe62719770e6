package org.seislens.ui.internal.render;

import java.util.ArrayDeque;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.ImageData;

/**
 * Image data that nobody reads any more, kept for the next {@link SectionRenderer#render(org.seislens.core.WindowData,
 * AmplitudeScale, Viewport, DisplaySettings, ImageData) render} of the same size: a 1600 x 1000 image is 4.8 MB,
 * and a viewer stepping through gathers made one per step, which the collector then had to find and free.
 * <p>
 * The renderer {@link #take}s an image, draws into it and hands it on; whoever made its pixels into a
 * picture (an SWT {@code Image} copies them) {@link #give}s it back. Safe between a rendering thread and the
 * UI thread. At most {@link #capacity} images wait; images of another size than the last one given are
 * dropped, so a resized view does not keep old sizes.
 * </p>
 */
public final class ImageRecycler {

    /** Images kept waiting: the one on screen being replaced and the one being drawn. */
    private final int capacity;
    /** Guarded by this. */
    private final ArrayDeque<ImageData> idle = new ArrayDeque<>();

    /** A recycler that keeps at most two images. */
    public ImageRecycler() {
        this(2);
    }

    /**
     * @param capacity the most images kept waiting
     */
    public ImageRecycler(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @param width image width in pixels
     * @param height image height in pixels
     * @return an image given back earlier of that size, or {@code null}: the renderer then makes one
     */
    public synchronized @Nullable ImageData take(int width, int height) {
        ImageData first = idle.peekFirst();
        if (first != null && first.width == width && first.height == height) {
            return idle.pollFirst();
        }
        return null;
    }

    /**
     * Takes back an image whose pixels nobody reads any more.
     *
     * @param image an image from {@link SectionRenderer#render}
     */
    public synchronized void give(ImageData image) {
        ImageData first = idle.peekFirst();
        if (first != null && (first.width != image.width || first.height != image.height)) {
            idle.clear();
        }
        if (idle.size() < capacity && !idle.contains(image)) {
            idle.addFirst(image);
        }
    }

    /** @return images waiting, for tests */
    public synchronized int idle() {
        return idle.size();
    }
}
