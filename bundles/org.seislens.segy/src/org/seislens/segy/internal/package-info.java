/**
 * Internals of the SEG-Y bundle: layout detection, text code pages and channel helpers. Not API.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.segy.internal;
