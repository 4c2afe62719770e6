package org.seislens.store.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hidden temporary sibling is removed when no running process holds its lock, and kept while one does:
 * another JVM, started here, or this one through a {@link DatasetDraft}.
 */
class LeftoversTest {

    /** A program that locks the file named by its argument, says so, and holds the lock until stdin closes. */
    private static final String HOLDER = """
            import java.nio.channels.FileChannel;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            public class Holder {
                public static void main(String[] args) throws Exception {
                    try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                            var lock = c.lock()) {
                        System.out.println("locked");
                        System.out.flush();
                        while (System.in.read() >= 0) {
                            // hold the lock until the test closes our stdin
                        }
                    }
                }
            }
            """;

    @TempDir
    Path parent;

    private Path leftover(String name) throws Exception {
        Path dir = parent.resolve("." + name + ".importing-" + UUID.randomUUID());
        Files.createDirectories(dir.resolve("samples.zarr"));
        Files.writeString(dir.resolve("samples.zarr/0.0"), "partial");
        return dir;
    }

    @Test
    void aSiblingWithAnUnlockedLockFileIsRemoved() throws Exception {
        Path dir = leftover("a.seislens");
        Files.createFile(dir.resolve(DatasetLayout.LOCK));
        List<Path> removed = DatasetLayout.removeLeftovers(parent, new NullProgressMonitor());
        assertEquals(List.of(dir), removed);
        assertFalse(Files.exists(dir));
    }

    @Test
    void aSiblingLockedByAnotherProcessIsKept() throws Exception {
        Path dir = leftover("b.seislens");
        Path lock = Files.createFile(dir.resolve(DatasetLayout.LOCK));
        Path source = Files.writeString(parent.resolve("Holder.java"), HOLDER);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), source.toString(), lock.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine(), "the holder process locked the file");
            assertFalse(Leftovers.isLeftover(dir));
            assertEquals(List.of(), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
            assertTrue(Files.exists(dir.resolve("samples.zarr/0.0")));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        // Its writer gone, the same sibling is a leftover.
        assertEquals(List.of(dir), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
    }

    @Test
    void aDraftThisProcessWritesIsKeptUntilItCloses() throws Exception {
        Path target = parent.resolve("c.seislens");
        try (DatasetDraft draft = DatasetDraft.create(target)) {
            assertTrue(Files.isRegularFile(draft.directory().resolve(DatasetLayout.LOCK)));
            assertEquals(List.of(), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
            assertTrue(Files.isDirectory(draft.directory()));
        }
        try (var entries = Files.list(parent)) {
            assertEquals(List.of(), entries.toList(), "a closed unpublished draft is deleted");
        }
    }

    @Test
    void aSiblingWithoutALockFileIsALeftoverOnlyWhenOld() throws Exception {
        Path young = leftover("d.seislens");
        Path old = leftover("e.seislens");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Leftovers.UNLOCKED_GRACE).minusSeconds(60)));
        assertEquals(List.of(old), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
        assertTrue(Files.exists(young));
    }

    @Test
    void otherEntriesAreNeverTouched() throws Exception {
        Path hidden = Files.createDirectories(parent.resolve(".f.seislens.importing-not-a-uuid"));
        Path dataset = Files.createDirectories(parent.resolve("g.seislens"));
        Path file = Files.writeString(parent.resolve(".h.importing-" + UUID.randomUUID()), "a file");
        assertEquals(List.of(), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
        assertTrue(Files.exists(hidden) && Files.exists(dataset) && Files.exists(file));
    }

    @Test
    void aDatasetMovedAsideByAnInterruptedPublishIsPutBack() throws Exception {
        Path aside = Files.createDirectories(parent.resolve(".k.seislens.replaced-" + UUID.randomUUID()));
        Files.writeString(aside.resolve("metadata.json"), "old");
        Path young = Files.createDirectories(parent.resolve(".m.seislens.replaced-" + UUID.randomUUID()));
        Files.setLastModifiedTime(aside, FileTime.from(Instant.now().minus(Leftovers.UNLOCKED_GRACE).minusSeconds(60)));
        assertEquals(List.of(), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
        assertEquals("old", Files.readString(parent.resolve("k.seislens/metadata.json")));
        assertFalse(Files.exists(aside));
        assertTrue(Files.exists(young), "a publish may be under way");
    }

    @Test
    void anOldCopyAnInterruptedPublishLeftBesideItsReplacementIsRemoved() throws Exception {
        Files.createDirectories(parent.resolve("n.seislens"));
        Path aside = Files.createDirectories(parent.resolve(".n.seislens.replaced-" + UUID.randomUUID()));
        Files.setLastModifiedTime(aside, FileTime.from(Instant.now().minus(Leftovers.UNLOCKED_GRACE).minusSeconds(60)));
        assertEquals(List.of(aside), DatasetLayout.removeLeftovers(parent, new NullProgressMonitor()));
        assertTrue(Files.isDirectory(parent.resolve("n.seislens")));
    }
}
