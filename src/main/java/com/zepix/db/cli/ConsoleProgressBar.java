package com.zepix.db.cli;

import com.zepix.db.ops.ProgressListener;
import java.io.PrintWriter;

/** A one-line bar redrawn in place; small files finish before a bar would be worth drawing. */
final class ConsoleProgressBar implements ProgressListener {

    private static final long MIN_BYTES = 16L * 1024 * 1024;
    private static final int WIDTH = 30;

    private final PrintWriter terminal;
    private boolean drawn;

    ConsoleProgressBar(PrintWriter terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(String label, long bytesDone, long bytesTotal) {
        if (bytesTotal < MIN_BYTES) {
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
