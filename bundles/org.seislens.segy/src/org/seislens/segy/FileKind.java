package org.seislens.segy;

import java.nio.file.Path;
import java.util.Locale;

/** The two file layouts this bundle reads: SEG-Y with its file header, or headerless Seismic Unix. */
public enum FileKind {
    /** SEG-Y: a 3200-byte textual header, a 400-byte binary header, extended textual headers, traces. */
    SEGY,
    /** Seismic Unix: traces only (240-byte header plus IEEE float samples), no file header. */
    SU;

    /**
     * Guesses the kind from a file name: {@code .su} (any case) is Seismic Unix, anything else SEG-Y.
     *
     * @param file a file path
     * @return the guessed kind
     */
    public static FileKind fromFileName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".su") ? SU : SEGY;
    }
}
