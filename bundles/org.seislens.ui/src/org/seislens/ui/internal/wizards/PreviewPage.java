package org.seislens.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.seislens.core.ByteOrders;
import org.seislens.core.SegyPreview;
import org.seislens.core.SourceKind;

/**
 * The second page: the start of the file as the import will read it. The textual header in a monospace
 * text, the binary header words, and the first trace headers. Complete only when the preview succeeded.
 */
final class PreviewPage extends WizardPage {

    // made in createControl, which the wizard calls before anything else uses them
    @NonNullByDefault({})
    private Label summary;
    @NonNullByDefault({})
    private Text textual;
    @NonNullByDefault({})
    private Table binary;
    @NonNullByDefault({})
    private Table traces;
    private @Nullable SegyPreview preview;

    PreviewPage() {
        super("preview"); //$NON-NLS-1$
        setTitle(Messages.Preview_title);
        setDescription(Messages.Preview_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        summary = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        TabFolder tabs = new TabFolder(c, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).hint(700, 400).applyTo(tabs);

        textual = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        textual.setFont(JFaceResources.getTextFont());
        tab(tabs, Messages.Preview_textual, textual);

        binary = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        binary.setHeaderVisible(true);
        binary.setLinesVisible(true);
        column(binary, Messages.Preview_name, 240, SWT.LEFT);
        column(binary, Messages.Preview_value, 140, SWT.RIGHT);
        tab(tabs, Messages.Preview_binary, binary);

        traces = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        traces.setHeaderVisible(true);
        traces.setLinesVisible(true);
        tab(tabs, Messages.Preview_traces, traces);
        setControl(c);
    }

    private static void tab(TabFolder tabs, String title, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    private static void column(Table table, String title, int width, int style) {
        TableColumn column = new TableColumn(table, style);
        column.setText(title);
        column.setWidth(width);
    }

    /**
     * Clears the page while a preview is read.
     *
     * @param source the file being read
     */
    void reading(Path source) {
        preview = null;
        setErrorMessage(null);
        setPageComplete(false);
        if (summary != null) {
            summary.setText(NLS.bind(Messages.Preview_reading, source.getFileName()));
            textual.setText(""); //$NON-NLS-1$
            binary.removeAll();
            traces.removeAll();
        }
    }

    /**
     * Shows why the file cannot be read; the page cannot finish.
     *
     * @param message the problem, naming the file and the cause
     */
    void failed(String message) {
        preview = null;
        setErrorMessage(message);
        setPageComplete(false);
        if (summary != null) {
            summary.setText(""); //$NON-NLS-1$
            textual.setText(""); //$NON-NLS-1$
            binary.removeAll();
            traces.removeAll();
        }
    }

    /**
     * @param shown the preview to show; the page can finish
     */
    void show(SegyPreview shown) {
        preview = shown;
        setErrorMessage(null);
        String text = NLS.bind(Messages.Preview_summary, new Object[] { Long.valueOf(shown.traceCount()),
                Integer.valueOf(shown.sampleCount()), Double.valueOf(shown.sampleIntervalUs()),
                Integer.valueOf(shown.sampleFormatCode()), shown.sampleFormat(), ByteOrders.word(shown.byteOrder()),
                shown.kind() == SourceKind.SU ? Messages.Source_kindSu : Messages.Source_kindSegy, shown.revision() });
        if (!shown.anomalies().isEmpty()) {
            text += "\n" + NLS.bind(Messages.Preview_anomalies, String.join(" ", shown.anomalies())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        summary.setText(text);
        StringBuilder all = new StringBuilder(shown.textualHeaderText());
        List<List<String>> extended = shown.extendedTextualHeaders();
        for (int i = 0; i < extended.size(); i++) {
            all.append("\n\n").append(NLS.bind(Messages.Preview_extended, Integer.valueOf(i + 1))).append('\n'); //$NON-NLS-1$
            all.append(String.join("\n", extended.get(i))); //$NON-NLS-1$
        }
        textual.setText(all.toString());

        binary.removeAll();
        for (SegyPreview.BinaryWord word : shown.binaryHeader()) {
            new TableItem(binary, SWT.NONE).setText(new String[] { word.name(), String.valueOf(word.value()) });
        }

        traces.setRedraw(false);
        try {
            traces.removeAll();
            for (TableColumn column : traces.getColumns()) {
                column.dispose();
            }
            column(traces, Messages.Preview_index, 60, SWT.RIGHT);
            for (String name : shown.traceHeaderColumns()) {
                column(traces, name, Math.max(70, 8 * name.length()), SWT.RIGHT);
            }
            for (SegyPreview.TraceHeaderRow row : shown.traceHeaders()) {
                String[] cells = new String[shown.traceHeaderColumns().size() + 1];
                cells[0] = String.valueOf(row.traceIndex());
                int i = 1;
                for (String name : shown.traceHeaderColumns()) {
                    cells[i++] = String.valueOf(row.get(name));
                }
                new TableItem(traces, SWT.NONE).setText(cells);
            }
        } finally {
            traces.setRedraw(true);
        }
        ((Composite) getControl()).layout(true, true);
        setPageComplete(true);
    }

    /** @return the preview shown, or {@code null} while there is none */
    @Nullable
    SegyPreview preview() {
        return preview;
    }

    // ---- for tests

    Text textualText() {
        return textual;
    }

    Table binaryTable() {
        return binary;
    }

    Table traceTable() {
        return traces;
    }
}
