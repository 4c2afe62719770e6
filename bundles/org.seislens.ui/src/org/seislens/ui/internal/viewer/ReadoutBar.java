package org.seislens.ui.internal.viewer;

import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.seislens.core.CacheStatistics;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.Viewport;

/**
 * The line under the viewer's plot: on the left the time, trace, headers and amplitude under the pointer (when
 * panels are compared, the raw, processed and difference amplitudes there, whichever panel the pointer is in);
 * on the right the shared cache's figures (also in the status line).
 */
final class ReadoutBar {

    private final Label readout;
    private final Label cacheFigures;
    private final Supplier<@Nullable DataCache> cache;
    private final IStatusLineManager statusLine;

    /**
     * @param parent the viewer's composite, a two-column grid
     * @param cache the shared cache, or {@code null} while none is registered
     * @param statusLine the view's status line
     */
    ReadoutBar(Composite parent, Supplier<@Nullable DataCache> cache, IStatusLineManager statusLine) {
        this.cache = cache;
        this.statusLine = statusLine;
        readout = new Label(parent, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        readout.setText(Messages.Viewer_empty);
        cacheFigures = new Label(parent, SWT.RIGHT);
        cacheFigures.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
    }

    /** Empties the readout (another section is shown). */
    void clear() {
        readout.setText(""); //$NON-NLS-1$
    }

    /**
     * Describes the sample under the pointer.
     *
     * @param x pointer position on the canvas
     * @param y pointer position on the canvas
     * @param plot the plot area
     * @param controller the viewport
     * @param loader the shown section, window and headers
     * @param unit the vertical axis unit
     */
    void pointerAt(int x, int y, Rectangle plot, ViewportController controller, WindowLoader loader, String unit) {
        Section shown = loader.section();
        if (shown == null) {
            return;
        }
        Viewport v = controller.viewport();
        long trace = (long) Math.floor(v.traceAt(x - plot.x));
        int sample = (int) Math.floor(v.sampleAt(y - plot.y));
        DatasetDescriptor descriptor = shown.dataset().descriptor();
        if (x < plot.x || y < plot.y || trace < controller.traceStart() || trace >= controller.traceEnd()
                || sample < 0 || sample >= descriptor.sampleCount()) {
            clear();
            return;
        }
        String time = String.format("%.1f", descriptor.sampleTimeMillis(sample)); //$NON-NLS-1$
        String traceLabel = Long.toString(shown.traceIndex(trace));
        StringBuilder values = new StringBuilder();
        TraceHeaders h = loader.headers();
        if (h != null && h.rowCount() > 0 && trace >= h.traceIndex(0) && trace <= h.traceIndex(h.rowCount() - 1)) {
            int row = (int) (trace - h.traceIndex(0));
            for (String column : h.columns()) {
                values.append(column).append(' ').append(h.value(row, column)).append("   "); //$NON-NLS-1$
            }
        }
        LoadedWindows windows = loader.windows();
        WindowData data = loader.window();
        if (windows != null && windows.difference() != null && data != null && data.bounds().contains(trace, sample)) {
            readout.setText(NLS.bind(Messages.Viewer_readoutCompare, new Object[] { time, unit, traceLabel,
                    values.toString().trim(), amplitude(windows.raw(), trace, sample),
                    amplitude(windows.processed(), trace, sample), amplitude(windows.difference(), trace, sample) }));
        } else if (data != null && data.bounds().contains(trace, sample)) {
            readout.setText(NLS.bind(Messages.Viewer_readout, new Object[] { time, unit, traceLabel,
                    values.toString().trim(), amplitude(data, trace, sample) }));
        } else {
            readout.setText(NLS.bind(Messages.Viewer_readoutOutside,
                    new Object[] { time, unit, traceLabel, values.toString().trim() }));
        }
    }

    private static String amplitude(@Nullable WindowData data, long trace, int sample) {
        return data == null ? "" : String.format("%.6g", data.value(trace, sample)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Shows the cache's figures now. */
    void updateCacheFigures() {
        DataCache c = cache.get();
        String text;
        if (c == null) {
            text = Messages.Viewer_noCache;
        } else {
            CacheStatistics s = c.statistics();
            text = NLS.bind(Messages.Viewer_cache, new Object[] { Long.toString(s.entries()),
                    String.format("%.1f", s.bytes() / 1048576.0), //$NON-NLS-1$
                    String.format("%.0f", s.limits().maxBytes() / 1048576.0), //$NON-NLS-1$
                    String.format("%.0f", 100 * s.hitRate()) }); //$NON-NLS-1$
        }
        if (!text.equals(cacheFigures.getText())) {
            cacheFigures.setText(text);
            cacheFigures.getParent().layout(new Control[] { cacheFigures });
            statusLine.setMessage(text);
        }
    }

    /** @return the readout text */
    String readoutText() {
        return readout.getText();
    }

    /** @return the cache figures */
    String cacheText() {
        return cacheFigures.getText();
    }
}
