/**
 * The render benchmark application ({@code ./seislens-cli bench render}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal.bench;
