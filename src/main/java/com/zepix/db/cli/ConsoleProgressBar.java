package com.zepix.db.cli;

import com.zepix.db.ops.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line bar redrawn in place on stderr. Work that is over within a second never draws one,
 * so quick runs print nothing extra; the last state drawn is the final one (100% when the work
 * got there), not whatever a timer happened to catch.
 */
final class ConsoleProgressBar implements ProgressListener {

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;
    private static final long TICK_MILLIS = 250;

    private final PrintWriter terminal;
    private final LongSupplier nanoTime;

    private String label;
    private long startedAt;
    private long lastDrawnAt;
    private long lastDone;
    private long lastTotal;
    private boolean drawn;
    private long drawnDone;
    private long drawnTotal;

    ConsoleProgressBar(PrintWriter terminal) {
        this(terminal, System::nanoTime);
    }

    ConsoleProgressBar(PrintWriter terminal, LongSupplier nanoTime) {
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void progress(String label, long done, long total) {
        long now = nanoTime.getAsLong();
        if (!label.equals(this.label)) {
            endLine();
            this.label = label;
            this.startedAt = now;
        }
        lastDone = done;
        lastTotal = total;
        boolean unchanged = drawn && done == drawnDone && total == drawnTotal;
        if (now - startedAt < DELAY_NANOS || unchanged || (drawn && now - lastDrawnAt < REDRAW_NANOS && done < total)) {
            return;
        }
        draw(now);
    }

    /**
     * A bar whose line also moves on while a step runs without reporting (integrity_check of a large
     * file takes seconds and says nothing): it appears once the work has run a second, and its seconds
     * count on. The ticking thread is a daemon: the command line exits without stopping it.
     */
    static ConsoleProgressBar ticking(PrintWriter terminal) {
        ConsoleProgressBar bar = new ConsoleProgressBar(terminal);
        Thread ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(TICK_MILLIS);
                    bar.tick();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "progress-ticker");
        ticker.setDaemon(true);
        ticker.start();
        return bar;
    }

    /** Redraws the current state when the work has run over a second and the line has not moved for one. */
    synchronized void tick() {
        if (label == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - startedAt < DELAY_NANOS || (drawn && now - lastDrawnAt < DELAY_NANOS)) {
            return;
        }
        draw(now);
    }

    @Override
    public synchronized void finished(String label) {
        if (label.equals(this.label)) {
            if (drawn && (lastDone != drawnDone || lastTotal != drawnTotal)) {
                draw(nanoTime.getAsLong()); // the final state, when the last call fell between redraws
            }
            endLine();
            this.label = null;
        }
    }

    private void draw(long now) {
        long total = Math.max(lastTotal, 1);
        long done = Math.max(0, Math.min(lastDone, total));
        int filled = (int) (WIDTH * done / total);
        terminal.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %ds", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), 100 * done / total, (now - startedAt) / 1_000_000_000L));
        terminal.flush();
        drawn = true;
        lastDrawnAt = now;
        drawnDone = lastDone;
        drawnTotal = lastTotal;
    }

    private void endLine() {
        if (drawn) {
            terminal.println();
            terminal.flush();
            drawn = false;
        }
    }
}
