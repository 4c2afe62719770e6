/**
 * Command handlers of the seismic viewer, contributed through plugin.xml.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal.handlers;
