package org.seislens.ui.internal.session;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IMemento;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.XMLMemento;

/**
 * The gathers last looked at, most recent first: what the workbench saves at exit and warms the shared cache
 * with at the next start, so that stepping back through them is served from memory at once.
 *
 * @param gathers the gathers, most recent first
 */
public record HotSet(List<Gather> gathers) {

    /** The most gathers kept; the warm-up also stops at its byte budget. */
    public static final int MAX_GATHERS = 256;

    private static final String ROOT = "hotSet"; //$NON-NLS-1$
    private static final String GATHER = "gather"; //$NON-NLS-1$
    private static final String LOCATION = "location"; //$NON-NLS-1$
    private static final String KEY = "key"; //$NON-NLS-1$
    private static final String VALUE = "value"; //$NON-NLS-1$

    /**
     * One gather: an ensemble of an indexed key of a dataset.
     *
     * @param location the dataset directory, as the dataset service names it
     * @param key the indexed header key
     * @param value the key's value
     */
    public record Gather(String location, String key, long value) {
    }

    /**
     * @param gathers the gathers, most recent first; only the first {@link #MAX_GATHERS} are kept
     */
    public HotSet {
        gathers = List.copyOf(gathers.subList(0, Math.min(gathers.size(), MAX_GATHERS)));
    }

    /**
     * Writes the hot set to a temporary sibling of the file, then renames it over the file, so that an exit
     * cut short never leaves half a file.
     *
     * @param file where to write
     * @throws IOException if it cannot be written
     */
    public void save(Path file) throws IOException {
        XMLMemento memento = XMLMemento.createWriteRoot(ROOT);
        for (Gather g : gathers) {
            IMemento child = memento.createChild(GATHER);
            child.putString(LOCATION, g.location());
            child.putString(KEY, g.key());
            child.putString(VALUE, Long.toString(g.value()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            memento.save(out);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Reads what {@link #save} wrote. A missing, unreadable or damaged file is an empty hot set: a start never
     * fails on it.
     *
     * @param file where to read
     * @return the hot set
     */
    public static HotSet load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new HotSet(List.of());
        }
        List<Gather> gathers = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            XMLMemento memento = XMLMemento.createReadRoot(in);
            for (IMemento child : memento.getChildren(GATHER)) {
                String location = child.getString(LOCATION);
                String key = child.getString(KEY);
                String value = child.getString(VALUE);
                if (location != null && key != null && value != null) {
                    gathers.add(new Gather(location, key, Long.parseLong(value)));
                }
            }
        } catch (IOException | WorkbenchException | NumberFormatException e) {
            return new HotSet(List.of());
        }
        return new HotSet(gathers);
    }
}
