package com.zepix.db.ops.sync;

import com.zepix.db.core.ZepixDbException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the sync now and then every interval until asked to stop. A stop request waits for the
 * run in progress to finish (the architecture syncs every five minutes; a half-done run would
 * only be redone, but an operator's Ctrl-C should not make it look like a failure).
 */
public final class SyncWatcher {

    private final TradeSync sync;
    private final Duration interval;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public SyncWatcher(TradeSync sync, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be > 0, was " + interval);
        }
        this.sync = sync;
        this.interval = interval;
    }

    /** Runs the sync every interval until {@link #requestStop(Duration)} is called; returns how many runs completed. */
    public int run(Consumer<SyncReport> eachRun) throws InterruptedException {
        return run(eachRun, e -> {
            throw e;
        });
    }

    /**
     * As {@link #run(Consumer)}, but a run that fails as a whole (central locked, disk full) goes to
     * {@code eachFailure} and the next run still comes: the cause may pass.
     */
    public int run(Consumer<SyncReport> eachRun, Consumer<ZepixDbException> eachFailure) throws InterruptedException {
        int runs = 0;
        try {
            do {
                try {
                    eachRun.accept(sync.runOnce());
                } catch (ZepixDbException e) {
                    eachFailure.accept(e);
                }
                runs++;
            } while (!stopRequested.await(waitMillis(), TimeUnit.MILLISECONDS));
            return runs;
        } finally {
            stopped.countDown();
        }
    }

    /** The interval in milliseconds, or the longest wait there is for an interval too long to count in them. */
    private long waitMillis() {
        try {
            return interval.toMillis();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Asks the loop to stop after the run in progress, and waits up to {@code grace} for that. */
    public boolean requestStop(Duration grace) throws InterruptedException {
        stopRequested.countDown();
        return stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS);
    }
}
