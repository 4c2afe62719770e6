package org.seislens.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in one line what an I/O failure means, naming the file: Java's file system exceptions carry the file
 * and a terse reason (or only the file), which alone reads as "w.npy" rather than why.
 */
public final class IoMessages {

    private IoMessages() {
    }

    /**
     * @param e an I/O failure
     * @return the file and the cause, e.g. {@code nodir/w.npy: the directory nodir does not exist}
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile() + ": "; //$NON-NLS-1$ //$NON-NLS-2$
            String other = f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String reason;
            if (e instanceof NoSuchFileException) {
                reason = "does not exist"; //$NON-NLS-1$
            } else if (e instanceof AccessDeniedException) {
                reason = "permission denied"; //$NON-NLS-1$
            } else if (e instanceof FileAlreadyExistsException) {
                reason = "already exists"; //$NON-NLS-1$
            } else if (e instanceof DirectoryNotEmptyException) {
                reason = "is a directory that is not empty"; //$NON-NLS-1$
            } else if (e instanceof NotDirectoryException) {
                reason = "is not a directory"; //$NON-NLS-1$
            } else {
                reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
            }
            return file + reason + other;
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
