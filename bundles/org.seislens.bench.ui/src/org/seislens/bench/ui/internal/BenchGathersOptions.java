package org.seislens.bench.ui.internal;


import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.ui.internal.navigator.GatherStepper;

/**
 * The arguments of {@code ./seislens-cli bench gathers <dataset> [--key K] [--steps N] [--rate R]
 * [--start ORDINAL] [--depth D] [--width PX] [--height PX] [--chain chain.json] [--wrap] [--json]}.
 *
 * @param dataset the dataset directory or {@code s3://} URI, as given
 * @param chain a processing chain's JSON file: the gathers stepped through (and prefetched) are the dataset
 *            processed lazily by it; {@code null} for the raw samples
 * @param parameters what the benchmark runs
 * @param json whether to print one JSON object instead of text
 */
public record BenchGathersOptions(String dataset, @Nullable Path chain, GatherBenchmark.Parameters parameters,
        boolean json) {

    /** Usage shown by {@code --help} and after an argument error. */
    public static final String USAGE = "usage: seislens-cli bench gathers <dataset> [--key K] [--steps N] [--rate R]" //$NON-NLS-1$
            + " [--start ORDINAL] [--depth D] [--width PX] [--height PX] [--chain chain.json] [--wrap] [--json]"; //$NON-NLS-1$

    /** The command line's arguments cannot be used; the message says which one and why. */
    public static final class InvalidOptionException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidOptionException(String message) {
            super(message);
        }
    }

    /**
     * @param args the arguments after {@code bench gathers}
     * @return the options, or {@code null} when {@code --help} was asked for
     * @throws InvalidOptionException for an unknown option, a missing or malformed value, or a value out of
     *             range
     */
    public static @Nullable BenchGathersOptions parse(String[] args) throws InvalidOptionException {
        String dataset = null;
        Path chain = null;
        String key = "field_record"; //$NON-NLS-1$
        long start = 0;
        int steps = 60;
        double rate = 10;
        int depth = GatherStepper.DEFAULT_DEPTH;
        int width = 1600;
        int height = 1000;
        boolean json = false;
        boolean wrap = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
            case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            }
            case "--json" -> json = true; //$NON-NLS-1$
            case "--wrap" -> wrap = true; //$NON-NLS-1$
            case "--key" -> key = value(args, ++i, a); //$NON-NLS-1$
            case "--chain" -> chain = Path.of(value(args, ++i, a)); //$NON-NLS-1$
            case "--start" -> start = number(args, ++i, a, 0, Long.MAX_VALUE); //$NON-NLS-1$
            case "--steps" -> steps = (int) number(args, ++i, a, 1, 1_000_000); //$NON-NLS-1$
            case "--depth" -> depth = (int) number(args, ++i, a, 0, 1000); //$NON-NLS-1$
            case "--width" -> width = (int) number(args, ++i, a, 1, 16384); //$NON-NLS-1$
            case "--height" -> height = (int) number(args, ++i, a, 1, 16384); //$NON-NLS-1$
            case "--rate" -> rate = rate(args, ++i, a); //$NON-NLS-1$
            default -> {
                if (a.startsWith("-")) { //$NON-NLS-1$
                    throw new InvalidOptionException("unknown option " + a); //$NON-NLS-1$
                }
                if (dataset != null) {
                    throw new InvalidOptionException("unexpected argument " + a + " after the dataset " + dataset); //$NON-NLS-1$ //$NON-NLS-2$
                }
                dataset = a;
            }
            }
        }
        if (dataset == null) {
            throw new InvalidOptionException("missing the dataset directory"); //$NON-NLS-1$
        }
        return new BenchGathersOptions(dataset, chain,
                new GatherBenchmark.Parameters(key, start, steps, rate, depth, width, height, wrap), json);
    }

    private static String value(String[] args, int i, String option) throws InvalidOptionException {
        if (i >= args.length) {
            throw new InvalidOptionException(option + " needs a value"); //$NON-NLS-1$
        }
        return args[i];
    }

    private static long number(String[] args, int i, String option, long min, long max)
            throws InvalidOptionException {
        String v = value(args, i, option);
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(option + " must be a whole number from " + min //$NON-NLS-1$
                + (max == Long.MAX_VALUE ? " up" : " to " + max) + ", not '" + v + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static double rate(String[] args, int i, String option) throws InvalidOptionException {
        String v = value(args, i, option);
        try {
            double r = Double.parseDouble(v);
            if (r >= 0 && r <= 1000) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidOptionException(option + " must be gathers per second from 0 (back to back) to 1000, not '" //$NON-NLS-1$
                + v + "'"); //$NON-NLS-1$
    }
}
