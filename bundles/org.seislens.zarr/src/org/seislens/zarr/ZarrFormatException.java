package org.seislens.zarr;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A Zarr file that cannot be used: metadata that is not valid Zarr v2 or that this implementation
 * does not support, or a chunk whose content is corrupt.
 * <p>
 * It is an {@link IOException} because it is always caused by what a file holds, like
 * {@link java.util.zip.ZipException}; callers that only report I/O failures need no second catch,
 * and callers that want to tell a bad file from a failing disk can catch this type first.
 */
public class ZarrFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a complete message.
     *
     * @param message what is wrong, naming the file where one is known
     */
    public ZarrFormatException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a complete message and its cause.
     *
     * @param message what is wrong, naming the file where one is known
     * @param cause the failure that revealed the problem, or {@code null}
     */
    public ZarrFormatException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception whose message is {@code "<file>: <cause>"}.
     *
     * @param file the file that holds the problem
     * @param cause what is wrong with it
     * @return the exception, to be thrown by the caller
     */
    public static ZarrFormatException inFile(Path file, String cause) {
        return new ZarrFormatException(file + ": " + cause);
    }

    /**
     * Wraps a problem found without knowing the file (for example by a codec) into one that names
     * the file.
     *
     * @param file the file that holds the problem
     * @param problem the problem as reported without the file
     * @return the exception, to be thrown by the caller
     */
    public static ZarrFormatException inFile(Path file, ZarrFormatException problem) {
        return new ZarrFormatException(file + ": " + problem.getMessage(), problem);
    }
}
