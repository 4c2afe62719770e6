/**
 * File &gt; Import &gt; SEG-Y into a SeisLens dataset: choose the file, the dataset directory and the
 * overrides, preview the headers, and import in a user job.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal.wizards;
