package org.seislens.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.prefs.BackingStoreException;
import org.seislens.core.ObjectStoreCredentials;

/**
 * The remembered list of datasets: lines of earlier versions (plain paths) still load, new ones are URIs, a
 * location in object storage keeps its endpoint, region and access key but never its secret.
 */
class KnownDatasetsTest {

    @TempDir
    Path dir;
    private IEclipsePreferences node;

    @BeforeEach
    void emptyNode() {
        node = (IEclipsePreferences) InstanceScope.INSTANCE.getNode("org.seislens.ui.tests").node("known");
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void plainPathsOfEarlierVersionsStillLoadAndAreSavedAsUris() {
        Path a = dir.resolve("a.seislens");
        Path b = dir.resolve("b b.seislens");
        node.put(KnownDatasets.KEY, a + "\n" + b + "\n");
        KnownDatasets known = new KnownDatasets(node);
        assertEquals(List.of(a, b), known.paths());
        assertFalse(known.add(b), "known already");
        Path c = dir.resolve("c.seislens");
        assertTrue(known.add(c));
        assertEquals(a.toUri() + "\n" + b.toUri() + "\n" + c.toUri() + "\n", node.get(KnownDatasets.KEY, ""));
        assertEquals(List.of(a, b, c), known.paths());
        assertTrue(known.remove(List.of(b)));
        assertEquals(List.of(a, c), known.paths());
    }

    @Test
    void objectStorageLocationsKeepTheirSettingsButNotTheSecret() {
        KnownDatasets known = new KnownDatasets(node);
        ObjectStoreCredentials keys = ObjectStoreCredentials.ofKeys(URI.create("http://127.0.0.1:9000"), "eu-west-1",
                "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG");
        DatasetLocation remote = new DatasetLocation(URI.create("s3://surveys/2024/line%207.seislens"), keys);
        assertTrue(known.add(remote));
        String line = node.get(KnownDatasets.KEY, "");
        assertFalse(line.contains("wJalrXUtnFEMI"), line);
        assertEquals("s3://surveys/2024/line%207.seislens?endpoint=http%3A%2F%2F127.0.0.1%3A9000&region=eu-west-1"
                + "&accessKey=AKIDEXAMPLE\n", line);
        DatasetLocation read = new KnownDatasets(node).locations().get(0);
        assertEquals(remote, read);
        assertEquals(keys.withoutSecret(), read.settings());
        assertTrue(read.isRemote());
        assertEquals(List.of(), known.paths(), "no local directory");

        DatasetLocation profile = new DatasetLocation(remote.uri(),
                ObjectStoreCredentials.ofProfile(null, null, "minio"));
        assertTrue(known.add(profile), "other settings replace the old ones");
        assertEquals(List.of(profile), known.locations());
        assertTrue(known.removeLocations(List.of(profile)));
        assertEquals(List.of(), known.locations());
    }
}
