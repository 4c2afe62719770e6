/**
 * The headless benchmarks of the command line ({@code ./seislens-cli bench import|read}): import throughput and
 * window reads through the dataset service and the shared cache. Their figures go into closing notes and the
 * README.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.bench.internal;
