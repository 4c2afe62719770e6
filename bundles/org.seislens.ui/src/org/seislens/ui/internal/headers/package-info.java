/**
 * The trace header table, linked with the seismic viewer.
 */
package org.seislens.ui.internal.headers;
