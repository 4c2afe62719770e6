/**
 * Zarr v2 array storage: array metadata ({@code .zarray}), attributes ({@code .zattrs}), groups
 * ({@code .zgroup}), chunk keys and the numcodecs-compatible chunk codecs zstd, lz4, zlib and gzip.
 * <p>
 * The format is the one of the Zarr v2 specification, written so that zarr-python 2.13 opens the
 * arrays and groups unchanged. This package knows nothing about seismic data.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.zarr;
