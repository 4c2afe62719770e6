package org.seislens.core;

/**
 * The thresholds of the automatic trace flags. Each rule compares a trace with its ensemble:
 * <ul>
 * <li>{@code dead}: at least {@code deadZeroFraction} of its samples are zero (or all are);</li>
 * <li>{@code weak} / {@code strong}: its RMS is more than {@code levelFactor} times below / above the median RMS of
 * the {@code levelNeighbours} traces of the ensemble nearest in |offset|;</li>
 * <li>{@code spike}: its peak is more than {@code spikeIsolation} times the largest amplitude outside a few samples
 * around the peak, and its spike ratio (peak over median absolute amplitude) more than {@code spikeFactor} times
 * the ensemble's median spike ratio;</li>
 * <li>{@code reversed}: its polarity correlation with its neighbours is below {@code -reversedCorrelation};</li>
 * <li>{@code geometry}: its first break differs by more than {@code geometryMs} from the line
 * {@code t0 + |offset| / v} fitted robustly to the ensemble's first breaks.</li>
 * </ul>
 *
 * @param key the header that groups traces into ensembles (usually {@code field_record})
 * @param deadZeroFraction fraction of zero samples from which a trace is dead
 * @param levelFactor factor below / above the local median RMS that makes a trace weak / strong
 * @param levelNeighbours how many traces nearest in |offset| give the local median RMS
 * @param spikeFactor factor over the ensemble's median spike ratio
 * @param spikeIsolation factor of the peak over the largest amplitude away from it
 * @param reversedCorrelation correlation (0..1) below whose negative a trace is reversed
 * @param maxLagMs the largest time shift allowed between neighbours when correlating
 * @param geometryMs the largest first-break misfit, in milliseconds
 */
public record QcThresholds(String key, double deadZeroFraction, double levelFactor, int levelNeighbours,
        double spikeFactor, double spikeIsolation, double reversedCorrelation, double maxLagMs, double geometryMs) {

    /** The defaults, documented in the README. */
    public static final QcThresholds DEFAULTS = new QcThresholds("field_record", 0.98, 4.0, 11, 3.0, 4.0, 0.5, 32.0, //$NON-NLS-1$
            60.0);

    /**
     * @param key another ensemble key
     * @return these thresholds with that key
     */
    public QcThresholds withKey(String key) {
        return new QcThresholds(key, deadZeroFraction, levelFactor, levelNeighbours, spikeFactor, spikeIsolation,
                reversedCorrelation, maxLagMs, geometryMs);
    }
}
