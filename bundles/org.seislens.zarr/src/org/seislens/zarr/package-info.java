/**
 * The values of Zarr v2 array storage: array metadata ({@code .zarray}), dtypes, chunk key separators,
 * compressors (zstd, lz4, zlib and gzip with their parameter), limits for untrusted files and the format
 * error. Arrays and groups themselves are in {@code org.seislens.zarr.io}, the codecs in
 * {@code org.seislens.zarr.internal}, which depends on this package only.
 * <p>
 * The format is the one of the Zarr v2 specification, written so that zarr-python 2.13 opens the
 * arrays and groups unchanged. This package knows nothing about seismic data.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.zarr;
