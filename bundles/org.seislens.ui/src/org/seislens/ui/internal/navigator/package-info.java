/**
 * The gather navigator: stepping through the ensembles of any indexed header key, with the next ensembles
 * prefetched through the shared cache.
 */
package org.seislens.ui.internal.navigator;
