/**
 * Importing SEG-Y and Seismic Unix files into datasets: the streaming import and the writers of samples,
 * trace headers and ensemble indexes.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.store.internal.importer;
