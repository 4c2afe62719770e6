package org.seislens.ui.internal.qc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.QcAttributes;
import org.seislens.core.TraceEdit;

/**
 * One line of the Edits view: a trace that is edited, flagged, or both.
 *
 * @param trace the trace index
 * @param edit its edit, or {@code null}
 * @param reasons the reasons it is flagged for, empty when none
 */
public record QcRow(long trace, @Nullable TraceEdit edit, List<String> reasons) {

    /** Filter: every row. */
    public static final String ALL = "all"; //$NON-NLS-1$
    /** Filter: edited rows. */
    public static final String EDITED = "edited"; //$NON-NLS-1$
    /** Filter: flagged rows. */
    public static final String FLAGGED = "flagged"; //$NON-NLS-1$
    /** Filter: flagged rows without an edit. */
    public static final String UNDECIDED = "undecided"; //$NON-NLS-1$

    /**
     * @param filter {@link #ALL}, {@link #EDITED}, {@link #FLAGGED}, {@link #UNDECIDED}, an action's label (kill,
     *            reverse) or a reason (dead, spike...)
     * @return whether the row passes it
     */
    public boolean matches(String filter) {
        TraceEdit e = edit;
        return switch (filter) {
        case ALL -> true;
        case EDITED -> e != null;
        case FLAGGED -> !reasons.isEmpty();
        case UNDECIDED -> e == null && !reasons.isEmpty();
        default -> e != null && e.action().label().equals(filter) || reasons.contains(filter);
        };
    }

    /**
     * @param qc a dataset's QC state
     * @param filter what rows to keep, see {@link #matches}
     * @return its edited and flagged traces in trace order
     */
    public static List<QcRow> of(DatasetQc qc, String filter) {
        TreeMap<Long, QcRow> rows = new TreeMap<>();
        QcAttributes a = qc.attributes();
        if (a != null) {
            for (int r = 0; r < a.traceIndices().length; r++) {
                if (!a.flags().get(r).isEmpty()) {
                    long t = a.traceIndices()[r];
                    rows.put(Long.valueOf(t), new QcRow(t, null, a.reasons(r)));
                }
            }
        }
        for (TraceEdit e : qc.edits()) {
            QcRow flagged = rows.get(Long.valueOf(e.traceIndex()));
            rows.put(Long.valueOf(e.traceIndex()),
                    new QcRow(e.traceIndex(), e, flagged == null ? List.of() : flagged.reasons()));
        }
        List<QcRow> kept = new ArrayList<>();
        for (QcRow row : rows.values()) {
            if (row.matches(filter)) {
                kept.add(row);
            }
        }
        return kept;
    }
}
