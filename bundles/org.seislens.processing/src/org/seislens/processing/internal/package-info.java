/**
 * Processing of datasets: trace operators, their registry, processing chains read from JSON, lazily processed
 * datasets and batch processing into new dataset directories. Registers the
 * {@link org.seislens.core.ProcessingService}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.processing.internal;
