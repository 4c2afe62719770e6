package org.seislens.ui.internal.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;

/** Undo and redo of chain edits. */
class ChainHistoryTest {

    private static ProcessingChain agc(double window) {
        return new ProcessingChain(List.of(ProcessingStep.of("agc", Map.of("window_ms", window))));
    }

    @Test
    void undoAndRedoWalkTheEditsAndANewEditForgetsTheRedo() {
        ProcessingChain empty = new ProcessingChain(List.of());
        ChainHistory history = new ChainHistory(empty);
        assertFalse(history.canUndo());
        history.edit(agc(500));
        history.edit(agc(500)); // no change: not an edit
        history.edit(agc(400));
        assertEquals(agc(500), history.undo());
        assertEquals(empty, history.undo());
        assertFalse(history.canUndo());
        assertEquals(agc(500), history.redo());
        assertTrue(history.canRedo());
        history.edit(agc(300));
        assertFalse(history.canRedo(), "a new edit forgets what could be redone");
        assertEquals(agc(300), history.current());
        assertEquals(agc(500), history.undo());
        history.reset(agc(100));
        assertFalse(history.canUndo());
        assertEquals(agc(100), history.current());
    }
}
