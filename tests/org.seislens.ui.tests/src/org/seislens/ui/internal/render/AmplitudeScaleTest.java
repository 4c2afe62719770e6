package org.seislens.ui.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * The percentile clip: selection agrees with sorting on every rank of awkward inputs, and the clip of a
 * known distribution is the right value.
 */
class AmplitudeScaleTest {

    @Test
    void selectionAgreesWithSortingOnEveryRank() {
        Random random = new Random(7);
        float[][] inputs = { { 5 }, { 2, 1 }, { 3, 3, 3, 3 }, new float[257], new float[1000], new float[999] };
        for (int i = 0; i < inputs[4].length; i++) {
            inputs[4][i] = random.nextInt(20); // many repeats
        }
        for (int i = 0; i < inputs[5].length; i++) {
            inputs[5][i] = i % 2 == 0 ? i : -i; // already ordered halves
        }
        for (int i = 0; i < inputs[3].length; i++) {
            inputs[3][i] = (float) random.nextGaussian();
        }
        for (float[] input : inputs) {
            float[] sorted = input.clone();
            Arrays.sort(sorted);
            for (int rank = 0; rank < input.length; rank++) {
                float[] work = input.clone();
                assertEquals(sorted[rank], AmplitudeScale.select(work, work.length, rank),
                        "rank " + rank + " of " + input.length);
            }
        }
    }

    @Test
    void theNinetyNinthPercentileClipsAtTheRightAmplitude() {
        // 100 traces x 100 samples of |v| = 1 .. 10000: the 99th percentile of absolute values is 9900.
        float[] samples = new float[10_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i % 2 == 0 ? 1 : -1) * (float) (i + 1);
        }
        WindowData window = new WindowData(new WindowBounds(0, 100, 0, 100), samples, SampleType.FLOAT32);
        AmplitudeScale scale = AmplitudeScale.of(window, DisplaySettings.DEFAULT.withClip(ClipMode.PERCENTILE, 99));
        assertEquals(1 / 9900.0, scale.factor(0), 1e-9);
    }
}
