/**
 * The SeisLens dataset directory: Zarr samples, Parquet trace headers and ensemble indexes, and
 * metadata.json; the streaming import that writes it, and the lazy reading service.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.store.internal;
