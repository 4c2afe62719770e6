/**
 * The SeisLens Datasets view: the datasets imported or opened in this workbench, remembered across
 * restarts, with their metadata in the Properties view.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui.internal.datasets;
