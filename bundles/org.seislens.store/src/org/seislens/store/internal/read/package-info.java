/**
 * Reading datasets: the lazy, cached dataset service and what it reads with (chunks of the sample array,
 * Parquet header columns, ensemble indexes).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.store.internal.read;
