package org.seislens.segy;

import java.nio.file.Path;

/**
 * A file is not a SEG-Y or Seismic Unix file this bundle can read: it is too short, its headers
 * contradict its size, it uses an unknown or unsupported sample format, or it ended while being read.
 * The message names the file and the cause in words a user can act on.
 */
public class SegyFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file at fault
     * @param cause what is wrong, in plain words
     */
    public SegyFormatException(Path file, String cause) {
        super(file + ": " + cause);
        this.file = file;
    }

    /** @return the file at fault */
    public Path file() {
        return file;
    }
}
