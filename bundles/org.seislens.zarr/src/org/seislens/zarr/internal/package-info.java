/**
 * Implementation of the Zarr v2 support: codecs, JSON formatting, chunk buffers and copies. It depends on
 * the values of {@code org.seislens.zarr} only. Not API.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.zarr.internal;
