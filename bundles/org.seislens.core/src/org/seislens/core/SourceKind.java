package org.seislens.core;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The kind of a seismic source file.
 */
public enum SourceKind {
    /** SEG-Y, revision 0, 1 or 2: textual and binary file headers, then traces. */
    SEGY,
    /** Seismic Unix: traces only, each a 240-byte SEG-Y trace header and IEEE samples. */
    SU;

    /**
     * @param file a source file
     * @return {@link #SU} for a name ending in {@code .su} (any case), {@link #SEGY} otherwise
     */
    public static SourceKind fromFileName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".su") ? SU : SEGY; //$NON-NLS-1$
    }

    /**
     * @param word {@code segy} or {@code su}, in any case
     * @return the kind
     * @throws IllegalArgumentException for any other word
     */
    public static SourceKind fromWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "segy" -> SEGY; //$NON-NLS-1$
            case "su" -> SU; //$NON-NLS-1$
            default -> throw new IllegalArgumentException("File kind must be segy or su, not " + word); //$NON-NLS-1$
        };
    }

    /** @return the lower-case word used in metadata.json and on the command line: {@code segy} or {@code su} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
