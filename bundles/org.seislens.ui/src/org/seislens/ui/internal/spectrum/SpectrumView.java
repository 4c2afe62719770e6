package org.seislens.ui.internal.spectrum;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.WindowBounds;
import org.seislens.ui.internal.viewer.PanelKind;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.ViewerFollower;

/**
 * The Amplitude Spectrum view: the mean amplitude spectrum in dB of the traces and time range the seismic viewer
 * shows (or of the trace picked in it), raw and processed, with the band-pass corners of the viewer's chain. It
 * follows the viewer active last. The viewer's canvas repaints whenever what it shows changes (pan, zoom, another
 * gather, a pick, a new chain), so the view checks on each repaint what the viewer shows and, when that changed,
 * computes the spectrum again in a background job after a short pause; a job still running is cancelled.
 */
public class SpectrumView extends ViewPart {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = "org.seislens.ui.views.spectrum"; //$NON-NLS-1$

    /** How long the viewer must stay still before a spectrum is computed, so that a drag does not start many. */
    static final int PAUSE_MS = 120;

    private final Listener painted = e -> viewerChanged();
    private @Nullable ViewerFollower follower;
    private @Nullable SpectrumChart chart;
    private @Nullable SpectrumRequest wanted;
    private @Nullable SpectrumJob job;
    private @Nullable SpectrumResult shown;
    private int computed;

    @Override
    public void createPartControl(Composite parent) {
        chart = new SpectrumChart(parent);
        follower = new ViewerFollower(getSite().getPage(), this::viewerChanged, followed -> {
            for (PanelKind kind : PanelKind.values()) {
                // whichever panels the compare mode shows: a hidden one is not repainted
                followed.canvas(kind).addListener(SWT.Paint, painted);
            }
        }, previous -> {
            for (PanelKind kind : PanelKind.values()) {
                Canvas canvas = previous.canvas(kind);
                if (!canvas.isDisposed()) {
                    canvas.removeListener(SWT.Paint, painted);
                }
            }
        });
        viewerChanged(); // told once already, before the follower was kept
    }

    private @Nullable SeismicViewerView followed() {
        ViewerFollower f = follower;
        return f == null ? null : f.viewer();
    }

    @Override
    public void setFocus() {
        SpectrumChart c = chart;
        if (c != null) {
            c.control().setFocus();
        }
    }

    @Override
    public void dispose() {
        ViewerFollower f = follower;
        if (f != null) {
            f.dispose();
        }
        cancel();
        super.dispose();
    }

    /** Compares what the viewer shows with what the spectrum is of, and computes it again when they differ. */
    private void viewerChanged() {
        SpectrumRequest request = request();
        if (request == null) {
            cancel();
            wanted = null;
            shown = null;
            SpectrumChart c = chart;
            if (c != null && !c.control().isDisposed()) {
                c.clear();
            }
            return;
        }
        if (request.equals(wanted)) {
            return;
        }
        wanted = request;
        cancel();
        Display display = getSite().getShell().getDisplay();
        SpectrumJob started = new SpectrumJob(request, result -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(result));
            }
        });
        job = started;
        started.schedule(PAUSE_MS);
    }

    private void cancel() {
        SpectrumJob running = job;
        if (running != null) {
            running.cancel();
        }
        job = null;
    }

    /** @return what the followed viewer shows now, or {@code null} when it shows nothing */
    private @Nullable SpectrumRequest request() {
        SeismicViewerView v = followed();
        Section section = v == null || v.canvas().isDisposed() ? null : v.section();
        if (v == null || section == null) {
            return null;
        }
        WindowBounds visible = v.controller().visibleWindow();
        if (visible.traceCount() == 0 || visible.sampleCount() < 2) {
            return null;
        }
        long picked = v.highlighted();
        boolean hasPick = picked >= 0 && picked < section.count();
        long start = hasPick ? picked : visible.traceStart();
        long end = hasPick ? picked + 1 : visible.traceEnd();
        return SpectrumRequest.of(section, v.processedDataset(), v.chain(), start, end, visible.sampleStart(),
                visible.sampleEnd(), hasPick);
    }

    private void show(SpectrumResult result) {
        SpectrumChart c = chart;
        if (c == null || c.control().isDisposed() || !result.request().equals(wanted)) {
            return;
        }
        shown = result;
        computed++;
        c.show(result, title(result.request()));
    }

    private static String title(SpectrumRequest r) {
        Section s = r.section();
        double dt = s.dataset().descriptor().sampleInterval() / 1000.0;
        String t0 = ms(r.sampleStart() * dt);
        String t1 = ms(r.sampleEnd() * dt);
        return r.picked() ? NLS.bind(Messages.Spectrum_picked, new Object[] { s.title(), Long.valueOf(r.traceIndices()[0]), t0, t1 })
                : NLS.bind(Messages.Spectrum_traces,
                        new Object[] { s.title(), Integer.valueOf(r.traceIndices().length), t0, t1 });
    }

    private static String ms(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", Double.valueOf(value)); //$NON-NLS-1$
    }

    // ---- for tests

    /** @return the viewer followed, or {@code null} */
    @Nullable
    SeismicViewerView viewer() {
        return followed();
    }

    /** @return the spectra drawn last, or {@code null} */
    @Nullable
    SpectrumResult shown() {
        return shown;
    }

    /** @return what the view shows or is computing, or {@code null} */
    @Nullable
    SpectrumRequest wanted() {
        return wanted;
    }

    /** @return the number of results drawn since the view opened */
    int computed() {
        return computed;
    }

    /** @return the chart */
    SpectrumChart chart() {
        SpectrumChart c = chart;
        if (c == null) {
            throw new IllegalStateException("The view's controls are not created yet"); //$NON-NLS-1$
        }
        return c;
    }
}
