/**
 * The SeisLens product: application entry point and workbench advisors.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.rcp.internal;
