package org.seislens.core;

import java.nio.ByteOrder;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * How a SEG-Y file is imported into a dataset.
 *
 * @param byteOrder the source byte order, or {@code null} to detect it
 * @param formatCode a SEG-Y sample format code that overrides the binary header, or {@code null}
 * @param ensembleKeys the trace header columns to index as ensembles, e.g. {@code field_record}, {@code cdp}
 * @param force whether an existing dataset directory may be replaced
 * @param kind the source's kind, or {@code null} to go by the file name ({@code .su} is Seismic Unix, anything
 *            else SEG-Y)
 */
public record ImportOptions(@Nullable ByteOrder byteOrder, @Nullable Integer formatCode, List<String> ensembleKeys,
        boolean force, @Nullable SourceKind kind) {

    /** The ensemble keys indexed when none are named. */
    public static final List<String> DEFAULT_KEYS = List.of("field_record", "cdp"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * Freezes the key list.
     */
    public ImportOptions {
        ensembleKeys = List.copyOf(ensembleKeys);
    }

    /**
     * Options that take the file kind from the file name.
     *
     * @param byteOrder the source byte order, or {@code null} to detect it
     * @param formatCode a sample format code overriding the binary header, or {@code null}
     * @param ensembleKeys the header columns to index as ensembles
     * @param force whether an existing dataset may be replaced
     */
    public ImportOptions(@Nullable ByteOrder byteOrder, @Nullable Integer formatCode, List<String> ensembleKeys,
            boolean force) {
        this(byteOrder, formatCode, ensembleKeys, force, null);
    }

    /** @return options that detect everything, index the default keys and never overwrite */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, DEFAULT_KEYS, false);
    }

    /**
     * @param replace whether an existing dataset may be replaced
     * @return these options with that overwrite permission
     */
    public ImportOptions withForce(boolean replace) {
        return new ImportOptions(byteOrder, formatCode, ensembleKeys, replace, kind);
    }
}
