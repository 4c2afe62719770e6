package org.seislens.ui.internal.preferences;

import java.util.Arrays;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.seislens.core.DataCache;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;

/**
 * Window &gt; Preferences &gt; SeisLens: cache limits (applied at once to the running cache when the page is
 * applied), prefetch depth and the display defaults of new viewers. Every field is checked as it is typed;
 * the page cannot be applied while one is out of range.
 */
public class SeisLensPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id, as contributed in plugin.xml. */
    public static final String ID = "org.seislens.ui.preferences.main"; //$NON-NLS-1$

    private static final int MAX_MB = 1 << 20;
    private static final int MAX_ENTRIES = 100_000_000;
    private static final int MAX_DEPTH = 64;
    private static final double MAX_GAIN = 1000;

    private IWorkbench workbench;

    /** A grid page. */
    public SeisLensPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench w) {
        workbench = w;
        setPreferenceStore(Preferences.store());
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(integer(Preferences.CACHE_MB, Messages.Preferences_cacheMb, 1, MAX_MB, parent));
        addField(integer(Preferences.CACHE_ENTRIES, Messages.Preferences_cacheEntries, 1, MAX_ENTRIES, parent));
        addField(integer(Preferences.PREFETCH_DEPTH, Messages.Preferences_prefetch, 0, MAX_DEPTH, parent));
        addField(new ComboFieldEditor(Preferences.MODE, Messages.Preferences_mode,
                choices(Arrays.stream(DisplayMode.values()).map(Enum::name).toArray(String[]::new)), parent));
        addField(new ComboFieldEditor(Preferences.COLOUR_MAP, Messages.Preferences_colourMap,
                choices(Arrays.stream(ColourMaps.values()).map(Enum::name).toArray(String[]::new)), parent));
        addField(new DecimalFieldEditor(Preferences.CLIP, Messages.Preferences_clip, 0, 100, parent));
        addField(new DecimalFieldEditor(Preferences.GAIN, Messages.Preferences_gain, 0, MAX_GAIN, parent));
    }

    private static IntegerFieldEditor integer(String key, String label, int min, int max, Composite parent) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, parent) {
            @Override
            protected void doFillIntoGrid(Composite p, int columns) {
                super.doFillIntoGrid(p, columns);
                // Checked on every change of the text, pasted or typed, not only when a key is released.
                getTextControl().addModifyListener(e -> valueChanged());
            }
        };
        editor.setValidRange(min, max);
        editor.setErrorMessage(NLS.bind(Messages.Preferences_range, new Object[] { label, min, max }));
        return editor;
    }

    private static String[][] choices(String[] names) {
        String[][] entries = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            entries[i] = new String[] { names[i], names[i] };
        }
        return entries;
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        if (ok && workbench != null) {
            DataCache cache = Services.find(workbench, DataCache.class);
            if (cache != null) {
                Preferences.applyCacheLimits(getPreferenceStore(), cache);
            }
        }
        return ok;
    }

    /** A decimal number in {@code (min, max]}. */
    private static final class DecimalFieldEditor extends StringFieldEditor {

        private final double min;
        private final double max;

        DecimalFieldEditor(String key, String label, double min, double max, Composite parent) {
            super(key, label, parent);
            this.min = min;
            this.max = max;
            setErrorMessage(NLS.bind(Messages.Preferences_decimal, new Object[] { label, min, max }));
        }

        @Override
        protected void doFillIntoGrid(Composite p, int columns) {
            super.doFillIntoGrid(p, columns);
            getTextControl().addModifyListener(e -> valueChanged());
        }

        @Override
        protected boolean checkState() {
            boolean valid;
            try {
                double value = Double.parseDouble(getStringValue().trim());
                valid = value > min && value <= max;
            } catch (NumberFormatException e) {
                valid = false;
            }
            if (valid) {
                clearErrorMessage();
            } else {
                showErrorMessage(getErrorMessage());
            }
            return valid;
        }
    }
}
