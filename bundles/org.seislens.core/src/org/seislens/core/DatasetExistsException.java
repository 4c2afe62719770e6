package org.seislens.core;

import java.nio.file.Path;

/**
 * The target of an import is a dataset that exists and was not to be replaced. Asking again with the
 * permission to replace ({@link ImportOptions#force()}) replaces it; the caller says how that is asked for
 * (on the command line, {@code --force}).
 */
public class DatasetExistsException extends DatasetException {

    private static final long serialVersionUID = 1L;

    /**
     * @param dataset the existing dataset directory
     * @param cause what happened, in plain words
     */
    public DatasetExistsException(Path dataset, String cause) {
        super(dataset, cause);
    }
}
