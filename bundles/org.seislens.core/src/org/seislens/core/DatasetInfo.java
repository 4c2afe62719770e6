package org.seislens.core;

/**
 * What a dataset directory holds, read and validated without reading samples.
 *
 * @param descriptor the dataset's shape, sample type, keys and columns
 * @param metadataJson the dataset's metadata.json as stored (validated)
 */
public record DatasetInfo(DatasetDescriptor descriptor, String metadataJson) {
}
