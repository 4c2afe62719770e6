/**
 * Zarr v2 arrays and groups in directories: create, open, read and write them. Built on the values of
 * {@code org.seislens.zarr} (metadata, dtypes, compressors, limits) and on the implementation in
 * {@code org.seislens.zarr.internal}; neither of those depends on this package.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.zarr.io;
