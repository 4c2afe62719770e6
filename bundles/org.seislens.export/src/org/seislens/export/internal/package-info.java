/**
 * SEG-Y and Seismic Unix export of datasets: the export service, the plan an export's options resolve to,
 * and the streaming writer loop.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.export.internal;
