package org.seislens.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.seislens.core.CacheLimits;
import org.seislens.core.DataCache;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * The SeisLens preferences (Window &gt; Preferences &gt; SeisLens), their keys and what they mean: the limits
 * of the shared cache, the number of gathers prefetched ahead, and the display settings a new viewer starts
 * with. Stored in the instance scope of this bundle.
 */
public final class Preferences {

    /** Cache size limit in megabytes. */
    public static final String CACHE_MB = "cache.megabytes"; //$NON-NLS-1$
    /** Cache entry limit. */
    public static final String CACHE_ENTRIES = "cache.entries"; //$NON-NLS-1$
    /** Gathers prefetched ahead while stepping or playing. */
    public static final String PREFETCH_DEPTH = "prefetch.depth"; //$NON-NLS-1$
    /** Display mode of a new viewer, a {@link DisplayMode} name. */
    public static final String MODE = "display.mode"; //$NON-NLS-1$
    /** Colour map of a new viewer, a {@link ColourMaps} name. */
    public static final String COLOUR_MAP = "display.colourMap"; //$NON-NLS-1$
    /** Clip percentile of a new viewer. */
    public static final String CLIP = "display.clipPercentile"; //$NON-NLS-1$
    /** Gain of a new viewer. */
    public static final String GAIN = "display.gain"; //$NON-NLS-1$

    /** Bytes in a megabyte. */
    static final long MB = 1024L * 1024L;

    private Preferences() {
    }

    /** @return the store of the SeisLens preferences */
    public static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, SeisLensUi.PLUGIN_ID);
    }

    /**
     * @param store the preferences
     * @return the cache limits they ask for
     */
    public static CacheLimits cacheLimits(IPreferenceStore store) {
        return new CacheLimits(Math.max(1, store.getInt(CACHE_ENTRIES)), Math.max(1, store.getInt(CACHE_MB)) * MB);
    }

    /**
     * Gives the running cache the limits the preferences ask for; it evicts at once what no longer fits.
     *
     * @param store the preferences
     * @param cache the shared cache
     */
    public static void applyCacheLimits(IPreferenceStore store, DataCache cache) {
        cache.setLimits(cacheLimits(store));
    }

    /** @return the number of gathers to prefetch ahead */
    public static int prefetchDepth() {
        return Math.max(0, store().getInt(PREFETCH_DEPTH));
    }

    /** @return the display settings a new viewer starts with */
    public static DisplaySettings displayDefaults() {
        IPreferenceStore store = store();
        DisplaySettings d = DisplaySettings.DEFAULT;
        try {
            return new DisplaySettings(DisplayMode.valueOf(store.getString(MODE)),
                    ColourMaps.valueOf(store.getString(COLOUR_MAP)), ClipMode.PERCENTILE, store.getDouble(CLIP),
                    store.getDouble(GAIN), d.reversePolarity(), d.normalisation());
        } catch (IllegalArgumentException e) {
            // A value edited outside the preference page: the built-in defaults.
            return d;
        }
    }
}
