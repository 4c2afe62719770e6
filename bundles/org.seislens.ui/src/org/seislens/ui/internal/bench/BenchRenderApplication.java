package org.seislens.ui.internal.bench;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.ImageData;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.SectionRenderer;
import org.seislens.ui.internal.render.Viewport;

/**
 * {@code ./seislens-cli bench render [--runs N] [--json]}: the median time to render variable density of a
 * 1600 x 1000 pixel view (800 traces of 1000 samples) and wiggles with variable area of 300 traces in the
 * same view, after a warm-up. The renderers write image data only, so no display is needed.
 */
public class BenchRenderApplication implements IApplication {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int SAMPLES = 1000;
    private static final int WARM_UP = 20;

    @Override
    public Object start(IApplicationContext context) {
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        boolean json = false;
        int runs = 50;
        for (int i = 0; i < args.length; i++) {
            if ("--json".equals(args[i])) { //$NON-NLS-1$
                json = true;
            } else if ("--runs".equals(args[i]) && i + 1 < args.length) { //$NON-NLS-1$
                runs = Math.max(1, Integer.parseInt(args[++i]));
            } else if (!"bench".equals(args[i]) && !"render".equals(args[i])) { //$NON-NLS-1$ //$NON-NLS-2$
                System.err.println("bench render: unknown option " + args[i] + " (use --runs N, --json)"); //$NON-NLS-1$ //$NON-NLS-2$
                return Integer.valueOf(2);
            }
        }
        SectionRenderer renderer = new SectionRenderer();
        DisplaySettings vd = DisplaySettings.DEFAULT.withColourMap(ColourMaps.SEISMIC);
        DisplaySettings wiggle = DisplaySettings.DEFAULT.withMode(DisplayMode.WIGGLE_VARIABLE_AREA);
        WindowData vdWindow = synthetic(800);
        WindowData wiggleWindow = synthetic(300);
        AmplitudeScale vdScale = AmplitudeScale.of(vdWindow, vd);
        AmplitudeScale wiggleScale = AmplitudeScale.of(wiggleWindow, wiggle);
        Viewport vdView = new Viewport(0, 0, WIDTH / 800.0, HEIGHT / (double) SAMPLES, WIDTH, HEIGHT);
        Viewport wiggleView = new Viewport(0, 0, WIDTH / 300.0, HEIGHT / (double) SAMPLES, WIDTH, HEIGHT);
        double[] vdMs = time(() -> renderer.render(vdWindow, vdScale, vdView, vd), runs);
        double[] wiggleMs = time(() -> renderer.render(wiggleWindow, wiggleScale, wiggleView, wiggle), runs);
        double vdMedian = median(vdMs);
        double wiggleMedian = median(wiggleMs);
        if (json) {
            System.out.println(String.format(Locale.ROOT,
                    "{\"vd_ms\":%.3f,\"wiggle_ms\":%.3f,\"runs\":%d,\"width\":%d,\"height\":%d," //$NON-NLS-1$
                            + "\"vd_traces\":800,\"wiggle_traces\":300,\"samples\":%d}", //$NON-NLS-1$
                    vdMedian, wiggleMedian, runs, WIDTH, HEIGHT, SAMPLES));
        } else {
            System.out.println(String.format(Locale.ROOT,
                    "variable density %dx%d px (800 traces): %.3f ms median of %d%n" //$NON-NLS-1$
                            + "wiggle + variable area %dx%d px (300 traces): %.3f ms median of %d", //$NON-NLS-1$
                    WIDTH, HEIGHT, vdMedian, runs, WIDTH, HEIGHT, wiggleMedian, runs));
        }
        return IApplication.EXIT_OK;
    }

    /** Shot-like traces: a decaying chirp per trace, shifted with the trace number. */
    private static WindowData synthetic(int traces) {
        float[] samples = new float[traces * SAMPLES];
        for (int t = 0; t < traces; t++) {
            for (int s = 0; s < SAMPLES; s++) {
                double time = s - t * 0.3;
                samples[t * SAMPLES + s] = (float) (Math.sin(time * 0.15) * Math.exp(-s / 600.0) * 1000);
            }
        }
        return new WindowData(new WindowBounds(0, traces, 0, SAMPLES), samples, SampleType.FLOAT32);
    }

    private interface Render {
        ImageData run();
    }

    private static double[] time(Render render, int runs) {
        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += render.run().data[i];
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ImageData image = render.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            checksum += image.data[i % image.data.length];
        }
        if (checksum == Long.MIN_VALUE) {
            // keeps the images observable so the JIT cannot drop the work
            System.out.println(checksum);
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
