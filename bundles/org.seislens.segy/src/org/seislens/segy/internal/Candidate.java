package org.seislens.segy.internal;

import org.seislens.segy.SegyLayout;

/**
 * A layout that one byte order gives, with a plausibility score to choose between byte orders when
 * both give a consistent layout.
 *
 * @param layout the layout
 * @param score higher is more plausible
 */
record Candidate(SegyLayout layout, int score) {
}
