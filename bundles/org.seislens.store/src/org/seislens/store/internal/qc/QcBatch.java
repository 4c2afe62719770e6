package org.seislens.store.internal.qc;

import java.util.ArrayList;
import java.util.List;

import org.seislens.core.Ensemble;

/**
 * Ensembles analysed together by one worker: either consecutive contiguous ensembles whose traces follow each
 * other in the dataset (read as one run of traces), or a single ensemble of scattered traces.
 */
final class QcBatch {

    private final List<Ensemble> ensembles = new ArrayList<>();
    private int traceCount;

    /** @return the ensembles, in the order they were added */
    List<Ensemble> ensembles() {
        return ensembles;
    }

    /** @return the traces of all the ensembles */
    int traceCount() {
        return traceCount;
    }

    /** @return whether the traces are one run, {@link #firstTrace()} onwards */
    boolean isRun() {
        return ensembles.get(0).isContiguous();
    }

    /** @return the first trace of the run */
    long firstTrace() {
        return ensembles.get(0).firstTrace();
    }

    /**
     * @param e an ensemble
     * @return whether it can join this batch: the batch is empty, or it is a run that {@code e} continues
     */
    boolean accepts(Ensemble e) {
        if (ensembles.isEmpty()) {
            return true;
        }
        return isRun() && e.isContiguous() && e.firstTrace() == firstTrace() + traceCount;
    }

    /** @param e an ensemble that {@link #accepts} */
    void add(Ensemble e) {
        ensembles.add(e);
        traceCount += e.traceCount();
    }

    /** @return the dataset indices of the batch's traces, ensemble after ensemble */
    long[] traceIndices() {
        long[] all = new long[traceCount];
        int i = 0;
        for (Ensemble e : ensembles) {
            for (int k = 0; k < e.traceCount(); k++) {
                all[i++] = e.traceIndex(k);
            }
        }
        return all;
    }
}
