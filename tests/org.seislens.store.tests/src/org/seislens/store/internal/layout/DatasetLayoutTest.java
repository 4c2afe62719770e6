package org.seislens.store.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetException;

/**
 * What the layout contract tells about paths: which directory is a dataset, which ensemble key names a file
 * inside it, which name is a temporary sibling.
 */
class DatasetLayoutTest {

    @TempDir
    Path dir;

    @Test
    void aDatasetNeedsTheFormatMarkerAndASampleArray() throws Exception {
        Path d = dir.resolve("d");
        assertFalse(DatasetLayout.isDataset(d), "missing");
        Files.createDirectories(d);
        Files.writeString(d.resolve("metadata.json"), "{\"name\":\"x\"}");
        assertFalse(DatasetLayout.isDataset(d), "metadata.json without the marker");
        Files.writeString(d.resolve("metadata.json"), "{\"format\":\"seislens-dataset\"}");
        assertFalse(DatasetLayout.isDataset(d), "no sample array");
        DatasetDraftTest.writeMinimalDataset(d, "x");
        assertTrue(DatasetLayout.isDataset(d));
        Files.writeString(d.resolve("metadata.json"), "[ \"format\", \"seislens-dataset\" ]");
        assertFalse(DatasetLayout.isDataset(d), "not an object");
        assertFalse(DatasetLayout.isDataset(d.resolve("metadata.json")), "a file");
    }

    @Test
    void ensembleKeysNameFilesInsideTheDatasetOnly() throws Exception {
        DatasetLayout layout = new DatasetLayout(dir);
        assertEquals(dir.resolve("ensembles/cdp.parquet"), layout.ensembleIndex("cdp"));
        for (String bad : new String[] { "../../../evil", "/etc/passwd", "a/b", "CDP", "", "a.b", "cdp\u0000" }) {
            DatasetException e = assertThrows(DatasetException.class, () -> layout.ensembleIndex(bad), bad);
            assertEquals(layout.metadata(), e.file());
        }
        assertThrows(DatasetException.class, () -> layout.ensembleIndex(null));
    }

    @Test
    void temporarySiblingsAreHiddenAndTold() {
        Path target = dir.resolve("line.seislens");
        Path sibling = DatasetLayout.temporarySibling(target);
        assertEquals(dir, sibling.getParent());
        assertTrue(sibling.getFileName().toString().startsWith(".line.seislens.importing-"));
        assertTrue(DatasetLayout.isTemporarySibling(sibling));
        assertFalse(DatasetLayout.isTemporarySibling(target));
        assertFalse(DatasetLayout.isTemporarySibling(dir.resolve(".line.seislens.importing-x")));
    }

    @Test
    void theDefaultDatasetDirectoryIsBesideTheSource() {
        assertEquals(dir.resolve("f3.seislens"), DatasetLayout.defaultDatasetDirectory(dir.resolve("f3.sgy")));
        assertEquals(dir.resolve("raw.seislens"), DatasetLayout.defaultDatasetDirectory(dir.resolve("raw")));
        assertEquals(dir.resolve(".hidden.seislens"), DatasetLayout.defaultDatasetDirectory(dir.resolve(".hidden")));
    }
}
