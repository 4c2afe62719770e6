package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IWorkbenchPartSite;
import org.seislens.core.Dataset;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.ui.internal.Services;

/**
 * The viewer's processing chain and the lazily processed dataset it gives, through the
 * {@link ProcessingService}: set by the Processing view, applied to every dataset the viewer opens, told to
 * listeners when it changes.
 */
final class ProcessedSamples {

    private final IWorkbenchPartSite site;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private @Nullable ProcessingChain chain;

    /**
     * @param site the view's site, where the processing service is found
     */
    ProcessedSamples(IWorkbenchPartSite site) {
        this.site = site;
    }

    /** @return the chain, or {@code null} when the samples are shown raw */
    @Nullable
    ProcessingChain chain() {
        return chain;
    }

    /**
     * @param raw a dataset the viewer opens
     * @return it processed by the chain, or {@code null} without a chain or when the chain does not fit the
     *         dataset's sampling (its own samples are shown then; the Processing view says why when the user edits
     *         the chain)
     */
    @Nullable
    Dataset open(Dataset raw) {
        ProcessingChain c = chain;
        if (c == null) {
            return null;
        }
        try {
            return Services.require(site, ProcessingService.class).open(raw, c);
        } catch (InvalidChainException e) {
            Platform.getLog(ProcessedSamples.class).warn(e.getMessage());
            return null;
        }
    }

    /**
     * Sets the chain and opens the processed form of the open dataset.
     *
     * @param newChain the chain, or {@code null} for none
     * @param raw the open dataset, or {@code null}
     * @return the processed dataset, or {@code null} without a chain or dataset
     * @throws InvalidChainException if the chain cannot run on the dataset; nothing changes then
     */
    @Nullable
    Dataset set(@Nullable ProcessingChain newChain, @Nullable Dataset raw) throws InvalidChainException {
        Dataset processed = null;
        if (newChain != null && raw != null) {
            processed = Services.require(site, ProcessingService.class).open(raw, newChain);
        }
        chain = newChain;
        return processed;
    }

    /** Tells the listeners that the chain changed. */
    void changed() {
        listeners.forEach(Runnable::run);
    }

    /** @param listener told on the UI thread when the chain changes */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before */
    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
