package org.seislens.ui.internal.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.seislens.ui.SeisLensUi;

/**
 * The dataset directories imported or opened in this workbench, kept in the ui bundle's instance
 * preferences so that they are remembered across restarts. Any code may register a dataset it opened with
 * {@link #add(Path)}; the Datasets view listens and shows it. The list lives in the preferences only, so
 * every instance of this class sees the same datasets.
 */
public final class KnownDatasets {

    /** Preference key: the absolute dataset paths, one a line. */
    static final String KEY = "datasets.known"; //$NON-NLS-1$

    private final IEclipsePreferences node;

    /** The datasets of this workbench (the ui bundle's instance preferences). */
    public KnownDatasets() {
        this(InstanceScope.INSTANCE.getNode(SeisLensUi.PLUGIN_ID));
    }

    /**
     * @param node the preference node that holds the list
     */
    public KnownDatasets(IEclipsePreferences node) {
        this.node = node;
    }

    /** @return the known dataset directories, in the order they were added */
    public synchronized List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (String line : node.get(KEY, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!line.isBlank()) {
                paths.add(Path.of(line));
            }
        }
        return paths;
    }

    /**
     * Remembers a dataset directory; a directory already known is not added twice.
     *
     * @param dataset a dataset directory
     * @return whether it was not known before
     */
    public synchronized boolean add(Path dataset) {
        Path path = dataset.toAbsolutePath().normalize();
        List<Path> paths = paths();
        if (paths.contains(path)) {
            return false;
        }
        paths.add(path);
        store(paths);
        return true;
    }

    /**
     * Forgets dataset directories; the directories themselves are not touched.
     *
     * @param datasets the directories to forget
     * @return whether any was known
     */
    public synchronized boolean remove(List<Path> datasets) {
        List<Path> paths = paths();
        boolean removed = false;
        for (Path dataset : datasets) {
            removed |= paths.remove(dataset.toAbsolutePath().normalize());
        }
        if (removed) {
            store(paths);
        }
        return removed;
    }

    /**
     * @param listener called, on the thread that changed it, whenever the list changes
     * @return the registration, to pass to {@link #removeListener(IPreferenceChangeListener)}
     */
    public IPreferenceChangeListener addListener(Runnable listener) {
        IPreferenceChangeListener l = event -> {
            if (KEY.equals(event.getKey())) {
                listener.run();
            }
        };
        node.addPreferenceChangeListener(l);
        return l;
    }

    /**
     * @param registration what {@link #addListener(Runnable)} returned
     */
    public void removeListener(IPreferenceChangeListener registration) {
        node.removePreferenceChangeListener(registration);
    }

    private void store(List<Path> paths) {
        StringBuilder text = new StringBuilder();
        for (Path p : paths) {
            text.append(p).append('\n');
        }
        node.put(KEY, text.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The workbench saves the preferences again when it shuts down; the list is in memory until then.
        }
    }
}
