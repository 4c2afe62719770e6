package org.seislens.ui.internal.preferences;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.seislens.core.DataCache;

/**
 * Gives the cache service the limits the user chose in an earlier session, once the workbench has started.
 * Limits never set in the preferences are left as the service's configuration made them.
 */
public class CacheLimitsAtStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IPreferenceStore store = Preferences.store();
        if (store.isDefault(Preferences.CACHE_MB) && store.isDefault(Preferences.CACHE_ENTRIES)) {
            return;
        }
        DataCache cache = PlatformUI.getWorkbench().getService(DataCache.class);
        if (cache != null) {
            Preferences.applyCacheLimits(store, cache);
        }
    }
}
