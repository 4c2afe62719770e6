package org.seislens.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seislens.core.CacheLimits;
import org.seislens.core.DataCache;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.navigator.GatherStepper;

/**
 * Opens Window &gt; Preferences &gt; SeisLens in the running workbench, types into its fields and applies
 * it: the running cache service takes the new limits at once; values out of range keep the page from being
 * applied and say why.
 */
class SeisLensPreferencePageTest {

    private DataCache cache;
    private CacheLimits original;
    private PreferenceDialog dialog;

    @BeforeEach
    void open() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        cache = Services.require(DataCache.class);
        original = cache.limits();
        dialog = Ui.call(() -> {
            PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), SeisLensPreferencePage.ID,
                    new String[] { SeisLensPreferencePage.ID }, null);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
    }

    @AfterEach
    void restore() {
        Ui.run(() -> {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            IPreferenceStore store = Preferences.store();
            for (String key : new String[] { Preferences.CACHE_MB, Preferences.CACHE_ENTRIES,
                    Preferences.PREFETCH_DEPTH, Preferences.CLIP }) {
                store.setToDefault(key);
            }
        });
        cache.setLimits(original);
    }

    /** The text field right after the label with this text. */
    private Text field(String label) {
        Label l = Widgets.find(dialog.getShell(), Label.class, x -> label.equals(x.getText()));
        assertNotNull(l, label);
        Control[] siblings = l.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == l && siblings[i + 1] instanceof Text t) {
                return t;
            }
        }
        throw new AssertionError("no field after " + label);
    }

    private Button ok() {
        Button b = Widgets.find(dialog.getShell(), Button.class,
                x -> Integer.valueOf(IDialogConstants.OK_ID).equals(x.getData()));
        assertNotNull(b);
        return b;
    }

    private void type(String label, String text) {
        Ui.run(() -> field(label).setText(text));
    }

    @Test
    void applyingThePageChangesTheRunningCacheLimits() {
        assertEquals(Long.toString(original.maxEntries()), Ui.call(() -> field(Messages.Preferences_cacheEntries).getText()),
                "the page starts from the cache's limits");
        type(Messages.Preferences_cacheMb, "64");
        type(Messages.Preferences_cacheEntries, "123");
        type(Messages.Preferences_prefetch, "5");
        Ui.run(() -> ok().notifyListeners(SWT.Selection, new Event()));
        Ui.waitUntil("the dialog closes", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        assertEquals(new CacheLimits(123, 64L * 1024 * 1024), cache.limits());
        assertTrue(cache.statistics().entries() <= 123, "entries beyond the new limit are evicted");
        assertEquals(5, Preferences.prefetchDepth());
    }

    @Test
    void valuesOutOfRangeKeepThePageFromBeingApplied() {
        type(Messages.Preferences_cacheEntries, "0");
        assertFalse(Ui.call(() -> ok().isEnabled()), "0 entries cannot be applied");
        String message = Ui.call(() -> ((org.eclipse.jface.dialogs.IDialogPage) dialog.getSelectedPage()).getErrorMessage());
        assertTrue(message != null && message.contains(Messages.Preferences_cacheEntries), message);
        type(Messages.Preferences_cacheEntries, "1000");
        assertTrue(Ui.call(() -> ok().isEnabled()));
        type(Messages.Preferences_clip, "150");
        assertFalse(Ui.call(() -> ok().isEnabled()), "a clip percentile above 100 cannot be applied");
        type(Messages.Preferences_clip, "abc");
        assertFalse(Ui.call(() -> ok().isEnabled()));
        type(Messages.Preferences_clip, "98.5");
        assertTrue(Ui.call(() -> ok().isEnabled()));
        Ui.run(() -> ok().notifyListeners(SWT.Selection, new Event()));
        Ui.waitUntil("the dialog closes", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        assertEquals(1000, cache.limits().maxEntries());
        assertEquals(98.5, Preferences.displayDefaults().clip());
        assertEquals(GatherStepper.DEFAULT_DEPTH, Preferences.prefetchDepth());
    }
}
