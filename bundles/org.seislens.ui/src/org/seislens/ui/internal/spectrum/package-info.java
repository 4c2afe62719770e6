/**
 * The Amplitude Spectrum view: the mean amplitude spectrum of what the seismic viewer shows, raw and
 * processed, with the band-pass corners of its chain. {@link org.seislens.ui.internal.spectrum.AmplitudeSpectrum}
 * and {@link org.seislens.ui.internal.spectrum.BandpassCorners} compute without SWT; the view only wires and
 * draws.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.ui.internal.spectrum;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
