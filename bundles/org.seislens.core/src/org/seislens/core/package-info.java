/**
 * The SeisLens model and service API: immutable values that describe datasets, windows of samples,
 * ensembles and trace headers, and the service interfaces that storage and cache bundles implement.
 * Nothing here depends on SWT or on a storage library.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.core;
