package org.seislens.ui.internal.processing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;
import org.seislens.core.DatasetException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;

/**
 * Loads and saves chain JSON files in the processing engine's format. A save writes a temporary sibling first
 * and renames it, so that a failed save never leaves half a file.
 */
final class ChainFiles {

    private ChainFiles() {
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
