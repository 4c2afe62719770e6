package org.seislens.bench.ui.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.graphics.ImageData;
import org.seislens.cli.internal.CommandApplication;
import org.seislens.cli.internal.ExitCodes;
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
public final class BenchRenderApplication extends CommandApplication {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int SAMPLES = 1000;
    private static final int WARM_UP = 20;

    @Override
    protected int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err) {
        boolean json = false;
        int runs = 50;
        for (int i = 0; i < args.length; i++) {
            if ("--json".equals(args[i])) { //$NON-NLS-1$
                json = true;
            } else if ("--runs".equals(args[i]) && i + 1 < args.length) { //$NON-NLS-1$
                String value = args[++i];
                try {
                    runs = Math.max(1, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    err.println("seislens-cli: bench render: --runs must be a whole number, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                    return ExitCodes.BAD_INPUT;
                }
            } else if (!"bench".equals(args[i]) && !"render".equals(args[i])) { //$NON-NLS-1$ //$NON-NLS-2$
                err.println("bench render: unknown option " + args[i] + " (use --runs N, --json)"); //$NON-NLS-1$ //$NON-NLS-2$
                return ExitCodes.BAD_INPUT;
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
            out.println(String.format(Locale.ROOT,
                    "{\"vd_ms\":%.3f,\"wiggle_ms\":%.3f,\"runs\":%d,\"width\":%d,\"height\":%d," //$NON-NLS-1$
                            + "\"vd_traces\":800,\"wiggle_traces\":300,\"samples\":%d}", //$NON-NLS-1$
                    vdMedian, wiggleMedian, runs, WIDTH, HEIGHT, SAMPLES));
        } else {
            out.println(String.format(Locale.ROOT,
                    "variable density %dx%d px (800 traces): %.3f ms median of %d%n" //$NON-NLS-1$
                            + "wiggle + variable area %dx%d px (300 traces): %.3f ms median of %d", //$NON-NLS-1$
                    WIDTH, HEIGHT, vdMedian, runs, WIDTH, HEIGHT, wiggleMedian, runs));
        }
        return ExitCodes.OK;
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
}
