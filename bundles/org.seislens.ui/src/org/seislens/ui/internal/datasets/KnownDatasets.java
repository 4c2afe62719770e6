package org.seislens.ui.internal.datasets;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.seislens.ui.SeisLensUi;

/**
 * The datasets imported or opened in this workbench, kept in the ui bundle's instance preferences so that they
 * are remembered across restarts: one {@link DatasetLocation} a line, a local directory as a {@code file:} URI,
 * a dataset in object storage as its {@code s3:} URI with the store's settings but never its secret (lines of
 * earlier versions, plain absolute paths, still load). Any code may register a dataset it opened with
 * {@link #add(Path)} or {@link #add(DatasetLocation)}; the Datasets view listens and shows it. The list lives in
 * the preferences only, so every instance of this class sees the same datasets.
 */
public final class KnownDatasets {

    /** Preference key: the dataset locations, one a line. */
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

    /** @return the known datasets, in the order they were added; lines that cannot be read are skipped */
    public synchronized List<DatasetLocation> locations() {
        List<DatasetLocation> locations = new ArrayList<>();
        for (String line : node.get(KEY, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!line.isBlank()) {
                try {
                    DatasetLocation l = DatasetLocation.decode(line);
                    if (!locations.contains(l)) {
                        locations.add(l);
                    }
                } catch (IllegalArgumentException e) {
                    // A line no version wrote; it is dropped when the list is next saved.
                }
            }
        }
        return locations;
    }

    /** @return the known local dataset directories, in the order they were added */
    public synchronized List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (DatasetLocation l : locations()) {
            if (!l.isRemote()) {
                paths.add(l.localPath());
            }
        }
        return paths;
    }

    /**
     * Remembers a dataset; one already known is not added twice. A dataset in object storage whose URI is known
     * already keeps the settings it was remembered with.
     *
     * @param dataset a local dataset directory, or a path in object storage (remembered with no settings of its
     *            own when unknown: it is read with the AWS environment's then)
     * @return whether it was not known before
     */
    public synchronized boolean add(Path dataset) {
        if (dataset.getFileSystem() == FileSystems.getDefault()) {
            return add(DatasetLocation.of(dataset));
        }
        URI uri = dataset.toUri();
        for (DatasetLocation l : locations()) {
            if (l.uri().equals(uri)) {
                return false;
            }
        }
        return add(new DatasetLocation(uri, null));
    }

    /**
     * Remembers a dataset; one already known with the same settings is not added twice, one known with other
     * settings gets these.
     *
     * @param dataset the dataset's location
     * @return whether it was not known before with these settings
     */
    public synchronized boolean add(DatasetLocation dataset) {
        List<DatasetLocation> locations = locations();
        if (locations.contains(dataset)) {
            return false;
        }
        locations.removeIf(l -> l.uri().equals(dataset.uri()));
        locations.add(dataset);
        store(locations);
        return true;
    }

    /**
     * Forgets local dataset directories; the directories themselves are not touched.
     *
     * @param datasets the directories to forget
     * @return whether any was known
     */
    public synchronized boolean remove(List<Path> datasets) {
        List<DatasetLocation> forget = new ArrayList<>();
        for (Path p : datasets) {
            forget.add(DatasetLocation.of(p));
        }
        return removeLocations(forget);
    }

    /**
     * Forgets datasets; their files or objects are not touched.
     *
     * @param datasets the locations to forget
     * @return whether any was known
     */
    public synchronized boolean removeLocations(List<DatasetLocation> datasets) {
        List<DatasetLocation> locations = locations();
        if (locations.removeAll(datasets)) {
            store(locations);
            return true;
        }
        return false;
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

    private void store(List<DatasetLocation> locations) {
        StringBuilder text = new StringBuilder();
        for (DatasetLocation l : locations) {
            text.append(l.encode()).append('\n');
        }
        node.put(KEY, text.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The workbench saves the preferences again when it shuts down; the list is in memory until then.
        }
    }
}
