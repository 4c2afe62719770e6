package org.seislens.ui.internal.wizards;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seislens.core.ImportOptions;
import org.seislens.core.SourceKind;
import org.seislens.ui.internal.TypedPaths;

/**
 * The first page: the source file, the dataset directory (by default {@code <name>.seislens} beside the
 * file), the byte order, format and kind overrides, the ensemble keys and overwrite permission.
 */
final class SourcePage extends WizardPage {

    /** SEG-Y sample format codes that can be imported, with their names. */
    private static final int[] FORMAT_CODES = { 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16 };
    private static final String[] FORMAT_NAMES = { "ibm_float32", "int32", "int16", "ieee_float32", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "ieee_float64", "int24", "int8", "int64", "uint32", "uint16", "uint64", "uint24", "uint8" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private final Runnable changed;
    private final Function<Path, @Nullable Path> defaultDestination;
    // made in createControl, which the wizard calls before anything else uses them
    @NonNullByDefault({})
    private Text file;
    @NonNullByDefault({})
    private Text destination;
    @NonNullByDefault({})
    private Combo byteOrder;
    @NonNullByDefault({})
    private Combo format;
    @NonNullByDefault({})
    private Combo kind;
    @NonNullByDefault({})
    private CheckboxTableViewer keys;
    @NonNullByDefault({})
    private Button force;
    private boolean destinationEdited;
    private boolean settingDestination;
    private List<String> columns = new ArrayList<>(ImportOptions.DEFAULT_KEYS);
    private @Nullable String previewProblem;

    /**
     * @param changed called whenever the source or an override changes
     * @param defaultDestination the dataset directory an import of a file goes to unless the user chooses
     *            another, or {@code null} when it cannot be told
     */
    SourcePage(Runnable changed, Function<Path, @Nullable Path> defaultDestination) {
        super("source"); //$NON-NLS-1$
        this.changed = changed;
        this.defaultDestination = defaultDestination;
        setTitle(Messages.Source_title);
        setDescription(Messages.Source_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));

        new Label(c, SWT.NONE).setText(Messages.Source_file);
        file = new Text(c, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Source_browse);
        browse.addListener(SWT.Selection, e -> browseFile());

        new Label(c, SWT.NONE).setText(Messages.Source_destination);
        destination = new Text(c, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(destination);
        Button browseDestination = new Button(c, SWT.PUSH);
        browseDestination.setText(Messages.Source_browseDestination);
        browseDestination.addListener(SWT.Selection, e -> browseDestination());

        new Label(c, SWT.NONE).setText(Messages.Source_byteOrder);
        byteOrder = combo(c, Messages.Source_detect, Messages.Source_big, Messages.Source_little);
        new Label(c, SWT.NONE).setText(Messages.Source_format);
        String[] formats = new String[FORMAT_CODES.length + 1];
        formats[0] = Messages.Source_detect;
        for (int i = 0; i < FORMAT_CODES.length; i++) {
            formats[i + 1] = NLS.bind(Messages.Source_formatCode, Integer.valueOf(FORMAT_CODES[i]), FORMAT_NAMES[i]);
        }
        format = combo(c, formats);
        new Label(c, SWT.NONE).setText(Messages.Source_kind);
        kind = combo(c, Messages.Source_kindByName, Messages.Source_kindSegy, Messages.Source_kindSu);

        Label keysLabel = new Label(c, SWT.NONE);
        keysLabel.setText(Messages.Source_keys);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(keysLabel);
        keys = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 160).applyTo(keys.getControl());
        keys.setContentProvider(ArrayContentProvider.getInstance());
        keys.setInput(columns);
        keys.setCheckedElements(ImportOptions.DEFAULT_KEYS.toArray());
        keys.addCheckStateListener(e -> validate());

        force = new Button(c, SWT.CHECK);
        force.setText(Messages.Source_force);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(force);

        file.addModifyListener(e -> sourceChanged());
        destination.addModifyListener(e -> {
            if (!settingDestination) {
                destinationEdited = true;
            }
            validate();
        });
        force.addListener(SWT.Selection, e -> validate());
        setControl(c);
        validate();
    }

    private Combo combo(Composite parent, String... items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items);
        combo.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
        combo.addListener(SWT.Selection, e -> {
            changed.run();
            validate();
        });
        return combo;
    }

    private void browseFile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.Source_fileDialog);
        dialog.setFilterExtensions(new String[] { "*.sgy;*.segy;*.SGY;*.SEGY;*.su;*.SU", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void browseDestination() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.Source_destinationDialog);
        String chosen = dialog.open();
        if (chosen != null) {
            destination.setText(chosen);
        }
    }

    private void sourceChanged() {
        Path source = source();
        if (source != null && !destinationEdited) {
            Path target = defaultDestination.apply(source);
            if (target != null) {
                settingDestination = true;
                try {
                    destination.setText(target.toString());
                } finally {
                    settingDestination = false;
                }
            }
        }
        changed.run();
        validate();
    }

    /** @return the source file typed or chosen, or {@code null} when there is none */
    @Nullable
    Path source() {
        return TypedPaths.of(file);
    }

    /** @return the dataset directory, or {@code null} when there is none */
    @Nullable
    Path destination() {
        return TypedPaths.of(destination);
    }

    /** @return the import options the page's fields give */
    ImportOptions options() {
        ByteOrder order = switch (byteOrder.getSelectionIndex()) {
            case 1 -> ByteOrder.BIG_ENDIAN;
            case 2 -> ByteOrder.LITTLE_ENDIAN;
            default -> null;
        };
        int f = format.getSelectionIndex();
        Integer code = f > 0 ? Integer.valueOf(FORMAT_CODES[f - 1]) : null;
        SourceKind k = switch (kind.getSelectionIndex()) {
            case 1 -> SourceKind.SEGY;
            case 2 -> SourceKind.SU;
            default -> null;
        };
        List<String> checked = new ArrayList<>();
        for (Object o : keys.getCheckedElements()) {
            checked.add((String) o);
        }
        return new ImportOptions(order, code, checked, force.getSelection(), k);
    }

    /**
     * Offers every trace header column of the previewed file as an ensemble key, keeping the ticks.
     *
     * @param names the header columns
     */
    void setColumns(List<String> names) {
        if (names.equals(columns)) {
            return;
        }
        Object[] checked = keys.getCheckedElements();
        Set<String> all = new LinkedHashSet<>(names);
        columns = new ArrayList<>(all);
        keys.setInput(columns);
        keys.setCheckedElements(checked);
    }

    /**
     * @param problem why the preview failed, shown as a warning on this page, or {@code null}
     */
    void setPreviewProblem(@Nullable String problem) {
        previewProblem = problem;
        validate();
    }

    private void validate() {
        String error = null;
        Path source = source();
        Path target = destination();
        if (source == null) {
            error = Messages.Source_noFile;
        } else if (!Files.isRegularFile(source)) {
            error = NLS.bind(Messages.Source_fileMissing, source);
        } else if (target == null) {
            error = Messages.Source_noDestination;
        } else if (Files.exists(target) && !force.getSelection()) {
            error = NLS.bind(Messages.Source_destinationExists, target);
        }
        setErrorMessage(error);
        if (error == null && previewProblem != null) {
            setMessage(NLS.bind(Messages.Source_previewProblem, previewProblem), IMessageProvider.WARNING);
        } else if (error == null && keys.getCheckedElements().length == 0) {
            setMessage(Messages.Source_noKeys, IMessageProvider.INFORMATION);
        } else {
            setMessage(null);
        }
        setPageComplete(error == null);
    }

    // ---- for tests

    Text fileText() {
        return file;
    }

    Text destinationText() {
        return destination;
    }

    CheckboxTableViewer keysViewer() {
        return keys;
    }

    Combo byteOrderCombo() {
        return byteOrder;
    }
}
