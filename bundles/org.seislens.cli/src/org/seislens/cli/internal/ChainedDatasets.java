package org.seislens.cli.internal;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingService;

/**
 * The dataset a command reads when it takes a {@code --chain}: the raw one, or the raw one processed lazily by
 * the chain in the file.
 */
public final class ChainedDatasets {

    private ChainedDatasets() {
    }

    /**
     * @param processing the processing service
     * @param raw the opened dataset
     * @param chainFile the chain's JSON file, or {@code null} for none
     * @return {@code raw} itself without a chain file, otherwise the lazily processed dataset (closing it does not
     *         close {@code raw})
     * @throws DatasetException naming the chain file when it cannot be read, is not a valid chain, or does not fit
     *             the dataset (a corner above its Nyquist)
     */
    public static Dataset open(ProcessingService processing, Dataset raw, @Nullable Path chainFile)
            throws DatasetException {
        if (chainFile == null) {
            return raw;
        }
        try {
            return processing.open(raw, processing.readChain(chainFile));
        } catch (InvalidChainException e) {
            throw new DatasetException(chainFile, e.getMessage() + " for " + raw.descriptor().location(), e); //$NON-NLS-1$
        }
    }
}
