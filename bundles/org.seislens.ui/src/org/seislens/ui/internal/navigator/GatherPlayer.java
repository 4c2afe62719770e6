package org.seislens.ui.internal.navigator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.ui.internal.preferences.Preferences;

/**
 * Drives a {@link GatherStepper} for the gather navigator, off the UI thread: reading a key's index, going to
 * an ensemble, prefetching the ensembles ahead once the one gone to is on screen, and play mode, which steps
 * forwards at a rate and never queues a step while one is on its way. Its jobs share one scheduling rule, so
 * they run one after the other in the order asked. Used on the UI thread; results come back on it.
 */
final class GatherPlayer {

    /** Told on the UI thread. */
    interface Listener {
        /**
         * A key's index is read: stepping can start.
         *
         * @param dataset the dataset
         * @param stepper the stepper, owned by the player
         */
        void ready(Dataset dataset, GatherStepper stepper);

        /**
         * An ensemble was gone to: show it, then run {@code prefetch} once it is on screen (a prefetch running
         * while it loads and draws would slow both).
         *
         * @param dataset the dataset
         * @param ensemble the ensemble
         * @param prefetch starts the prefetch of the ensembles ahead
         */
        void shown(Dataset dataset, Ensemble ensemble, Runnable prefetch);

        /** Play mode stopped by itself (the last ensemble is shown). */
        void playStopped();
    }

    private final ISchedulingRule steppingRule = new ISchedulingRule() {
        @Override
        public boolean contains(@Nullable ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(@Nullable ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final Control owner;
    private final Listener listener;
    private @Nullable Dataset dataset;
    private @Nullable String key;
    private @Nullable GatherStepper stepper;
    private @Nullable Ensemble shown;
    private boolean playing;
    private int rate = GatherNavigatorView.DEFAULT_RATE;
    private boolean stepInFlight;
    private int stepsShown;

    /**
     * @param owner the control whose UI thread the results come back on, and whose life bounds the player's
     * @param listener told what happened
     */
    GatherPlayer(Control owner, Listener listener) {
        this.owner = owner;
        this.listener = listener;
    }

    /**
     * Steps through the ensembles of a key of a dataset from now on; the index is read in a job.
     *
     * @param d the dataset
     * @param indexedKey an indexed header key
     * @return the job that reads the key's index
     */
    Job setKey(Dataset d, String indexedKey) {
        close();
        dataset = d;
        key = indexedKey;
        Ensemble before = shown;
        if (before != null && !before.key().equals(indexedKey)) {
            shown = null;
        }
        Job job = Job.create(NLS.bind(Messages.Job_index, indexedKey), monitor -> {
            try {
                GatherStepper s = new GatherStepper(d, indexedKey, Preferences.prefetchDepth());
                asyncExec(() -> {
                    if (dataset == d && indexedKey.equals(key)) {
                        stepper = s;
                        listener.ready(d, s);
                    } else {
                        s.close();
                    }
                });
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setRule(steppingRule);
        job.setUser(false);
        job.schedule();
        return job;
    }

    /**
     * Shows an ensemble by its ordinal in the key's index.
     *
     * @param ordinal from 0; clamped to the index
     * @return the job that finds it and hands it over, or {@code null} when there is nothing to step
     */
    @Nullable
    Job go(long ordinal) {
        GatherStepper s = stepper;
        Dataset d = dataset;
        if (s == null || d == null) {
            return null;
        }
        stepInFlight = true;
        Job job = new Job(NLS.bind(Messages.Job_step, s.key())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Ensemble e;
                    synchronized (s) {
                        e = s.go(ordinal, monitor);
                    }
                    asyncExec(() -> wentTo(d, s, e));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    asyncExec(() -> stepInFlight = false);
                    return Status.CANCEL_STATUS;
                } catch (DatasetException e) {
                    asyncExec(() -> stepInFlight = false);
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        job.setRule(steppingRule);
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void wentTo(Dataset d, GatherStepper s, @Nullable Ensemble e) {
        stepInFlight = false;
        if (d != dataset || e == null) {
            return;
        }
        shown = e;
        stepsShown++;
        listener.shown(d, e, () -> prefetchAhead(s));
    }

    /**
     * Sets what the prefetch reads ahead, see {@link GatherStepper#setPrefetchSource}.
     *
     * @param source a processed form of the dataset stepped through, or {@code null} for the dataset itself
     */
    void prefetchFrom(@Nullable Dataset source) {
        GatherStepper s = stepper;
        if (s != null) {
            s.setPrefetchSource(source);
        }
    }

    /** Starts prefetching the gathers ahead of the one the stepper went to last. */
    private void prefetchAhead(GatherStepper s) {
        if (stepper != s) {
            return;
        }
        Job job = Job.create(NLS.bind(Messages.Job_prefetch, s.key()), monitor -> {
            try {
                synchronized (s) {
                    s.prefetchAhead(monitor);
                }
                return Status.OK_STATUS;
            } catch (DatasetException ex) {
                return Status.error(ex.getMessage(), ex);
            }
        });
        job.setRule(steppingRule);
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Moves by some ensembles from the one shown.
     *
     * @param steps +1 for the next, -1 for the previous
     * @return the job, or {@code null}
     */
    @Nullable
    Job step(long steps) {
        Ensemble e = shown;
        return go(e == null ? 0 : e.ordinal() + steps);
    }

    /** @return the job showing the last ensemble, or {@code null} */
    @Nullable
    Job last() {
        GatherStepper s = stepper;
        return s == null ? null : go(s.count() - 1);
    }

    /**
     * Starts or stops stepping forwards at the rate.
     *
     * @param play whether to play
     */
    void setPlaying(boolean play) {
        playing = play;
        if (play) {
            tick();
        }
    }

    private void tick() {
        if (!playing || owner.isDisposed()) {
            return;
        }
        GatherStepper s = stepper;
        Ensemble e = shown;
        if (s == null || (e != null && e.ordinal() >= s.count() - 1)) {
            playing = false;
            listener.playStopped();
            return;
        }
        if (!stepInFlight) {
            // A step still on its way is never overtaken: play never queues more work than it shows.
            step(1);
        }
        owner.getDisplay().timerExec(1000 / Math.max(1, rate), this::tick);
    }

    /** @param gathersPerSecond the play rate */
    void setRate(int gathersPerSecond) {
        rate = gathersPerSecond;
    }

    /** @param e the ensemble the viewer shows (also one it opened itself), or {@code null} */
    void setShown(@Nullable Ensemble e) {
        shown = e;
    }

    /** Stops playing, cancels the prefetches and forgets the stepper. */
    void close() {
        GatherStepper s = stepper;
        stepper = null;
        if (s != null) {
            synchronized (s) {
                s.close();
            }
        }
    }

    /** Stops playing and closes the stepper, for good. */
    void dispose() {
        playing = false;
        close();
    }

    private void asyncExec(Runnable onUi) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                onUi.run();
            }
        });
    }

    /** @return the stepper once the key's index is read, or {@code null} */
    @Nullable
    GatherStepper stepper() {
        return stepper;
    }

    /** @return the ensemble shown last, or {@code null} */
    @Nullable
    Ensemble shown() {
        return shown;
    }

    /** @return whether play mode is on */
    boolean isPlaying() {
        return playing;
    }

    /** @return whether a step is on its way to the viewer */
    boolean isStepping() {
        return stepInFlight;
    }

    /** @return gathers shown since the player was made */
    int stepsShown() {
        return stepsShown;
    }
}
