package org.seislens.ui.internal.export;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seislens.core.Ensemble;
import org.seislens.core.ExportOptions;
import org.seislens.core.ProcessingChain;
import org.seislens.core.WindowBounds;
import org.seislens.ui.internal.TypedPaths;

/**
 * The first page: the dataset, which traces (all, the gather shown, the gathers selected in the navigator, the
 * gathers of a key range) or samples (the
 * viewer's time range), and whether the viewer's processing chain is applied.
 */
final class ContentPage extends WizardPage {

    /** What is exported. */
    enum Scope {
        /** Every trace. */
        ALL,
        /** The gather the viewer shows. */
        GATHER,
        /** The gathers selected in the Gather Navigator. */
        SELECTED,
        /** The gathers whose key value lies in a range. */
        KEY_RANGE,
        /** Every trace, the samples the viewer shows. */
        TIME_RANGE
    }

    private final ViewerContext context;
    private final Scope initial;
    private @Nullable Text dataset;
    private final Button[] scopes = new Button[Scope.values().length];
    private @Nullable Text key;
    private @Nullable Text low;
    private @Nullable Text high;
    private @Nullable Button chain;

    /**
     * @param context what the viewer shows
     * @param initial the scope chosen at first
     */
    ContentPage(ViewerContext context, Scope initial) {
        super("content"); //$NON-NLS-1$
        this.context = context;
        this.initial = initial;
        setTitle(Messages.Content_title);
        setDescription(Messages.Content_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        new Label(c, SWT.NONE).setText(Messages.Content_dataset);
        Text d = new Text(c, SWT.BORDER);
        Path shownDataset = context.dataset();
        d.setText(shownDataset == null ? "" : shownDataset.toString()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(d);
        d.addModifyListener(e -> validate());
        dataset = d;
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Content_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            String chosen = dialog.open();
            if (chosen != null) {
                d.setText(chosen);
            }
        });
        Ensemble g = context.gather();
        WindowBounds w = context.shown();
        List<Ensemble> selected = context.selected();
        String[] labels = { Messages.Content_all,
                g == null ? Messages.Content_gatherNone : NLS.bind(Messages.Content_gather, g.key(), g.value()),
                selected.isEmpty() ? Messages.Content_selectedNone
                        : NLS.bind(Messages.Content_selected, selected.size(), selected.get(0).key()),
                Messages.Content_keyRange,
                w == null ? Messages.Content_timeRangeNone
                        : NLS.bind(Messages.Content_timeRange, w.sampleStart(), w.sampleEnd()) };
        for (Scope s : Scope.values()) {
            Button b = new Button(c, SWT.RADIO);
            b.setText(labels[s.ordinal()]);
            b.setSelection(s == initial);
            b.setEnabled(s != Scope.GATHER || g != null);
            b.setEnabled(b.getEnabled() && (s != Scope.TIME_RANGE || w != null));
            b.setEnabled(b.getEnabled() && (s != Scope.SELECTED || !selected.isEmpty()));
            b.addListener(SWT.Selection, e -> validate());
            GridDataFactory.fillDefaults().span(s == Scope.KEY_RANGE ? 1 : 3, 1).applyTo(b);
            scopes[s.ordinal()] = b;
            if (s == Scope.KEY_RANGE) {
                createKeyRange(c, g);
            }
        }
        ProcessingChain steps = context.chain();
        Button ch = new Button(c, SWT.CHECK);
        ch.setText(steps == null ? Messages.Content_chainNone : NLS.bind(Messages.Content_chain, steps.steps().size()));
        ch.setEnabled(steps != null);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(ch);
        chain = ch;
        setControl(c);
        validate();
    }

    private void createKeyRange(Composite c, @Nullable Ensemble g) {
        Composite range = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(range);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(range);
        new Label(range, SWT.NONE).setText(Messages.Content_key);
        key = text(range, g == null ? "field_record" : g.key()); //$NON-NLS-1$
        new Label(range, SWT.NONE).setText(Messages.Content_from);
        low = text(range, g == null ? "" : String.valueOf(g.value())); //$NON-NLS-1$
        new Label(range, SWT.NONE).setText(Messages.Content_to);
        high = text(range, g == null ? "" : String.valueOf(g.value())); //$NON-NLS-1$
    }

    private Text text(Composite parent, String initialText) {
        Text t = new Text(parent, SWT.BORDER);
        t.setText(initialText);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> validate());
        return t;
    }

    private void validate() {
        String problem = null;
        if (datasetPath() == null) {
            problem = Messages.Content_noDataset;
        } else if (scope() == Scope.KEY_RANGE && keyRange() == null) {
            problem = Messages.Content_badRange;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** @return the dataset directory chosen, or {@code null} when the text names no directory */
    @Nullable
    Path datasetPath() {
        Path p = TypedPaths.of(dataset);
        return p != null && Files.isDirectory(p) ? p : null;
    }

    /** @return the scope chosen */
    Scope scope() {
        for (Scope s : Scope.values()) {
            Button b = scopes[s.ordinal()];
            if (b != null && b.getSelection()) {
                return s;
            }
        }
        return Scope.ALL;
    }

    /** @return the key range typed, or {@code null} when it is not a range */
    private ExportOptions.@Nullable Range keyRange() {
        Text l = low;
        Text h = high;
        if (l == null || h == null || keyText().isEmpty()) {
            return null;
        }
        try {
            long a = Long.parseLong(l.getText().strip());
            long b = Long.parseLong(h.getText().strip());
            return a <= b ? new ExportOptions.Range(a, b) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String keyText() {
        Text k = key;
        return k == null ? "" : k.getText().strip(); //$NON-NLS-1$
    }

    /** @return whether the viewer's chain is applied */
    boolean applyChain() {
        Button ch = chain;
        return ch != null && ch.getSelection() && context.chain() != null;
    }

    /**
     * The export options of this page's choices, with the format, order and replacing of the next page.
     *
     * @param format the format code, {@code null} for the source's
     * @param order the byte order, {@code null} for the source's
     * @param force whether an existing file is replaced
     * @param chainFile the chain file when the chain is applied, else {@code null}
     * @return the options
     */
    ExportOptions options(@Nullable Integer format, @Nullable ByteOrder order, boolean force,
            @Nullable Path chainFile) {
        Scope s = scope();
        Ensemble g = context.gather();
        WindowBounds w = context.shown();
        String k = null;
        List<Long> values = List.of();
        ExportOptions.Range range = null;
        ExportOptions.Range samples = null;
        if (s == Scope.GATHER && g != null) {
            k = g.key();
            values = List.of(Long.valueOf(g.value()));
        } else if (s == Scope.SELECTED && !context.selected().isEmpty()) {
            k = context.selected().get(0).key();
            values = context.selected().stream().map(e -> Long.valueOf(e.value())).toList();
        } else if (s == Scope.KEY_RANGE) {
            k = keyText();
            range = keyRange();
        } else if (s == Scope.TIME_RANGE && w != null) {
            samples = new ExportOptions.Range(w.sampleStart(), w.sampleEnd());
        }
        return new ExportOptions(format, order, null, null, k, values, range, samples, false, chainFile, force,
                false);
    }

    /** @return the dataset text, for tests */
    @Nullable
    Text datasetText() {
        return dataset;
    }

    /**
     * @param s a scope
     * @return its radio button, for tests
     */
    @Nullable
    Button scopeButton(Scope s) {
        return scopes[s.ordinal()];
    }

    /** @return the key, low and high texts of the key range, for tests */
    Text @Nullable [] keyRangeTexts() {
        Text k = key;
        Text l = low;
        Text h = high;
        return k == null || l == null || h == null ? null : new Text[] { k, l, h };
    }
}
