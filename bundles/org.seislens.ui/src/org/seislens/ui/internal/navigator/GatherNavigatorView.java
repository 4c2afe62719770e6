package org.seislens.ui.internal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * Steps through the gathers of the dataset open in the viewer, by any indexed header key: a virtual list of
 * ensembles with value and fold, first / previous / next / last, jump to a value, and a play mode that steps
 * at a chosen rate. Selecting one row steps to it; several rows only choose gathers ({@link #selectedGathers()}).
 * The next gathers in the direction of travel are prefetched through the shared cache, so
 * stepping is served from memory.
 */
public class GatherNavigatorView extends ViewPart {

    /** Context in which the gather key bindings (Alt+Page Up/Down, Alt+Home/End) apply. */
    public static final String CONTEXT = SeisLensUi.CONTEXT_GATHERS;

    /** Default play rate in gathers per second. */
    public static final int DEFAULT_RATE = 5;

    private final ISelectionListener viewerListener = (part, selection) -> viewerChanged(selection);
    private @Nullable GatherPlayer player;

    // made in createPartControl, which the workbench calls before anything else uses them
    @NonNullByDefault({})
    private NavigatorControls controls;
    @NonNullByDefault({})
    private Combo keyCombo;
    @NonNullByDefault({})
    private Table table;
    @NonNullByDefault({})
    private Button playButton;
    @NonNullByDefault({})
    private Spinner rate;
    private @Nullable Dataset dataset;

    @Override
    public void createPartControl(Composite parent) {
        NavigatorControls made = new NavigatorControls(parent, this);
        controls = made;
        keyCombo = made.keyCombo;
        table = made.table;
        playButton = made.playButton;
        rate = made.rate;
        table.addListener(SWT.SetData, this::fillItem);
        player = new GatherPlayer(table, new GatherPlayer.Listener() {
            @Override
            public void ready(GatherStepper stepper) {
                table.setItemCount((int) Math.min(Integer.MAX_VALUE, stepper.count()));
                table.clearAll();
                selectShown();
                updateSummary();
            }

            @Override
            public void shown(Dataset d, Ensemble e, Runnable prefetch) {
                showInViewer(d, e, prefetch);
            }

            @Override
            public void playStopped() {
                setPlaying(false);
            }
        });
        IWorkbenchPage page = getSite().getPage();
        page.addPostSelectionListener(SeisLensUi.VIEW_VIEWER, viewerListener);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT);
        }
        IViewPart viewer = page.findView(SeisLensUi.VIEW_VIEWER);
        if (viewer instanceof SeismicViewerView v) {
            viewerChanged(v.selection().getSelection());
        }
        updateSummary();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(SeisLensUi.VIEW_VIEWER, viewerListener);
        GatherPlayer p = player;
        if (p != null) {
            p.dispose();
        }
        super.dispose();
    }

    private GatherPlayer player() {
        GatherPlayer p = player;
        if (p == null) {
            throw new IllegalStateException("The navigator's controls are not created yet"); //$NON-NLS-1$
        }
        return p;
    }

    // ---- following the viewer

    private void viewerChanged(ISelection selection) {
        if (!(selection instanceof TraceSelection picked) || table.isDisposed()) {
            return;
        }
        Dataset d = picked.section().dataset();
        if (d != dataset) {
            setDataset(d);
        }
        Ensemble e = picked.section().ensemble();
        if (e != null && e.key().equals(currentKey())) {
            // Also before the key's index is listed (a restored viewer): selected once it is.
            player().setShown(e);
            selectShown();
            updateSummary();
        }
    }

    private void selectShown() {
        Ensemble e = player().shown();
        if (e != null && player().stepper() != null && e.key().equals(currentKey())
                && e.ordinal() < table.getItemCount() && !table.isSelected((int) e.ordinal())) {
            table.setSelection((int) e.ordinal());
            table.showSelection();
        }
    }

    private void setDataset(Dataset d) {
        player().close();
        player().setShown(null);
        dataset = d;
        table.setItemCount(0);
        keyCombo.removeAll();
        for (String key : d.descriptor().ensembleKeys()) {
            keyCombo.add(key);
        }
        if (keyCombo.getItemCount() > 0) {
            keyCombo.select(0);
            keyChosen();
        }
        updateSummary();
    }

    /**
     * Chooses the ensemble key stepped through.
     *
     * @param key an indexed header key of the dataset
     * @return the job that reads the key's index
     */
    public @Nullable Job setKey(String key) {
        int i = keyCombo.indexOf(key);
        if (i < 0) {
            return null;
        }
        keyCombo.select(i);
        return keyChosen();
    }

    /** @return the job that reads the index of the key chosen, or {@code null} */
    @Nullable
    Job keyChosen() {
        Dataset d = dataset;
        int i = keyCombo.getSelectionIndex();
        if (d == null || i < 0) {
            return null;
        }
        table.setItemCount(0);
        return player().setKey(d, keyCombo.getItem(i));
    }

    private @Nullable String currentKey() {
        int i = keyCombo.getSelectionIndex();
        return i < 0 ? null : keyCombo.getItem(i);
    }

    private void fillItem(Event e) {
        TableItem item = (TableItem) e.item;
        int row = table.indexOf(item);
        Dataset d = dataset;
        String key = currentKey();
        if (d == null || key == null || player().stepper() == null) {
            return;
        }
        try {
            // The key's index is in memory once the stepper exists: no storage is read here.
            Ensemble en = d.ensembleAt(key, row, new NullProgressMonitor());
            item.setText(new String[] { Integer.toString(row + 1), Long.toString(en.value()),
                    Integer.toString(en.traceCount()) });
        } catch (DatasetException ex) {
            item.setText(new String[] { Integer.toString(row + 1), "?", "?" }); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    // ---- stepping (the player does it; this view shows where it is)

    private void showInViewer(Dataset d, Ensemble e, Runnable prefetch) {
        // A gather among several selected rows keeps them selected (the user may have added rows meanwhile).
        if (!table.isSelected((int) e.ordinal())) {
            table.setSelection((int) e.ordinal());
            table.showSelection();
        }
        IViewPart part = getSite().getPage().findView(SeisLensUi.VIEW_VIEWER);
        if (part instanceof SeismicViewerView viewer) {
            viewer.showEnsemble(d, e);
            GatherPlayer p = player;
            if (p != null && viewer.dataset() == d) {
                // With a chain applied, the gathers ahead are prefetched processed.
                p.prefetchFrom(viewer.processedDataset());
            }
            viewer.afterShown(e, prefetch);
        } else {
            prefetch.run();
        }
        updateSummary();
    }

    /**
     * Shows an ensemble by its ordinal in the key's index.
     *
     * @param ordinal from 0; clamped to the index
     * @return the job that finds it and hands it to the viewer, or {@code null} when there is nothing to step
     */
    public @Nullable Job go(long ordinal) {
        return player().go(ordinal);
    }

    /**
     * Moves by some ensembles from the one shown.
     *
     * @param steps +1 for the next, -1 for the previous
     * @return the job, or {@code null}
     */
    public @Nullable Job step(long steps) {
        return player().step(steps);
    }

    /** @return the job showing the first ensemble, or {@code null} */
    public @Nullable Job first() {
        return go(0);
    }

    /** @return the job showing the last ensemble, or {@code null} */
    public @Nullable Job last() {
        return player().last();
    }

    /**
     * Shows the ensemble with a value of the current key.
     *
     * @param text the value typed by the user
     * @return the job, or {@code null} when the text is not a value of the key (the summary says so)
     */
    public @Nullable Job jumpTo(String text) {
        Dataset d = dataset;
        String key = currentKey();
        if (d == null || key == null || player().stepper() == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            controls.setSummary(NLS.bind(Messages.Navigator_notANumber, text));
            return null;
        }
        try {
            Ensemble found = d.ensemble(key, value, new NullProgressMonitor());
            if (found == null) {
                controls.setSummary(NLS.bind(Messages.Navigator_noSuchValue, key, Long.toString(value)));
                return null;
            }
            return go(found.ordinal());
        } catch (DatasetException ex) {
            controls.setSummary(String.valueOf(ex.getMessage()));
            return null;
        }
    }

    /**
     * Starts or stops stepping forwards at the chosen rate.
     *
     * @param play whether to play
     */
    public void setPlaying(boolean play) {
        if (playButton.getSelection() != play) {
            playButton.setSelection(play);
        }
        player().setPlaying(play);
    }

    /** @return whether play mode is on */
    public boolean isPlaying() {
        return player().isPlaying();
    }

    /**
     * @param gathersPerSecond the play rate, 1 to 30
     */
    public void setRate(int gathersPerSecond) {
        rate.setSelection(gathersPerSecond);
        player().setRate(rate.getSelection());
    }

    private void updateSummary() {
        GatherStepper s = player().stepper();
        Ensemble e = player().shown();
        String text;
        if (s == null) {
            text = dataset == null ? Messages.Navigator_noDataset : ""; //$NON-NLS-1$
        } else if (e == null) {
            text = NLS.bind(Messages.Navigator_count, Long.toString(s.count()));
        } else {
            text = NLS.bind(Messages.Navigator_position, new Object[] { Long.toString(e.ordinal() + 1),
                    Long.toString(s.count()), Integer.toString(e.traceCount()) });
        }
        controls.setSummary(text);
    }

    // ---- state for tests and handlers

    /** @return the ensemble shown last, or {@code null} */
    public @Nullable Ensemble shown() {
        return player().shown();
    }

    /** @return the key stepped through, or {@code null} */
    public @Nullable String key() {
        return currentKey();
    }

    /**
     * The gathers whose rows are selected, for choices such as the export wizard's. The key's index is in memory
     * once it is listed, so no storage is read.
     *
     * @return the selected ensembles of the current key in row order; empty when none is selected or listed
     */
    public List<Ensemble> selectedGathers() {
        Dataset d = dataset;
        String key = currentKey();
        if (d == null || key == null || player().stepper() == null) {
            return List.of();
        }
        List<Ensemble> selected = new ArrayList<>();
        try {
            for (int row : table.getSelectionIndices()) {
                selected.add(d.ensembleAt(key, row, new NullProgressMonitor()));
            }
        } catch (DatasetException e) {
            return List.of();
        }
        selected.sort(Comparator.comparingLong(Ensemble::ordinal));
        return List.copyOf(selected);
    }

    /** @return the number of ensembles listed */
    public int rowCount() {
        return table.getItemCount();
    }

    /** @return the ensemble table */
    public Table table() {
        return table;
    }

    /** @return whether the key's index is read and stepping can start */
    public boolean isReady() {
        return player().stepper() != null;
    }

    /** @return whether a step is on its way to the viewer */
    public boolean isStepping() {
        return player().isStepping();
    }

    /** @return gathers shown since the view opened */
    public int stepsShown() {
        return player().stepsShown();
    }

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_GATHERS;
}
