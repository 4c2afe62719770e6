package org.seislens.segy.synthetic;

/**
 * The shape of a synthetic 2-D shot survey: shots fired along a line into a fixed split spread of
 * receivers that rolls with the shot.
 *
 * @param shots number of shot gathers
 * @param channels receivers per shot
 * @param samples samples per trace
 * @param sampleIntervalUs sample interval in microseconds
 * @param shotSpacing metres between shots
 * @param receiverSpacing metres between receivers
 * @param seed seed of the random noise; the same seed gives the same file, byte for byte
 */
public record SurveyGeometry(int shots, int channels, int samples, int sampleIntervalUs, double shotSpacing,
        double receiverSpacing, long seed) {

    /** The demo survey: 240 shots of 120 channels, 1000 samples at 2 ms. */
    public static final SurveyGeometry DEMO = new SurveyGeometry(240, 120, 1000, 2000, 25.0, 12.5, 42);

    /**
     * Checks the numbers.
     */
    public SurveyGeometry {
        if (shots < 1 || channels < 1 || samples < 1 || samples > 65535 || sampleIntervalUs < 1
                || sampleIntervalUs > 32767 || !(shotSpacing > 0) || !(receiverSpacing > 0)) {
            throw new IllegalArgumentException("Invalid survey geometry " + this); //$NON-NLS-1$
        }
    }

    /** @return the number of traces */
    public long traces() {
        return (long) shots * channels;
    }

    /**
     * @param shot a shot number from 0
     * @return the source x coordinate in metres
     */
    public double sourceX(int shot) {
        return 1000.0 + shot * shotSpacing;
    }

    /**
     * @param channel a channel number from 0
     * @return the signed source-receiver offset in metres (split spread, negative on the left)
     */
    public double offset(int channel) {
        return (channel - (channels - 1) / 2.0) * receiverSpacing;
    }

    /**
     * @param shot a shot number from 0
     * @param channel a channel number from 0
     * @return the common depth point number: midpoints binned at half the receiver spacing
     */
    public int cdp(int shot, int channel) {
        double midpoint = sourceX(shot) + offset(channel) / 2;
        return (int) Math.round(midpoint / (receiverSpacing / 2));
    }
}
