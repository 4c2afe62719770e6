package org.seislens.core;

import java.util.Map;

/**
 * What a dataset derived from another one records about its making, for
 * {@link DatasetService#createDerived}.
 *
 * @param provenanceField name of the object added to the new dataset's metadata.json, e.g. {@code processing}
 * @param provenance its content: strings, numbers, booleans, lists and maps of them; the writer adds
 *            {@code source} ({@code path} and {@code created} of the source dataset)
 */
public record DerivedDataset(String provenanceField, Map<String, Object> provenance) {

    /**
     * Freezes the provenance.
     */
    public DerivedDataset {
        provenance = Map.copyOf(provenance);
    }
}
