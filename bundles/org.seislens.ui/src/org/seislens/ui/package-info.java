/**
 * The SeisLens workbench contributions: identifiers of the perspective and views that other bundles and
 * tests refer to.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ui;
