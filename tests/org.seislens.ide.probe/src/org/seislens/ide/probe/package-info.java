/**
 * A probe for the IDE install test: started in an Eclipse IDE-like installation with
 * {@code -Dseislens.probe.report=<file>}, it looks for what SeisLens contributes (perspective, views, import
 * wizard, DS services), opens a generated dataset in the viewer when SeisLens is installed, writes what it
 * found as JSON and closes the workbench.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.ide.probe;
