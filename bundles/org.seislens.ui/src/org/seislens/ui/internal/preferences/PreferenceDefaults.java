package org.seislens.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.ui.PlatformUI;
import org.seislens.core.CacheLimits;
import org.seislens.core.DataCache;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.navigator.GatherStepper;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * The defaults of the SeisLens preferences: the cache limits the running cache service started with (its
 * own configuration), the built-in prefetch depth and display settings.
 */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

    private static final long FALLBACK_ENTRIES = 100_000;
    private static final long FALLBACK_MB = 1024;

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(SeisLensUi.PLUGIN_ID);
        CacheLimits limits = new CacheLimits(FALLBACK_ENTRIES, FALLBACK_MB * Preferences.MB);
        if (PlatformUI.isWorkbenchRunning()) {
            DataCache cache = PlatformUI.getWorkbench().getService(DataCache.class);
            if (cache != null) {
                limits = cache.limits();
            }
        }
        node.putInt(Preferences.CACHE_ENTRIES, (int) Math.min(Integer.MAX_VALUE, limits.maxEntries()));
        node.putInt(Preferences.CACHE_MB, (int) Math.max(1, Math.min(Integer.MAX_VALUE, limits.maxBytes() / Preferences.MB)));
        node.putInt(Preferences.PREFETCH_DEPTH, GatherStepper.DEFAULT_DEPTH);
        DisplaySettings d = DisplaySettings.DEFAULT;
        node.put(Preferences.MODE, d.mode().name());
        node.put(Preferences.COLOUR_MAP, d.colourMap().name());
        node.putDouble(Preferences.CLIP, d.clip());
        node.putDouble(Preferences.GAIN, d.gain());
    }
}
