/**
 * What the workbench carries from one session to the next beyond the views' own state: the hot set, the
 * gathers last looked at, saved at exit and read back into the shared cache in the background at the next start.
 */
@NonNullByDefault
package org.seislens.ui.internal.session;

import org.eclipse.jdt.annotation.NonNullByDefault;
