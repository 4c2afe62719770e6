/**
 * Implementation of the SeisLens workbench contributions.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal;
