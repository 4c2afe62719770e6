package org.seislens.ui.internal.viewer;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.ImageData;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.ImageRecycler;
import org.seislens.ui.internal.render.SectionRenderer;
import org.seislens.ui.internal.render.Viewport;

/**
 * Renders the frames of one panel of the viewer off the UI thread: a frame asked for while one renders replaces
 * any frame still waiting, so a fast pan renders only the latest viewport. The amplitude scale is kept while
 * the window that sets it and the settings that shape it stay the same. Pictures are drawn into the pixels of
 * pictures given back to the {@link ImageRecycler} (the canvas copies them into an SWT image).
 */
final class RenderJob extends Job {

    /**
     * A picture to render.
     *
     * @param generation increases with each frame asked for
     * @param window the samples
     * @param scaleWindow the samples whose amplitudes set the clip: the window itself, or for the difference
     *            panel the processed window, so that it is drawn on the processed scale
     * @param settings the display settings
     * @param viewport the part of the section to draw
     */
    record Frame(int generation, WindowData window, WindowData scaleWindow, DisplaySettings settings,
            Viewport viewport) {
    }

    /**
     * A rendered picture.
     *
     * @param generation the frame's generation
     * @param viewport the frame's viewport
     * @param pixels the picture
     * @param saturation the amplitude (normalised when the settings normalise) drawn at the ends of the colour
     *            map: the clip divided by the gain
     * @param settings the settings it was drawn with
     */
    record Rendered(int generation, Viewport viewport, ImageData pixels, double saturation,
            DisplaySettings settings) {
    }

    private final AtomicReference<@Nullable Frame> next = new AtomicReference<>();
    private final SectionRenderer renderer = new SectionRenderer();
    private final ImageRecycler images;
    private final SampleArrays arrays;
    private final Consumer<Rendered> done;
    private @Nullable WindowData scaledWindow;
    private @Nullable DisplaySettings scaledSettings;
    private @Nullable AmplitudeScale scale;

    /**
     * @param images where pictures are drawn into: whoever takes a rendered picture gives its pixels back there
     *            once it no longer reads them, so that stepping through gathers does not make an image per step
     * @param done takes each rendered picture, on the job's thread
     */
    RenderJob(ImageRecycler images, Consumer<Rendered> done) {
        this(images, new SampleArrays(), done);
    }

    /**
     * @param images where pictures are drawn into
     * @param arrays the loader's arrays: a frame holds its windows' samples from its request until it is drawn or
     *            replaced, so that no load writes into them meanwhile
     * @param done takes each rendered picture, on the job's thread
     */
    RenderJob(ImageRecycler images, SampleArrays arrays, Consumer<Rendered> done) {
        super(Messages.Job_render);
        this.images = images;
        this.arrays = arrays;
        this.done = done;
        setSystem(true);
        setUser(false);
    }

    /**
     * @param frame the picture wanted now
     */
    void request(Frame frame) {
        hold(frame);
        release(next.getAndSet(frame));
        schedule();
    }

    /** Cancels the rendering and lets go of the frame still waiting. */
    void dispose() {
        cancel();
        release(next.getAndSet(null));
    }

    private void hold(Frame frame) {
        arrays.hold(frame.window());
        arrays.hold(frame.scaleWindow());
    }

    /** Whoever takes a frame out of {@link #next} releases it, so each frame is released once. */
    private void release(@Nullable Frame frame) {
        if (frame != null) {
            arrays.release(frame.window());
            arrays.release(frame.scaleWindow());
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Frame frame = next.getAndSet(null);
        if (frame == null) {
            return Status.OK_STATUS;
        }
        try {
            if (!monitor.isCanceled()) {
                render(frame);
            }
        } finally {
            release(frame);
        }
        return Status.OK_STATUS;
    }

    private void render(Frame frame) {
        AmplitudeScale s = scale;
        DisplaySettings ss = scaledSettings;
        if (s == null || scaledWindow != frame.scaleWindow() || ss == null || !sameScale(ss, frame.settings())) {
            s = AmplitudeScale.of(frame.scaleWindow(), frame.settings());
            scale = s;
            scaledWindow = frame.scaleWindow();
            scaledSettings = frame.settings();
        }
        Viewport v = frame.viewport();
        ImageData pixels = renderer.render(frame.window(), s, v, frame.settings(),
                images.take(Math.max(1, v.width()), Math.max(1, v.height())));
        done.accept(new Rendered(frame.generation(), frame.viewport(), pixels, s.clip() / frame.settings().gain(),
                frame.settings()));
    }

    private static boolean sameScale(DisplaySettings a, DisplaySettings b) {
        return a.clipMode() == b.clipMode() && a.clip() == b.clip() && a.gain() == b.gain()
                && a.reversePolarity() == b.reversePolarity() && a.normalisation() == b.normalisation();
    }
}
