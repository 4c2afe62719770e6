package org.seislens.ui.internal.viewer;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * More curves for the strip above the viewer's plot than the trace headers: per-trace values that another part
 * computes, such as the QC attributes. Set with {@link SeismicViewerView#setCurveSource}.
 */
public interface CurveSource {

    /** @return the names of the curves offered for the section shown now, after the header columns */
    List<String> names();

    /**
     * @param name one of {@link #names()}
     * @param positions display positions of the section shown
     * @return the value at each position (NaN where there is none), or {@code null} when the curve is gone
     */
    double @Nullable [] values(String name, long[] positions);
}
