package com.zepix.db.ops.bench;

import java.util.ArrayList;
import java.util.List;

/** Timing helpers: one warm-up run, then {@code runs} measured runs in the same process. */
final class Bench {

    private Bench() {
    }

    /** Operations per second of {@code work}, which performs {@code operations} operations. */
    static Samples rate(int runs, int operations, Runnable work) {
        work.run(); // warm-up: JIT, page cache, statement caches
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            rates.add(operations / seconds(System.nanoTime() - start));
        }
        return new Samples(rates);
    }

    /** Milliseconds per call of {@code work}. */
    static Samples millis(int runs, Runnable work) {
        work.run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return new Samples(times);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
