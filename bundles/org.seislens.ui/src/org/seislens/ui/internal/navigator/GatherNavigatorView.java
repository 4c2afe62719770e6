package org.seislens.ui.internal.navigator;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.Dataset;
import org.seislens.core.Ensemble;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * Steps through the gathers of the dataset open in the viewer, by any indexed header key: a virtual list of
 * ensembles with value and fold, first / previous / next / last, jump to a value, and a play mode that steps
 * at a chosen rate. Selecting one row steps to it; several rows only choose gathers, which the view publishes as
 * its workbench selection (an {@link org.eclipse.jface.viewers.IStructuredSelection} of {@link SelectedGather}s;
 * stepping resets it to the gather shown). The next gathers in the direction of travel are prefetched through the
 * shared cache, so stepping is served from memory.
 * <p>
 * The view wires its parts: {@link NavigatorControls} (the widgets), {@link GatherTable} (the list and its
 * selection), {@link GatherPlayer} (the jobs that read the index, step, prefetch and play) and the viewer.
 * </p>
 */
public class GatherNavigatorView extends ViewPart {

    /** Context in which the gather key bindings (Alt+Page Up/Down, Alt+Home/End) apply. */
    public static final String CONTEXT = SeisLensUi.CONTEXT_GATHERS;

    /** Default play rate in gathers per second. */
    public static final int DEFAULT_RATE = 5;

    private @Nullable GatherPlayer player;
    private @Nullable ViewerLink viewer;
    private @Nullable Dataset dataset;

    // made in createPartControl, which the workbench calls before anything else uses them
    @NonNullByDefault({})
    private NavigatorControls controls;
    @NonNullByDefault({})
    private GatherTable gathers;

    @Override
    public void createPartControl(Composite parent) {
        controls = new NavigatorControls(parent, this);
        gathers = new GatherTable(controls.table);
        getSite().setSelectionProvider(gathers);
        player = new GatherPlayer(controls.table, new GatherPlayer.Listener() {
            @Override
            public void ready(Dataset d, GatherStepper stepper) {
                gathers.list(d, stepper.key(), stepper.count());
                selectShown();
                updateSummary();
            }

            @Override
            public void shown(Dataset d, Ensemble e, Runnable prefetch) {
                // A gather among several selected rows keeps them selected (the user may have added rows meanwhile).
                gathers.reveal(e);
                ViewerLink link = viewer;
                if (link != null) {
                    link.show(d, e, player(), prefetch);
                }
                updateSummary();
            }

            @Override
            public void playStopped() {
                setPlaying(false);
            }
        });
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT);
        }
        viewer = new ViewerLink(getSite().getPage(), this::viewerShows);
        updateSummary();
    }

    @Override
    public void setFocus() {
        controls.table.setFocus();
    }

    @Override
    public void dispose() {
        ViewerLink link = viewer;
        if (link != null) {
            link.dispose();
        }
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

    private void viewerShows(TraceSelection picked) {
        if (controls.table.isDisposed()) {
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
        if (e != null) {
            gathers.reveal(e);
        }
    }

    private void setDataset(Dataset d) {
        player().close();
        player().setShown(null);
        dataset = d;
        gathers.clear();
        Combo keys = controls.keyCombo;
        keys.removeAll();
        for (String key : d.descriptor().ensembleKeys()) {
            keys.add(key);
        }
        if (keys.getItemCount() > 0) {
            keys.select(0);
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
        int i = controls.keyCombo.indexOf(key);
        if (i < 0) {
            return null;
        }
        controls.keyCombo.select(i);
        return keyChosen();
    }

    /** @return the job that reads the index of the key chosen, or {@code null} */
    @Nullable
    Job keyChosen() {
        Dataset d = dataset;
        int i = controls.keyCombo.getSelectionIndex();
        if (d == null || i < 0) {
            return null;
        }
        gathers.clear();
        return player().setKey(d, controls.keyCombo.getItem(i));
    }

    private @Nullable String currentKey() {
        int i = controls.keyCombo.getSelectionIndex();
        return i < 0 ? null : controls.keyCombo.getItem(i);
    }

    // ---- stepping (the player does it; this view shows where it is)

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
        JumpTarget target = JumpTarget.find(d, key, text);
        Ensemble found = target.gather();
        if (found == null) {
            controls.setSummary(target.problem());
            return null;
        }
        return go(found.ordinal());
    }

    /**
     * Starts or stops stepping forwards at the chosen rate.
     *
     * @param play whether to play
     */
    public void setPlaying(boolean play) {
        if (controls.playButton.getSelection() != play) {
            controls.playButton.setSelection(play);
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
        controls.rate.setSelection(gathersPerSecond);
        player().setRate(controls.rate.getSelection());
    }

    private void updateSummary() {
        controls.showWhere(dataset != null, player().stepper(), player().shown());
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
        return gathers.selectedGathers();
    }

    /** @return the number of ensembles listed */
    public int rowCount() {
        return controls.table.getItemCount();
    }

    /** @return the ensemble table */
    public Table table() {
        return controls.table;
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
