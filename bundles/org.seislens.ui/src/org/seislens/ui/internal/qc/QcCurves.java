package org.seislens.ui.internal.qc;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.QcAttributes;
import org.seislens.ui.internal.viewer.CurveSource;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * The QC attributes of the dataset a viewer shows, offered as curves above its plot beside the trace headers, as
 * {@code qc:rms}, {@code qc:first_break_ms} and so on.
 */
final class QcCurves implements CurveSource {

    /** The prefix of the curves' names. */
    static final String PREFIX = "qc:"; //$NON-NLS-1$

    private final SeismicViewerView view;

    /**
     * @param view the viewer
     */
    QcCurves(SeismicViewerView view) {
        this.view = view;
    }

    private @Nullable QcAttributes attributes() {
        DatasetQc qc = QcMarks.of(view);
        return qc == null ? null : qc.attributes();
    }

    @Override
    public List<String> names() {
        QcAttributes a = attributes();
        List<String> names = new ArrayList<>();
        if (a != null) {
            a.values().keySet().stream().sorted().forEach(n -> names.add(PREFIX + n));
        }
        return names;
    }

    @Override
    public double @Nullable [] values(String name, long[] positions) {
        QcAttributes a = attributes();
        Section section = view.section();
        double[] column = a == null || !name.startsWith(PREFIX) ? null
                : a.values().get(name.substring(PREFIX.length()));
        if (a == null || section == null || column == null) {
            return null;
        }
        double[] values = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int row = positions[i] < section.count() ? DatasetQc.row(a, section.traceIndex(positions[i])) : -1;
            values[i] = row < 0 ? Double.NaN : column[row];
        }
        return values;
    }
}
