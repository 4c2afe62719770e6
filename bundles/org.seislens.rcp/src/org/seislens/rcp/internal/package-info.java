/**
 * The SeisLens product: application entry point and workbench advisors. Parameters are left out of the
 * non-null default: the advisors override platform methods whose parameters carry no null annotations.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.rcp.internal;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
