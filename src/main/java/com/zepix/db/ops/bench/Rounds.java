package com.zepix.db.ops.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Interleaved rounds: each round runs every variant once, starting each round with the next
 * variant, so a change in the machine's load hits all variants alike and a ratio is taken
 * between figures measured side by side.
 */
final class Rounds {

    /** One measurement of a variant, e.g. rows per second or milliseconds. */
    interface Measure {
        double run() throws Exception;
    }

    /** figures[variant][round]. */
    record Figures(double[][] figures) {

        Samples of(int variant) {
            List<Double> values = new ArrayList<>();
            for (double v : figures[variant]) {
                values.add(v);
            }
            return new Samples(values);
        }

        /** The per-round ratio of one variant's figure to another's. */
        Samples ratio(int variant, int baseline) {
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < figures[variant].length; r++) {
                values.add(figures[variant][r] / figures[baseline][r]);
            }
            return new Samples(values);
        }
    }

    private Rounds() {
    }

    /** One unmeasured warm-up run of each variant, then {@code rounds} measured rounds. */
    static Figures run(int rounds, List<Measure> variants) {
        return run(1, rounds, variants);
    }

    /** {@code warmUps} unmeasured runs of each variant, interleaved, then {@code rounds} measured rounds. */
    static Figures run(int warmUps, int rounds, List<Measure> variants) {
        try {
            for (int w = 0; w < warmUps; w++) {
                for (Measure m : variants) {
                    m.run();
                }
            }
            double[][] figures = new double[variants.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < variants.size(); k++) {
                    int v = (r + k) % variants.size();
                    figures[v][r] = variants.get(v).run();
                }
            }
            return new Figures(figures);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double ratePerSecond(int operations, long startNanos) {
        return operations / ((System.nanoTime() - startNanos) / 1e9);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
