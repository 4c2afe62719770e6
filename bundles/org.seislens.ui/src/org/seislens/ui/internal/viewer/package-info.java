/**
 * The seismic viewer: its view part, the viewport and load policy that decide which window to read, and the
 * jobs that read and render windows off the UI thread.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal.viewer;
