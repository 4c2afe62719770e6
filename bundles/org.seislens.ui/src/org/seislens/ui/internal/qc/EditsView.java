package org.seislens.ui.internal.qc;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.TraceEdit;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * Lists the edits and flags of the dataset the viewer shows: trace, edit, reason, flags; filtered by action or
 * reason. A double click opens the trace's gather in the viewer and picks the trace; the context menu kills,
 * reverses or clears the selected traces. Undo and Redo act on the edits, as in the viewer.
 */
public final class EditsView extends ViewPart {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = "org.seislens.ui.views.edits"; //$NON-NLS-1$

    /** The filters offered, in order. */
    static final List<String> FILTERS = List.of(QcRow.ALL, QcRow.EDITED, QcRow.FLAGGED, QcRow.UNDECIDED,
            TraceEdit.Action.KILL.label(), TraceEdit.Action.REVERSE.label(), "dead", "weak", "strong", "spike", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "reversed", "geometry"); //$NON-NLS-1$ //$NON-NLS-2$

    private final FollowedQc followed = new FollowedQc(c -> refresh());
    private @Nullable TableViewer table;
    private @Nullable Combo filter;
    private @Nullable Label status;
    private List<QcRow> rows = List.of();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Combo f = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        FILTERS.forEach(f::add);
        f.select(0);
        f.addListener(SWT.Selection, e -> refresh());
        filter = f;
        Label s = new Label(parent, SWT.NONE);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = s;
        TableViewer t = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        t.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        t.getTable().setHeaderVisible(true);
        t.getTable().setLinesVisible(true);
        t.setContentProvider(ArrayContentProvider.getInstance());
        column(t, Messages.Edits_trace, 80, r -> Long.toString(r.trace()));
        column(t, Messages.Edits_action, 70, r -> {
            TraceEdit e = r.edit();
            return e == null ? "" : e.action().label(); //$NON-NLS-1$
        });
        column(t, Messages.Edits_reason, 120, r -> {
            TraceEdit e = r.edit();
            return e == null ? "" : e.reason(); //$NON-NLS-1$
        });
        column(t, Messages.Edits_flags, 140, r -> String.join(",", r.reasons())); //$NON-NLS-1$
        t.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection sel && sel.getFirstElement() instanceof QcRow row) {
                GoTo.trace(getSite().getPage(), row.trace());
            }
        });
        table = t;
        editMenu(t);
        getSite().setSelectionProvider(t);
        new UndoRedoActionGroup(getSite(), EditOperation.CONTEXT, true)
                .fillActionBars(getViewSite().getActionBars());
        followed.followViewer(getSite().getPage(), this::selected);
        if (getSite().getPage().findView(SeismicViewerView.ID) instanceof SeismicViewerView view) {
            DatasetQc shown = QcMarks.of(view);
            if (shown != null) {
                show(shown);
            }
        }
        refresh();
    }

    /** A context menu that kills, reverses or clears the selected traces, in one undoable step. */
    private void editMenu(TableViewer t) {
        MenuManager menu = new MenuManager();
        menu.add(editAction(Messages.Edit_kill, TraceEdit.Action.KILL));
        menu.add(editAction(Messages.Edit_reverse, TraceEdit.Action.REVERSE));
        menu.add(editAction(Messages.Edit_clear, null));
        t.getTable().setMenu(menu.createContextMenu(t.getTable()));
    }

    private IAction editAction(String label, TraceEdit.@Nullable Action action) {
        return new Action(label) {
            @Override
            public void run() {
                editSelected(action);
            }
        };
    }

    /**
     * Kills, reverses or clears the traces selected in the table, as the context menu does.
     *
     * @param action what to do, {@code null} to clear
     */
    public void editSelected(TraceEdit.@Nullable Action action) {
        TableViewer t = table;
        DatasetQc state = followed.get();
        if (t == null || state == null || !(t.getSelection() instanceof IStructuredSelection sel) || sel.isEmpty()) {
            return;
        }
        long[] traces = sel.toList().stream().mapToLong(o -> ((QcRow) o).trace()).toArray();
        EditOperation.of(state, traces, action).run();
    }

    private static void column(TableViewer t, String title, int width,
            java.util.function.Function<QcRow, String> text) {
        TableViewerColumn c = new TableViewerColumn(t, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((QcRow) element);
            }
        });
    }

    private void selected(TraceSelection s) {
        DatasetQc next = DatasetQc.of(s.section().dataset().descriptor().location());
        if (next != followed.get()) {
            show(next);
        }
    }

    /**
     * Shows the edits and flags of a dataset.
     *
     * @param next the dataset's QC state
     */
    public void show(DatasetQc next) {
        followed.set(next);
        refresh();
    }

    /**
     * Chooses a filter, as the combo does.
     *
     * @param name one of {@link #FILTERS}
     */
    public void setFilter(String name) {
        Combo f = filter;
        if (f != null) {
            f.select(FILTERS.indexOf(name));
            refresh();
        }
    }

    /** @return the rows shown, in order */
    public List<QcRow> rows() {
        return rows;
    }

    /** @return the table viewer */
    public @Nullable TableViewer viewer() {
        return table;
    }

    private void refresh() {
        TableViewer t = table;
        Combo f = filter;
        Label s = status;
        DatasetQc state = followed.get();
        if (t == null || f == null || s == null || t.getTable().isDisposed()) {
            return;
        }
        String chosen = FILTERS.get(Math.max(0, f.getSelectionIndex()));
        rows = state == null ? List.of() : QcRow.of(state, chosen);
        t.setInput(new ArrayList<>(rows));
        String name = state == null ? "" : String.valueOf(state.location().getFileName()); //$NON-NLS-1$
        String problem = state == null ? null : state.problem();
        s.setText(problem != null ? problem
                : NLS.bind(Messages.Edits_status, new Object[] { name, Integer.valueOf(rows.size()),
                        state != null && state.attributes() == null ? Messages.Edits_noQc : "" })); //$NON-NLS-1$
        s.getParent().layout();
    }

    @Override
    public void setFocus() {
        TableViewer t = table;
        if (t != null) {
            t.getTable().setFocus();
        }
    }

    @Override
    public void dispose() {
        followed.dispose();
        super.dispose();
    }
}
