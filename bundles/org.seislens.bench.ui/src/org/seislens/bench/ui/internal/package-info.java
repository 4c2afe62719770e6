/**
 * The benchmark applications of the viewer: rendering ({@code ./seislens-cli bench render}) and stepping
 * through gathers ({@code ./seislens-cli bench gathers}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.bench.ui.internal;
