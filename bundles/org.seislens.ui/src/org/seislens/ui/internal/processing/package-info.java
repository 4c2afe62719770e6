/**
 * The Processing view: the processing chain of the seismic viewer it follows, edited step by step.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.ui.internal.processing;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
