/**
 * Gather QC in the workbench: the QC state of each open dataset ({@link org.seislens.ui.internal.qc.DatasetQc}:
 * attributes, flags, trace edits), undoable edit operations written to qc/edits.parquet in the background, the
 * marks painted over the viewer and its edit gestures ({@link org.seislens.ui.internal.qc.QcMarks}), the Edits
 * view, the QC map view and the Run QC job. Parameters are left out of the non-null default: views override
 * platform methods whose parameters carry no null annotations.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.ui.internal.qc;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
