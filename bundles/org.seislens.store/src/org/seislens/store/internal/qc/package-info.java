/**
 * Gather QC: per-trace attributes, automatic flags relative to the ensemble, and the trace edits, kept in the
 * dataset's {@code qc} folder.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.store.internal.qc;
