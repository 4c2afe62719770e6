package org.seislens.ui.internal.navigator;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.seislens.core.Ensemble;

/**
 * The gather navigator's controls: the key chooser and the summary, the virtual table of ensembles, the
 * first / previous / next / last buttons, the jump field, and play with its rate. They only tell the view
 * what the user asks; the view decides.
 */
final class NavigatorControls {

    /** The indexed header keys. */
    final Combo keyCombo;
    /** Where the navigator stands, or what went wrong. */
    final Label summary;
    /** Ordinal, value and fold of every ensemble of the key; several rows can be selected. */
    final Table table;
    /** A value to jump to. */
    final Text jumpText;
    /** Play mode. */
    final Button playButton;
    /** Play rate in gathers per second. */
    final Spinner rate;

    /**
     * @param parent the view's composite
     * @param actions the view, told what the user asks
     */
    NavigatorControls(Composite parent, GatherNavigatorView actions) {
        parent.setLayout(new GridLayout(1, false));
        Composite keyRow = row(parent, SWT.TOP, 3, false);
        new Label(keyRow, SWT.NONE).setText(Messages.Navigator_key);
        keyCombo = new Combo(keyRow, SWT.READ_ONLY | SWT.DROP_DOWN);
        keyCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        keyCombo.addListener(SWT.Selection, e -> actions.keyChosen());
        summary = new Label(keyRow, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Navigator_columnOrdinal, 60);
        column(Messages.Navigator_columnValue, 90);
        column(Messages.Navigator_columnFold, 60);
        table.addListener(SWT.Selection, e -> {
            // One row picked steps to it; several (Ctrl or Shift) only choose gathers, as for the export wizard.
            int row = table.getSelectionIndex();
            if (row >= 0 && table.getSelectionCount() == 1) {
                actions.go(row);
            }
        });

        Composite buttons = row(parent, SWT.BOTTOM, 4, true);
        button(buttons, Messages.Navigator_first, Messages.Navigator_firstTip, () -> actions.first());
        button(buttons, Messages.Navigator_previous, Messages.Navigator_previousTip, () -> actions.step(-1));
        button(buttons, Messages.Navigator_next, Messages.Navigator_nextTip, () -> actions.step(1));
        button(buttons, Messages.Navigator_last, Messages.Navigator_lastTip, () -> actions.last());

        Composite jumpRow = row(parent, SWT.BOTTOM, 5, false);
        new Label(jumpRow, SWT.NONE).setText(Messages.Navigator_jump);
        jumpText = new Text(jumpRow, SWT.BORDER | SWT.SINGLE);
        jumpText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        jumpText.setMessage(Messages.Navigator_jumpHint);
        jumpText.addListener(SWT.DefaultSelection, e -> actions.jumpTo(jumpText.getText()));
        playButton = new Button(jumpRow, SWT.TOGGLE);
        playButton.setText(Messages.Navigator_play);
        playButton.setToolTipText(Messages.Navigator_playTip);
        playButton.addListener(SWT.Selection, e -> actions.setPlaying(playButton.getSelection()));
        rate = new Spinner(jumpRow, SWT.BORDER);
        rate.setValues(GatherNavigatorView.DEFAULT_RATE, 1, 30, 0, 1, 5);
        rate.setToolTipText(Messages.Navigator_rateTip);
        rate.addListener(SWT.Selection, e -> actions.setRate(rate.getSelection()));
        new Label(jumpRow, SWT.NONE).setText(Messages.Navigator_perSecond);
    }

    private static Composite row(Composite parent, int verticalAlignment, int columns, boolean equalWidth) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, verticalAlignment, true, false));
        row.setLayout(new GridLayout(columns, equalWidth));
        return row;
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.RIGHT);
        c.setText(title);
        c.setWidth(width);
    }

    private static void button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    /**
     * Shows a text in the summary.
     *
     * @param text the text
     */
    void setSummary(String text) {
        summary.setText(text);
        summary.getParent().layout();
    }

    /**
     * Says in the summary where the navigator stands.
     *
     * @param hasDataset whether the viewer shows a dataset
     * @param stepper the stepper once the key's index is read, or {@code null}
     * @param shown the gather shown, or {@code null}
     */
    void showWhere(boolean hasDataset, @Nullable GatherStepper stepper, @Nullable Ensemble shown) {
        if (stepper == null) {
            setSummary(hasDataset ? "" : Messages.Navigator_noDataset); //$NON-NLS-1$
        } else if (shown == null) {
            setSummary(NLS.bind(Messages.Navigator_count, Long.toString(stepper.count())));
        } else {
            setSummary(NLS.bind(Messages.Navigator_position, new Object[] { Long.toString(shown.ordinal() + 1),
                    Long.toString(stepper.count()), Integer.toString(shown.traceCount()) }));
        }
    }
}
