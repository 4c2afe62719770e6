package org.seislens.ui.internal.processing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seislens.core.ProcessingStep;

/**
 * The parameters of the selected step, one text field each, and the line under them that says what is wrong
 * with the last edit. Every keystroke is told to the view, which checks and applies the edited chain.
 */
final class ParameterPanel {

    /** Told a parameter's new text. */
    @FunctionalInterface
    interface Edited {
        /**
         * @param name the parameter
         * @param text what the field holds now
         */
        void edited(String name, String text);
    }

    private final Composite fields;
    private final Label message;
    private final Edited edited;
    private final Map<String, Text> texts = new LinkedHashMap<>();

    /**
     * @param parent where the panel goes
     * @param edited told every edit
     */
    ParameterPanel(Composite parent, Edited edited) {
        this.edited = edited;
        fields = new Composite(parent, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message = new Label(parent, SWT.WRAP);
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /**
     * Shows the fields of a step.
     *
     * @param step the step, or {@code null} for none selected
     */
    void show(@Nullable ProcessingStep step) {
        for (Control c : fields.getChildren()) {
            c.dispose();
        }
        texts.clear();
        if (step != null) {
            for (Map.Entry<String, Double> p : step.parameters().entrySet()) {
                new Label(fields, SWT.NONE).setText(p.getKey());
                Text text = new Text(fields, SWT.BORDER);
                text.setText(StepLabels.format(p.getValue()));
                text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                String name = p.getKey();
                text.addModifyListener(e -> edited.edited(name, text.getText()));
                texts.put(name, text);
            }
        }
        fields.getParent().layout(true, true);
    }

    /**
     * @param text what is wrong, or an empty string when nothing is
     */
    void setMessage(String text) {
        message.setText(text);
        message.getParent().layout(true, true);
    }

    /** @return what is wrong with the last edit, or an empty string */
    String message() {
        return message.getText();
    }

    /**
     * @param name a parameter of the step shown
     * @return its field, or {@code null}
     */
    @Nullable
    Text field(String name) {
        return texts.get(name);
    }
}
