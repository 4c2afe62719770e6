/**
 * Deterministic synthetic surveys written as SEG-Y: the bundled demo and the test and benchmark data.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.segy.synthetic;
