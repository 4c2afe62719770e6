package org.seislens.ui.internal.export;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.seislens.ui.internal.TypedPaths;

/**
 * The second page: the sample format, the byte order and the file written.
 */
final class TargetPage extends WizardPage {

    /** The format codes offered after "as the source", in the order shown. */
    static final int[] FORMATS = { 1, 2, 3, 5, 8 };
    private static final String[] FORMAT_NAMES = { "1 - IBM float", "2 - 32-bit integer", "3 - 16-bit integer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "5 - IEEE float", "8 - 8-bit integer" }; //$NON-NLS-1$ //$NON-NLS-2$

    private @Nullable Combo format;
    private @Nullable Combo order;
    private @Nullable Text file;
    private @Nullable Button force;

    TargetPage() {
        super("target"); //$NON-NLS-1$
        setTitle(Messages.Target_title);
        setDescription(Messages.Target_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        new Label(c, SWT.NONE).setText(Messages.Target_format);
        Combo f = new Combo(c, SWT.READ_ONLY);
        f.add(Messages.Target_source);
        for (String name : FORMAT_NAMES) {
            f.add(name);
        }
        f.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(f);
        format = f;
        new Label(c, SWT.NONE).setText(Messages.Target_byteOrder);
        Combo o = new Combo(c, SWT.READ_ONLY);
        o.setItems(Messages.Target_source, Messages.Target_big, Messages.Target_little);
        o.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(o);
        order = o;
        new Label(c, SWT.NONE).setText(Messages.Target_file);
        Text t = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> validate());
        file = t;
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.Target_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.sgy;*.segy", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
            String chosen = dialog.open();
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        Button r = new Button(c, SWT.CHECK);
        r.setText(Messages.Target_force);
        r.addListener(SWT.Selection, e -> validate());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(r);
        force = r;
        setControl(c);
        validate();
    }

    private void validate() {
        Path target = target();
        String problem = null;
        if (target == null) {
            problem = Messages.Target_noFile;
        } else if (Files.exists(target) && !force()) {
            problem = NLS.bind(Messages.Target_exists, target);
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** @return the file to write, or {@code null} when none is named */
    @Nullable
    Path target() {
        return TypedPaths.of(file);
    }

    /** @return the format code chosen, {@code null} for the source's */
    @Nullable
    Integer formatCode() {
        Combo f = format;
        int i = f == null ? 0 : f.getSelectionIndex();
        return i <= 0 ? null : Integer.valueOf(FORMATS[i - 1]);
    }

    /** @return the byte order chosen, {@code null} for the source's */
    @Nullable
    ByteOrder byteOrder() {
        Combo o = order;
        int i = o == null ? 0 : o.getSelectionIndex();
        return i <= 0 ? null : i == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** @return whether an existing file is replaced */
    boolean force() {
        Button r = force;
        return r != null && r.getSelection();
    }

    /** @return the format choice, for tests */
    @Nullable
    Combo formatCombo() {
        return format;
    }

    /** @return the byte order choice, for tests */
    @Nullable
    Combo orderCombo() {
        return order;
    }

    /** @return the file text, for tests */
    @Nullable
    Text fileText() {
        return file;
    }
}
