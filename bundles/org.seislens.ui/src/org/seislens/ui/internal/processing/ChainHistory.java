package org.seislens.ui.internal.processing;

import java.util.ArrayDeque;
import java.util.Deque;

import org.seislens.core.ProcessingChain;

/**
 * The edits of a processing chain, for undo and redo: chains are immutable records, so the history keeps the
 * states themselves. Used on the UI thread.
 */
final class ChainHistory {

    private final Deque<ProcessingChain> undo = new ArrayDeque<>();
    private final Deque<ProcessingChain> redo = new ArrayDeque<>();
    private ProcessingChain current;

    /**
     * @param start the chain before any edit
     */
    ChainHistory(ProcessingChain start) {
        current = start;
    }

    /** @return the chain now */
    ProcessingChain current() {
        return current;
    }

    /**
     * Records an edit; what could be redone is forgotten.
     *
     * @param edited the chain after the edit
     */
    void edit(ProcessingChain edited) {
        if (edited.equals(current)) {
            return;
        }
        undo.push(current);
        redo.clear();
        current = edited;
    }

    /** Forgets every edit, for a chain that comes from elsewhere (another viewer). */
    void reset(ProcessingChain start) {
        undo.clear();
        redo.clear();
        current = start;
    }

    /** @return whether there is an edit to undo */
    boolean canUndo() {
        return !undo.isEmpty();
    }

    /** @return whether there is an undone edit to redo */
    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** @return the chain before the last edit, now current */
    ProcessingChain undo() {
        redo.push(current);
        current = undo.pop();
        return current;
    }

    /** @return the chain of the last undone edit, now current */
    ProcessingChain redo() {
        undo.push(current);
        current = redo.pop();
        return current;
    }
}
