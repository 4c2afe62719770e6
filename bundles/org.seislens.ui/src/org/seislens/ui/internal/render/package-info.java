/**
 * Turns windows of samples into pixels: colour maps, amplitude scaling and the variable density and wiggle
 * renderers. Everything here runs off the UI thread and needs no display: it writes SWT {@code ImageData}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal.render;
