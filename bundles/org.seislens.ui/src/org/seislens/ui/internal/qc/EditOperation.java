package org.seislens.ui.internal.qc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.seislens.core.TraceEdit;

/**
 * Kills, reverses or clears some traces of a dataset as one undoable step of the workbench's operation history,
 * in the {@link #CONTEXT} that the viewer's and the Edits view's Undo and Redo act on.
 */
public final class EditOperation extends AbstractOperation {

    /** The undo context of all trace edits. */
    public static final IUndoContext CONTEXT = new ObjectUndoContext(EditOperation.class, "Trace edits"); //$NON-NLS-1$

    /** The reason of an edit made by hand on a trace that has no flag. */
    static final String MANUAL = "manual"; //$NON-NLS-1$

    private final DatasetQc qc;
    private final Map<Long, @Nullable TraceEdit> after;
    private Map<Long, @Nullable TraceEdit> before = Map.of();

    /**
     * @param label what the step is called in the Undo menu
     * @param qc the dataset's QC state
     * @param after the new edit of each trace, {@code null} to clear it
     */
    EditOperation(String label, DatasetQc qc, Map<Long, @Nullable TraceEdit> after) {
        super(label);
        this.qc = qc;
        this.after = after;
        addContext(CONTEXT);
    }

    /**
     * Plans an edit of some traces: each gets the action (reason: its flags, or {@value #MANUAL}), or loses its
     * edit when {@code action} is {@code null}.
     *
     * @param qc the dataset's QC state
     * @param traces trace indices
     * @param action what to do, {@code null} to clear
     * @return the operation, not yet run
     */
    public static EditOperation of(DatasetQc qc, long[] traces, TraceEdit.@Nullable Action action) {
        Map<Long, @Nullable TraceEdit> changes = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (long t : traces) {
            List<String> reasons = qc.reasons(t);
            String reason = reasons.isEmpty() ? MANUAL : String.join(",", reasons); //$NON-NLS-1$
            changes.put(Long.valueOf(t), action == null ? null : new TraceEdit(t, action, reason, now));
        }
        String what = action == null ? Messages.Edit_clear
                : action == TraceEdit.Action.KILL ? Messages.Edit_kill : Messages.Edit_reverse;
        return new EditOperation(NLS.bind(Messages.Edit_label, what, Integer.valueOf(traces.length)), qc, changes);
    }

    /** Runs the operation through the workbench's operation history, so that it can be undone. */
    public void run() {
        IOperationHistory history = OperationHistoryFactory.getOperationHistory();
        try {
            history.execute(this, null, null);
        } catch (ExecutionException e) {
            Platform.getLog(EditOperation.class).error(e.getMessage(), e);
        }
    }

    @Override
    public IStatus execute(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) {
        before = qc.apply(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) {
        qc.apply(before);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(@Nullable IProgressMonitor monitor, @Nullable IAdaptable info) {
        qc.apply(after);
        return Status.OK_STATUS;
    }
}
