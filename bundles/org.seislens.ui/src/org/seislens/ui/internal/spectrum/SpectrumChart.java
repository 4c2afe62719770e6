package org.seislens.ui.internal.spectrum;

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Draws spectra with SWTChart: the raw curve, the processed curve when there is one, and each band-pass corner
 * as a dashed vertical line over the whole amplitude range. Series ids are {@link #RAW}, {@link #PROCESSED} and
 * {@code corner <step> f<n>}.
 */
final class SpectrumChart {

    /** Id of the raw curve. */
    static final String RAW = "raw"; //$NON-NLS-1$
    /** Id of the processed curve. */
    static final String PROCESSED = "processed"; //$NON-NLS-1$
    /** Prefix of the ids of the corner lines. */
    static final String CORNER = "corner "; //$NON-NLS-1$

    private final Chart chart;

    /**
     * @param parent where the chart goes
     */
    SpectrumChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        // The title says what the spectrum is of; in the view's font it fits a narrow view better than the
        // chart's large default.
        chart.getTitle().setFont(parent.getFont());
        chart.getTitle().setText(Messages.Spectrum_none);
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(Messages.Spectrum_frequency);
        y.getTitle().setText(Messages.Spectrum_amplitude);
    }

    /** @return the chart control */
    Chart control() {
        return chart;
    }

    /**
     * Shows spectra, replacing what was shown.
     *
     * @param result the spectra and corners
     * @param title what they are of
     */
    void show(SpectrumResult result, String title) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            chart.getTitle().setText(title);
            double bottom = Math.max(AmplitudeSpectrum.FLOOR_DB, Math.min(lowest(result.raw()),
                    result.processed() == null ? 0 : lowest(result.processed())));
            bottom = Math.floor(bottom / 10) * 10 - 10;
            curve(RAW, Messages.Spectrum_raw, result.raw(), SWT.COLOR_DARK_BLUE);
            AmplitudeSpectrum processed = result.processed();
            if (processed != null) {
                curve(PROCESSED, Messages.Spectrum_processed, processed, SWT.COLOR_RED);
            }
            List<BandpassCorners> corners = result.corners();
            for (int c = 0; c < corners.size(); c++) {
                double[] f = corners.get(c).values();
                // One legend entry per band-pass step, on its first corner.
                String label = NLS.bind(Messages.Spectrum_corners,
                        new Object[] { format(f[0]), format(f[1]), format(f[2]), format(f[3]) });
                for (int i = 0; i < f.length; i++) {
                    corner(CORNER + (c + 1) + " f" + (i + 1), label, f[i], bottom, i == 0); //$NON-NLS-1$
                }
            }
            double[] freq = result.raw().frequencies();
            double nyquist = freq.length == 0 ? 1 : freq[freq.length - 1];
            chart.getAxisSet().getXAxis(0).setRange(new Range(0, Math.max(1, nyquist)));
            chart.getAxisSet().getYAxis(0).setRange(new Range(bottom, 3));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** Shows nothing, with a hint in the title. */
    void clear() {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        chart.getTitle().setText(Messages.Spectrum_none);
        chart.redraw();
    }

    private void curve(String id, String label, AmplitudeSpectrum spectrum, int colour) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setDescription(label);
        s.setXSeries(spectrum.frequencies());
        s.setYSeries(spectrum.decibels());
        s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        s.setLineColor(system(colour));
        s.setLineWidth(2);
        s.setAntialias(SWT.ON);
    }

    private void corner(String id, String label, double hz, double bottom, boolean inLegend) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setDescription(label);
        s.setXSeries(new double[] { hz, hz });
        s.setYSeries(new double[] { bottom, 3 });
        s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        s.setLineStyle(LineStyle.DASH);
        s.setLineColor(system(SWT.COLOR_DARK_GREEN));
        s.setVisibleInLegend(inLegend);
    }

    private Color system(int colour) {
        return chart.getDisplay().getSystemColor(colour);
    }

    private static double lowest(@Nullable AmplitudeSpectrum spectrum) {
        double low = 0;
        if (spectrum != null) {
            for (double d : spectrum.decibels()) {
                low = Math.min(low, d);
            }
        }
        return low;
    }

    private static String format(double hz) {
        return hz == Math.rint(hz) ? Long.toString((long) hz) : String.format(Locale.ROOT, "%.1f", Double.valueOf(hz)); //$NON-NLS-1$
    }
}
