package org.seislens.ui.internal.processing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.seislens.core.DatasetException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;

/**
 * Loads and saves chain JSON files in the processing engine's format. A save writes a temporary sibling first
 * and renames it, so that a failed save never leaves half a file. The Processing view's Load and Save ask for the
 * file and show what went wrong in a dialog ({@link #askAndLoad}, {@link #askAndSave}).
 */
final class ChainFiles {

    private ChainFiles() {
    }

    /**
     * Asks for a chain file and loads it; a file that cannot be read is reported in a dialog.
     *
     * @param shell the dialogs' parent
     * @param service the processing service
     * @return the chain, or {@code null} when none was chosen or it could not be read
     */
    static @Nullable ProcessingChain askAndLoad(Shell shell, ProcessingService service) {
        String file = new FileDialog(shell, SWT.OPEN).open();
        if (file != null) {
            try {
                return load(service, Path.of(file));
            } catch (DatasetException e) {
                MessageDialog.openError(shell, Messages.Processing_loadTitle, e.getMessage());
            }
        }
        return null;
    }

    /**
     * Asks for a file and saves a chain to it; a failure is reported in a dialog.
     *
     * @param shell the dialogs' parent
     * @param service the processing service
     * @param chain the chain
     */
    static void askAndSave(Shell shell, ProcessingService service, ProcessingChain chain) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                save(service, chain, Path.of(file));
            } catch (DatasetException e) {
                MessageDialog.openError(shell, Messages.Processing_saveTitle, e.getMessage());
            }
        }
    }

    /**
     * @param service the processing service
     * @param file a chain file
     * @return the chain
     * @throws DatasetException naming the file and the cause
     */
    static ProcessingChain load(ProcessingService service, Path file) throws DatasetException {
        return service.readChain(file);
    }

    /**
     * @param service the processing service
     * @param chain the chain
     * @param file where to write it; replaced when it exists
     * @throws DatasetException naming the file and the cause
     */
    static void save(ProcessingService service, ProcessingChain chain, Path file) throws DatasetException {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling('.' + absolute.getFileName().toString() + ".tmp"); //$NON-NLS-1$
        try {
            Files.writeString(temporary, service.toJson(chain), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The save failed already; that is what the user is told.
            }
            String cause = e.getMessage();
            throw new DatasetException(absolute, NLS.bind(Messages.Error_save, cause == null ? e.toString() : cause), e);
        }
    }
}
