/**
 * The shared data cache: a DS component implementing {@link org.seislens.core.DataCache}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.cache.internal;
