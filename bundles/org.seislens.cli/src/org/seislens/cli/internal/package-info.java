/**
 * The headless SeisLens command line ({@code ./seislens-cli}): an Equinox application on the same OSGi
 * services as the workbench.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.cli.internal;
