package org.seislens.core;

import java.nio.file.Path;

/**
 * A dataset or source file cannot be read, written or opened. The message names the file and the
 * cause in words a user can act on; it is shown as is, without a stack trace.
 */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file or directory at fault
     * @param cause what is wrong, in plain words
     */
    public DatasetException(Path file, String cause) {
        super(file + ": " + cause); //$NON-NLS-1$
        this.file = file;
    }

    /**
     * @param file the file or directory at fault
     * @param cause what is wrong, in plain words
     * @param error the underlying error
     */
    public DatasetException(Path file, String cause, Throwable error) {
        super(file + ": " + cause, error); //$NON-NLS-1$
        this.file = file;
    }

    /** @return the file or directory at fault */
    public Path file() {
        return file;
    }
}
