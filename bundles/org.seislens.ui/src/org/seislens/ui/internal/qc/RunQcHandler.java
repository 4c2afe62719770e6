package org.seislens.ui.internal.qc;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.QcThresholds;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/** Runs QC on the dataset the viewer shows, with the default thresholds and the key of the gather it shows. */
public final class RunQcHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView view = QcEditHandler.viewer(event);
        DatasetQc qc = view == null ? null : QcMarks.of(view);
        if (view == null || qc == null) {
            return null;
        }
        var ensemble = view.ensemble();
        QcThresholds thresholds = ensemble == null ? QcThresholds.DEFAULTS
                : QcThresholds.DEFAULTS.withKey(ensemble.key());
        new RunQcJob(qc.location(), thresholds).schedule();
        return null;
    }
}
