/**
 * Implementation of the Zarr v2 support: codecs, JSON formatting, chunk buffers and copies.
 * Not API.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.zarr.internal;
