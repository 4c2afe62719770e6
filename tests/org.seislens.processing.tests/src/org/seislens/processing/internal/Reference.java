package org.seislens.processing.internal;

/**
 * The operators as the chain format defines them, written as plain double-precision loops over one whole trace,
 * independently of the production kernels: what the tests compare against.
 */
final class Reference {

    private Reference() {
    }

    static double[] scale(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        return y;
    }

    static double[] polarity(double[] x) {
        return scale(x, -1);
    }

    static double[] dc(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] - mean;
        }
        return y;
    }

    static double[] gain(double[] x, double power, double delayMs, double dtMs) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * Math.pow((delayMs + i * dtMs) / 1000, power);
        }
        return y;
    }

    static double[] agc(double[] x, double windowMs, double dtMs) {
        long h = Math.round(windowMs / 2 / dtMs);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            int count = 0;
            for (long j = i - h; j <= i + h; j++) {
                if (j >= 0 && j < x.length) {
                    sum += x[(int) j] * x[(int) j];
                    count++;
                }
            }
            double rms = Math.sqrt(sum / count);
            y[i] = rms == 0 ? 0 : x[i] / rms;
        }
        return y;
    }

    static double[] balance(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        double rms = Math.sqrt(sum / x.length);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = rms == 0 ? 0 : x[i] / rms;
        }
        return y;
    }

    static double[] mute(double[] x, double velocity, double t0Ms, double taperMs, double offset, double delayMs,
            double dtMs) {
        double tm = t0Ms + Math.abs(offset) / velocity * 1000;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double t = delayMs + i * dtMs;
            double w = t < tm ? 0 : taperMs == 0 ? 1 : Math.max(0, Math.min(1, (t - tm) / taperMs));
            y[i] = t < tm ? 0 : x[i] * w;
        }
        return y;
    }

    /**
     * The trapezoid applied by a direct discrete Fourier transform of the trace padded with zeros to {@code m}
     * samples.
     */
    static double[] bandpass(double[] x, double f1, double f2, double f3, double f4, double dtMs, int m) {
        double[] cos = new double[m];
        double[] sin = new double[m];
        for (int j = 0; j < m; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / m);
            sin[j] = Math.sin(2 * Math.PI * j / m);
        }
        int half = m / 2;
        double[] re = new double[half + 1];
        double[] im = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            double r = 0;
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                int p = (int) ((long) j * k % m);
                r += x[j] * cos[p];
                s -= x[j] * sin[p];
            }
            double f = k * 1000 / dtMs / m;
            double w = f <= f1 || f >= f4 ? 0 : f < f2 ? (f - f1) / (f2 - f1) : f <= f3 ? 1 : (f4 - f) / (f4 - f3);
            re[k] = r * w;
            im[k] = s * w;
        }
        double[] y = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double v = re[0] + re[half] * (j % 2 == 0 ? 1 : -1);
            for (int k = 1; k < half; k++) {
                int p = (int) ((long) j * k % m);
                v += 2 * (re[k] * cos[p] - im[k] * sin[p]);
            }
            y[j] = v / m;
        }
        return y;
    }

    /**
     * @return the length SeisLens pads a trace of {@code n} samples to: the smallest power of two from {@code n}
     *         up if it is at most 1.5 times {@link #smoothEvenLength}, else that
     */
    static int transformLength(int n) {
        int power = 2;
        while (power < n) {
            power *= 2;
        }
        int smooth = smoothEvenLength(n);
        return power <= 1.5 * smooth ? power : smooth;
    }

    /** @return the smallest even length from {@code n} up with no prime factor but 2, 3 and 5 */
    static int smoothEvenLength(int n) {
        int m = n;
        while (true) {
            if (m % 2 == 0) {
                int r = m;
                while (r % 2 == 0) {
                    r /= 2;
                }
                while (r % 3 == 0) {
                    r /= 3;
                }
                while (r % 5 == 0) {
                    r /= 5;
                }
                if (r == 1) {
                    return m;
                }
            }
            m++;
        }
    }
}
