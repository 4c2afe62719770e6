package org.seislens.store.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetException;

/**
 * A draft is published by rename, never over something that is not a dataset, and leaves nothing behind.
 */
class DatasetDraftTest {

    @TempDir
    Path parent;

    /** Writes what {@link DatasetLayout#isDataset} looks for. */
    static void writeMinimalDataset(Path dir, String marker) throws Exception {
        Files.createDirectories(dir.resolve(DatasetLayout.SAMPLES));
        Files.writeString(dir.resolve(DatasetLayout.SAMPLES).resolve(".zarray"), "{}");
        Files.writeString(dir.resolve(DatasetLayout.METADATA), "{\"format\": \"seislens-dataset\", \"m\": \"" + marker + "\"}");
    }

    private static List<String> names(Path dir) throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPublishedDraftIsTheTargetWithoutItsLockFile() throws Exception {
        Path target = parent.resolve("a.seislens");
        try (DatasetDraft draft = DatasetDraft.create(target)) {
            assertTrue(DatasetLayout.isTemporarySibling(draft.directory()));
            writeMinimalDataset(draft.directory(), "new");
            assertFalse(Files.exists(target));
            draft.publish(false);
        }
        assertEquals(List.of("a.seislens"), names(parent));
        assertEquals(List.of(DatasetLayout.METADATA, DatasetLayout.SAMPLES), names(target));
    }

    @Test
    void aDatasetIsReplacedOnlyWhenAllowed() throws Exception {
        Path target = parent.resolve("b.seislens");
        writeMinimalDataset(target, "old");
        try (DatasetDraft draft = DatasetDraft.create(target)) {
            writeMinimalDataset(draft.directory(), "new");
            assertThrows(DatasetException.class, () -> draft.publish(false));
        }
        assertTrue(Files.readString(target.resolve(DatasetLayout.METADATA)).contains("old"));
        try (DatasetDraft draft = DatasetDraft.create(target)) {
            writeMinimalDataset(draft.directory(), "new");
            draft.publish(true);
        }
        assertTrue(Files.readString(target.resolve(DatasetLayout.METADATA)).contains("new"));
        assertEquals(List.of("b.seislens"), names(parent), "no temporary or replaced sibling is left");
    }

    @Test
    void aFolderThatIsNotADatasetIsNeverReplaced() throws Exception {
        Path target = Files.createDirectory(parent.resolve("project"));
        Files.writeString(target.resolve(DatasetLayout.METADATA), "{\"name\":\"x\"}");
        Files.writeString(target.resolve("thesis.tex"), "years of work");
        try (DatasetDraft draft = DatasetDraft.create(target)) {
            writeMinimalDataset(draft.directory(), "new");
            DatasetException e = assertThrows(DatasetException.class, () -> draft.publish(true));
            assertEquals(target, e.file());
        }
        assertEquals("years of work", Files.readString(target.resolve("thesis.tex")));
        assertEquals(List.of("project"), names(parent));
    }
}
