package org.seislens.ui.internal.viewer;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.SectionRenderer;
import org.seislens.ui.internal.render.Viewport;

/**
 * Where one panel's pixels are painted: the canvas that shows the last rendered picture where it belongs in
 * the current viewport (so a pan moves at once, before the next picture is rendered), the axes, the overlays
 * (the picked trace, the cursor, and whatever other views add as {@link SectionOverlay}s), the panel's name
 * when panels are compared, the zoom rectangle, and the scroll bars. It paints only; {@link CanvasInput} takes
 * the input, {@link WindowLoader} loads the windows and {@link RenderJob} makes the pictures.
 */
final class SectionCanvas {

    private final Canvas canvas;
    private final PanelKind kind;
    private final ViewportController controller;
    private final ViewerSettings settings;
    private final WindowLoader loader;
    private final List<SectionOverlay> overlays;
    private boolean labelled;
    private @Nullable Image image;
    private @Nullable Viewport imageViewport;
    private int renderedGeneration;
    private @Nullable Rectangle rubberBand;

    /**
     * @param parent the panel's composite
     * @param kind the samples the panel shows
     * @param controller the viewport
     * @param settings the axis keys and unit
     * @param loader the shown section, its windows and headers
     * @param overlays painted over the samples in this order (the list is shared and may grow)
     */
    SectionCanvas(Composite parent, PanelKind kind, ViewportController controller, ViewerSettings settings,
            WindowLoader loader, List<SectionOverlay> overlays) {
        this.kind = kind;
        this.controller = controller;
        this.settings = settings;
        this.loader = loader;
        this.overlays = overlays;
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Dispose, e -> disposeImage());
    }

    /** @return the canvas */
    Canvas control() {
        return canvas;
    }

    /** @return the samples the panel shows */
    PanelKind kind() {
        return kind;
    }

    /** @param named whether the panel's name is written on the plot (when panels are compared) */
    void setLabelled(boolean named) {
        labelled = named;
    }

    /** @return the rectangle of the canvas where samples are drawn */
    Rectangle plotArea() {
        Rectangle client = canvas.getClientArea();
        int top = AxisPainter.top(settings.traceAxisKeys());
        return new Rectangle(AxisPainter.LEFT, top, Math.max(1, client.width - AxisPainter.LEFT - 4),
                Math.max(1, client.height - top - 4));
    }

    /**
     * Takes a rendered picture, unless a newer one is shown already.
     *
     * @param rendered the picture
     * @return whether it is shown
     */
    boolean show(RenderJob.Rendered rendered) {
        if (canvas.isDisposed() || rendered.generation() < renderedGeneration) {
            return false;
        }
        disposeImage();
        image = new Image(canvas.getDisplay(), rendered.pixels());
        imageViewport = rendered.viewport();
        renderedGeneration = rendered.generation();
        canvas.redraw();
        return true;
    }

    /**
     * @param requestedGeneration the generation of the frame asked for last
     * @return whether the picture shown is that frame's and fits the current viewport
     */
    boolean isCurrent(int requestedGeneration) {
        return image != null && renderedGeneration == requestedGeneration
                && controller.viewport().equals(imageViewport);
    }

    /** @param band the zoom rectangle being dragged, or {@code null} */
    void setRubberBand(@Nullable Rectangle band) {
        rubberBand = band;
        canvas.redraw();
    }

    /** @return the zoom rectangle being dragged, or {@code null} */
    @Nullable
    Rectangle rubberBand() {
        return rubberBand;
    }

    /** Sets the scroll bars to the viewport and redraws. */
    void viewChanged() {
        updateScrollBars();
        canvas.redraw();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(canvas.getClientArea());
        Section shown = loader.section();
        if (shown == null) {
            gc.drawText(Messages.Viewer_empty, 10, 10, true);
            return;
        }
        Rectangle plot = plotArea();
        Viewport v = controller.viewport();
        paintPlot(gc, plot, v, image, imageViewport);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        paintAxes(gc, plot, v, shown.dataset().descriptor(), loader.headers());
        for (SectionOverlay overlay : overlays) {
            gc.setClipping(plot);
            overlay.paint(gc, plot, v, shown, kind);
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setClipping((Rectangle) null);
        }
        if (labelled) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.drawText(' ' + kind.label() + ' ', plot.x + 4, plot.y + 4, false);
        }
        Rectangle band = rubberBand;
        if (band != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(band);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void paintAxes(GC gc, Rectangle plot, Viewport v, DatasetDescriptor descriptor,
            @Nullable TraceHeaders headers) {
        AxisPainter.paint(gc, plot, v, descriptor.sampleCount(), descriptor.sampleInterval(), settings.unit(),
                settings.traceAxisKeys(), headers);
    }

    /** Draws the last image where it belongs in the current viewport, so pans move at once. */
    private static void paintPlot(GC gc, Rectangle plot, Viewport now, @Nullable Image picture,
            @Nullable Viewport pictured) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(plot);
        if (picture == null || pictured == null) {
            return;
        }
        gc.setClipping(plot);
        double x = plot.x + now.xOf(pictured.trace0());
        double y = plot.y + now.yOf(pictured.sample0());
        double w = pictured.width() * now.pixelsPerTrace() / pictured.pixelsPerTrace();
        double h = pictured.height() * now.pixelsPerSample() / pictured.pixelsPerSample();
        Rectangle size = picture.getBounds();
        if (Math.abs(w - size.width) < 0.5 && Math.abs(h - size.height) < 0.5) {
            gc.drawImage(picture, (int) Math.round(x), (int) Math.round(y));
        } else {
            gc.drawImage(picture, 0, 0, size.width, size.height, (int) Math.round(x), (int) Math.round(y),
                    (int) Math.round(w), (int) Math.round(h));
        }
        gc.setClipping((Rectangle) null);
    }

    /**
     * Draws the current view, axes included, at a chosen plot size, on the UI thread.
     *
     * @param width plot width in pixels
     * @param height plot height in pixels
     * @return the picture
     */
    ImageData snapshot(int width, int height) {
        Viewport now = controller.viewport();
        Viewport sized = new Viewport(now.trace0(), now.sample0(), now.pixelsPerTrace() * width / now.width(),
                now.pixelsPerSample() * height / now.height(), width, height);
        int top = AxisPainter.top(settings.traceAxisKeys());
        Image picture = new Image(canvas.getDisplay(), width + AxisPainter.LEFT + 8, height + top + 8);
        GC gc = new GC(picture);
        Image plotImage = null;
        try {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(picture.getBounds());
            LoadedWindows windows = loader.windows();
            WindowData data = windows == null ? null : windows.of(kind);
            WindowData scaleFrom = windows == null ? null : windows.scaleOf(kind);
            if (data != null && scaleFrom != null) {
                ImageData pixels = new SectionRenderer().render(data,
                        AmplitudeScale.of(scaleFrom, settings.display()), sized, settings.display());
                plotImage = new Image(canvas.getDisplay(), pixels);
            }
            Rectangle plot = new Rectangle(AxisPainter.LEFT, top, width, height);
            paintPlot(gc, plot, sized, plotImage, sized);
            Section shown = loader.section();
            if (shown != null) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                paintAxes(gc, plot, sized, shown.dataset().descriptor(), loader.headers());
            }
            return picture.getImageData();
        } finally {
            gc.dispose();
            picture.dispose();
            if (plotImage != null) {
                plotImage.dispose();
            }
        }
    }

    private void updateScrollBars() {
        Viewport v = controller.viewport();
        long traces = controller.traceEnd() - controller.traceStart();
        ScrollBar h = canvas.getHorizontalBar();
        int visibleTraces = (int) Math.max(1, Math.min(traces, Math.round(v.width() / v.pixelsPerTrace())));
        h.setValues((int) Math.round(v.trace0() - controller.traceStart()), 0, (int) Math.max(1, traces),
                visibleTraces, Math.max(1, visibleTraces / 20), visibleTraces);
        ScrollBar vb = canvas.getVerticalBar();
        int samples = controller.samples();
        int visibleSamples = (int) Math.max(1, Math.min(samples, Math.round(v.height() / v.pixelsPerSample())));
        vb.setValues((int) Math.round(v.sample0()), 0, Math.max(1, samples), visibleSamples,
                Math.max(1, visibleSamples / 20), visibleSamples);
    }

    private void disposeImage() {
        Image old = image;
        if (old != null) {
            old.dispose();
        }
        image = null;
    }
}
