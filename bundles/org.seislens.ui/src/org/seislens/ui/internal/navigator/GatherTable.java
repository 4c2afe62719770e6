package org.seislens.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.ui.internal.SelectionListeners;

/**
 * The navigator's list of the ensembles of one key (a virtual table: ordinal, value, fold) and the gathers chosen
 * in it, published as the navigator's workbench selection: an {@link org.eclipse.jface.viewers.IStructuredSelection}
 * of {@link SelectedGather}s in the key's order. Every change of the chosen rows tells the listeners: the user's
 * picks, the row of a gather stepped to, a new key or dataset. Used on the UI thread.
 */
final class GatherTable extends SelectionListeners {

    private final Table table;
    private @Nullable Dataset dataset;
    private @Nullable String key;

    /**
     * @param table the navigator's table, virtual and multi-select
     */
    GatherTable(Table table) {
        this.table = table;
        table.addListener(SWT.SetData, this::fillItem);
        table.addListener(SWT.Selection, e -> selectionChanged());
    }

    /**
     * Lists the ensembles of a key whose index is read.
     *
     * @param d the dataset
     * @param indexedKey the key
     * @param count the key's number of ensembles
     */
    void list(Dataset d, String indexedKey, long count) {
        dataset = d;
        key = indexedKey;
        table.setItemCount((int) Math.min(Integer.MAX_VALUE, count));
        table.clearAll();
        selectionChanged();
    }

    /** Lists nothing, until {@link #list}: a new dataset or key whose index is still being read. */
    void clear() {
        boolean chosen = table.getSelectionCount() > 0;
        dataset = null;
        key = null;
        table.setItemCount(0);
        if (chosen) {
            selectionChanged();
        }
    }

    /**
     * Selects the row of a gather shown, unless it is selected already: a gather among several rows the user
     * chose keeps them selected. Nothing happens for a gather of another key than the one listed.
     *
     * @param e the gather
     */
    void reveal(Ensemble e) {
        if (!e.key().equals(key) || e.ordinal() >= table.getItemCount() || table.isSelected((int) e.ordinal())) {
            return;
        }
        table.setSelection((int) e.ordinal());
        table.showSelection();
        selectionChanged();
    }

    private void fillItem(Event e) {
        TableItem item = (TableItem) e.item;
        int row = table.indexOf(item);
        Dataset d = dataset;
        String k = key;
        if (d == null || k == null) {
            return;
        }
        try {
            // The key's index is in memory once it is listed: no storage is read here.
            Ensemble en = d.ensembleAt(k, row, new NullProgressMonitor());
            item.setText(new String[] { Integer.toString(row + 1), Long.toString(en.value()),
                    Integer.toString(en.traceCount()) });
        } catch (DatasetException ex) {
            item.setText(new String[] { Integer.toString(row + 1), "?", "?" }); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * The gathers whose rows are selected. The key's index is in memory once it is listed, so no storage is read.
     *
     * @return the selected ensembles of the key listed, in the key's order; empty when none is selected or listed
     */
    List<Ensemble> selectedGathers() {
        Dataset d = dataset;
        String k = key;
        if (d == null || k == null) {
            return List.of();
        }
        List<Ensemble> selected = new ArrayList<>();
        try {
            for (int row : table.getSelectionIndices()) {
                selected.add(d.ensembleAt(k, row, new NullProgressMonitor()));
            }
        } catch (DatasetException e) {
            return List.of();
        }
        selected.sort(Comparator.comparingLong(Ensemble::ordinal));
        return List.copyOf(selected);
    }

    @Override
    public ISelection getSelection() {
        Dataset d = dataset;
        List<Ensemble> gathers = selectedGathers();
        if (d == null || gathers.isEmpty()) {
            return StructuredSelection.EMPTY;
        }
        List<SelectedGather> chosen = new ArrayList<>(gathers.size());
        for (Ensemble e : gathers) {
            chosen.add(new SelectedGather(d.descriptor().location(), e));
        }
        return new StructuredSelection(chosen);
    }

    /**
     * Selects the rows of the {@link SelectedGather}s of the dataset and key listed; other elements are left out.
     * The viewer keeps what it shows: only picking a row steps to it.
     */
    @Override
    public void setSelection(ISelection selection) {
        Dataset d = dataset;
        String k = key;
        if (d == null || k == null) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        for (Ensemble e : SelectedGather.gathersOf(selection, d.descriptor().location())) {
            if (e.key().equals(k) && e.ordinal() < table.getItemCount()) {
                rows.add(Integer.valueOf((int) e.ordinal()));
            }
        }
        table.setSelection(rows.stream().mapToInt(Integer::intValue).toArray());
        selectionChanged();
    }
}
