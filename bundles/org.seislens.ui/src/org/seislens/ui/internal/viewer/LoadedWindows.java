package org.seislens.ui.internal.viewer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.WindowData;

/**
 * The windows of one load, all with the same bounds: the stored samples, the processed ones and their
 * difference, each present when a shown panel needs it.
 *
 * @param raw the stored samples, or {@code null} when no panel shows them
 * @param processed the processed samples, or {@code null} when no chain is set or no panel shows them
 * @param difference processed minus raw, or {@code null} unless both are loaded
 */
public record LoadedWindows(@Nullable WindowData raw, @Nullable WindowData processed,
        @Nullable WindowData difference) {

    /**
     * @param raw the stored samples, or {@code null}
     * @param processed the processed samples, or {@code null}
     * @return the windows, with their difference when both are given
     */
    public static LoadedWindows of(@Nullable WindowData raw, @Nullable WindowData processed) {
        return new LoadedWindows(raw, processed, raw == null || processed == null ? null : difference(raw, processed));
    }

    /**
     * @param raw the stored samples
     * @param processed the processed samples of the same bounds
     * @return processed minus raw, sample by sample
     */
    public static WindowData difference(WindowData raw, WindowData processed) {
        return difference(raw, processed, new float[raw.samples().length]);
    }

    /**
     * @param raw the stored samples
     * @param processed the processed samples of the same bounds
     * @param into receives the difference; exactly as long as the windows
     * @return processed minus raw, sample by sample, in {@code into}
     */
    public static WindowData difference(WindowData raw, WindowData processed, float[] into) {
        if (!raw.bounds().equals(processed.bounds())) {
            throw new IllegalArgumentException("Windows of different bounds: " + raw.bounds() + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + processed.bounds());
        }
        float[] a = raw.samples();
        float[] b = processed.samples();
        float[] d = into;
        for (int i = 0; i < d.length; i++) {
            d[i] = b[i] - a[i];
        }
        return new WindowData(raw.bounds(), d, processed.sourceType());
    }

    /**
     * @param kind a panel
     * @return the samples it shows, or {@code null} when they are not loaded; the processed panel shows the
     *         stored samples when there is no processed window
     */
    public @Nullable WindowData of(PanelKind kind) {
        return switch (kind) {
        case RAW -> raw;
        case PROCESSED -> processed == null ? raw : processed;
        case DIFFERENCE -> difference;
        };
    }

    /**
     * @param kind a panel
     * @return the samples whose amplitudes set the panel's clip: its own, except the difference, which is
     *         drawn on the processed panel's scale
     */
    public @Nullable WindowData scaleOf(PanelKind kind) {
        return kind == PanelKind.DIFFERENCE ? processed : of(kind);
    }

    /** @return what a single panel shows: the processed samples when loaded, else the stored ones */
    public @Nullable WindowData shown() {
        return processed == null ? raw : processed;
    }
}
