package com.zepix.db.cli;

import com.zepix.db.ops.ProgressListener;
import java.io.PrintWriter;

/** A one-line bar redrawn in place; small jobs finish before a bar would be worth drawing. */
final class ConsoleProgressBar implements ProgressListener {

    private static final long MIN_BYTES = 16L * 1024 * 1024;
    private static final long MIN_ROWS = 20_000;
    private static final int WIDTH = 30;

    private final PrintWriter terminal;
    private final long minTotal;
    private boolean drawn;

    /** A bar for copies measured in bytes. */
    ConsoleProgressBar(PrintWriter terminal) {
        this(terminal, MIN_BYTES);
    }

    private ConsoleProgressBar(PrintWriter terminal, long minTotal) {
        this.terminal = terminal;
        this.minTotal = minTotal;
    }

    /** A bar for work measured in rows. */
    static ConsoleProgressBar forRows(PrintWriter terminal) {
        return new ConsoleProgressBar(terminal, MIN_ROWS);
    }

    @Override
    public synchronized void progress(String label, long bytesDone, long bytesTotal) {
        if (bytesTotal < minTotal) {
            return;
        }
        int filled = (int) (WIDTH * bytesDone / bytesTotal);
        terminal.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + (100 * bytesDone / bytesTotal) + "%");
        terminal.flush();
        drawn = true;
    }

    @Override
    public synchronized void finished(String label) {
        if (drawn) {
            terminal.println();
            terminal.flush();
            drawn = false;
        }
    }
}
