package org.seislens.ui.internal.processing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.seislens.core.ProcessingStep;

/**
 * The Processing view's controls above its parameter panel: the palette of operators with the add, remove, up,
 * down, undo, redo, load, save and apply-to-dataset buttons, and the list of the chain's steps with a check box
 * each. They only tell the view what the user asks; the view decides.
 */
final class ProcessingControls {

    /** Index of the undo button in {@link #buttons}. */
    private static final int UNDO = 4;
    /** Index of the redo button in {@link #buttons}. */
    private static final int REDO = 5;

    /** The steps of the chain, one row each, checked when enabled. */
    final Table table;
    /** Add, remove, up, down, undo, redo, load, save, apply to dataset. */
    final List<Button> buttons = new ArrayList<>();

    /**
     * @param parent the view's composite
     * @param operators the engine's operators, for the palette
     * @param actions the view, told what the user asks
     */
    ProcessingControls(Composite parent, List<String> operators, ProcessingView actions) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(10, false));
        Combo palette = new Combo(bar, SWT.READ_ONLY);
        if (!operators.isEmpty()) {
            palette.setItems(operators.toArray(String[]::new));
            palette.select(0);
        }
        button(bar, Messages.Processing_add, () -> actions.add(palette.getText()));
        button(bar, Messages.Processing_remove, actions::remove);
        button(bar, Messages.Processing_up, () -> actions.move(-1));
        button(bar, Messages.Processing_down, () -> actions.move(1));
        button(bar, Messages.Processing_undo, actions::undo);
        button(bar, Messages.Processing_redo, actions::redo);
        button(bar, Messages.Processing_load, actions::load);
        button(bar, Messages.Processing_save, actions::save);
        button(bar, Messages.Processing_apply, actions::applyToDataset);
        table = new Table(parent, SWT.CHECK | SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                actions.enable(table.indexOf(item), item.getChecked());
            } else {
                actions.showParameters();
            }
        });
    }

    private void button(Composite bar, String label, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        buttons.add(b);
    }

    /** @return the selected step's index, or -1 */
    int selected() {
        return table.getSelectionIndex();
    }

    /**
     * Lists the steps again, keeping the selection where it still is.
     *
     * @param steps the chain's steps
     * @param select the step to select, or -1 to keep the selection
     */
    void list(List<ProcessingStep> steps, int select) {
        table.setItemCount(steps.size());
        label(steps);
        if (select >= 0 && select < steps.size()) {
            table.setSelection(select);
        } else if (table.getSelectionIndex() >= steps.size()) {
            table.deselectAll();
        }
    }

    /**
     * Writes the steps' labels and check boxes into the rows listed.
     *
     * @param steps the chain's steps, as many as rows
     */
    void label(List<ProcessingStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            TableItem item = table.getItem(i);
            item.setText(StepLabels.label(steps.get(i)));
            item.setChecked(steps.get(i).enabled());
        }
    }

    /**
     * @param following whether a viewer is followed (nothing can be edited without one)
     * @param canUndo whether an edit can be undone
     * @param canRedo whether an undone edit can be redone
     */
    void enable(boolean following, boolean canUndo, boolean canRedo) {
        for (Button b : buttons) {
            b.setEnabled(following);
        }
        buttons.get(UNDO).setEnabled(following && canUndo);
        buttons.get(REDO).setEnabled(following && canRedo);
    }
}
