package org.seislens.ui.internal.viewer;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.ImageRecycler;
import org.seislens.ui.internal.render.Viewport;

/**
 * One panel of the viewer: its {@link SectionCanvas} with the {@link CanvasInput} that moves the shared
 * viewport, its {@link ColourBar} below, and the {@link RenderJob} that draws its pictures from the windows
 * the {@link WindowLoader} read. Each panel picks its clip from its own samples, except the difference panel,
 * which is drawn on the processed panel's scale.
 */
final class SectionPanel {

    private final Composite composite;
    private final SectionCanvas canvas;
    private final ColourBar colourBar;
    private final RenderJob renderJob;
    private final ImageRecycler images = new ImageRecycler();

    /**
     * @param parent the composite of the panels
     * @param kind the samples the panel shows
     * @param controller the shared viewport
     * @param settings the shared settings
     * @param loader the shared loader
     * @param overlays the shared overlays
     * @param target told of input
     * @param shown told on the UI thread when a picture is shown
     * @param ui the UI thread
     */
    SectionPanel(Composite parent, PanelKind kind, ViewportController controller, ViewerSettings settings,
            WindowLoader loader, List<SectionOverlay> overlays, CanvasInput.Target target, Runnable shown,
            UiThread ui) {
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        composite.setLayout(layout);
        canvas = new SectionCanvas(composite, kind, controller, settings, loader, overlays);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        colourBar = new ColourBar(composite);
        GridData barData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        barData.heightHint = ColourBar.HEIGHT;
        colourBar.control().setLayoutData(barData);
        new CanvasInput(canvas, controller, target);
        renderJob = new RenderJob(images, loader.arrays(), rendered -> ui.exec(() -> {
            boolean now = canvas.show(rendered);
            // The canvas copied the pixels into its image, or dropped a stale picture: the next frame draws there.
            images.give(rendered.pixels());
            if (now) {
                colourBar.setRange(rendered.saturation(), rendered.settings());
                shown.run();
            }
        }));
    }

    /** @return the composite holding the canvas and the colour bar */
    Composite composite() {
        return composite;
    }

    /** @return the canvas part */
    SectionCanvas canvas() {
        return canvas;
    }

    /** @return the colour bar */
    ColourBar colourBar() {
        return colourBar;
    }

    /** @return the samples the panel shows */
    PanelKind kind() {
        return canvas.kind();
    }

    /**
     * Asks for a picture of the current viewport.
     *
     * @param windows the windows loaded
     * @param generation the frame's generation, the same for all panels
     * @param settings the display settings
     * @param viewport what to draw
     * @return whether a picture was asked for; not when the panel's samples are not loaded
     */
    boolean render(LoadedWindows windows, int generation, DisplaySettings settings, Viewport viewport) {
        WindowData data = windows.of(kind());
        WindowData scaleFrom = windows.scaleOf(kind());
        if (data == null || scaleFrom == null) {
            return false;
        }
        renderJob.request(new RenderJob.Frame(generation, data, scaleFrom, settings, viewport));
        return true;
    }

    /** Forgets the colour bar's range: another section is shown. */
    void clear() {
        colourBar.clear();
    }

    /** Cancels the rendering. */
    void dispose() {
        renderJob.dispose();
    }
}
