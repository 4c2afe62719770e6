package org.seislens.ui.internal.spectrum;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The spectra of one request, ready to draw.
 *
 * @param request what was computed
 * @param raw the spectrum of the raw samples
 * @param processed the spectrum of the processed samples, or {@code null} when the viewer shows raw ones
 * @param corners the band-pass corners of the chain
 */
public record SpectrumResult(SpectrumRequest request, AmplitudeSpectrum raw, @Nullable AmplitudeSpectrum processed,
        List<BandpassCorners> corners) {
}
