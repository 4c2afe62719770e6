package org.seislens.ui.internal.spectrum;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowData;

/**
 * Reads the traces of a {@link SpectrumRequest}, raw and processed, through the datasets (and so the shared
 * cache) and computes their spectra off the UI thread. A system job: the view cancels it when the viewer moves
 * on before it ends.
 */
final class SpectrumJob extends Job {

    private final SpectrumRequest request;
    private final Consumer<SpectrumResult> done;

    /**
     * @param request what to compute
     * @param done given the result, on the job's thread, unless the job was cancelled
     */
    SpectrumJob(SpectrumRequest request, Consumer<SpectrumResult> done) {
        super(Messages.Spectrum_job);
        this.request = request;
        this.done = done;
        setSystem(true);
    }

    @Override
    protected IStatus run(@Nullable IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 4);
        try {
            SpectrumResult result = compute(request, sub);
            if (sub.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(result);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DatasetException e) {
            // The dataset closed or could not be read: the viewer says why; the spectrum keeps what it showed.
            return Status.CANCEL_STATUS;
        }
    }

    /**
     * Computes the spectra of a request on the calling thread.
     *
     * @param request what to compute
     * @param monitor progress and cancellation
     * @return the spectra
     * @throws DatasetException if the samples cannot be read
     */
    static SpectrumResult compute(SpectrumRequest request, IProgressMonitor monitor) throws DatasetException {
        SubMonitor sub = SubMonitor.convert(monitor, 4);
        Dataset raw = request.section().dataset();
        double dtMs = raw.descriptor().sampleInterval() / 1000.0;
        AmplitudeSpectrum rawSpectrum = spectrum(raw, request, dtMs, sub.split(2));
        Dataset processed = request.processed();
        AmplitudeSpectrum processedSpectrum = processed == null ? null
                : spectrum(processed, request, dtMs, sub.split(2));
        return new SpectrumResult(request, rawSpectrum, processedSpectrum, BandpassCorners.of(request.chain()));
    }

    private static AmplitudeSpectrum spectrum(Dataset dataset, SpectrumRequest request, double dtMs,
            IProgressMonitor monitor) throws DatasetException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        WindowData window = dataset.traces(request.traceIndices(), request.sampleStart(), request.sampleEnd(),
                sub.split(1));
        return AmplitudeSpectrum.of(window, dtMs > 0 ? dtMs : 1, sub.split(1));
    }
}
