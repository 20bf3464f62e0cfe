package com.zepix.db.ops;

/**
 * Hears how far a long piece of work has come (bytes copied, trades upserted, days recomputed);
 * the command line draws it on a terminal, tests and pipes pass none.
 */
public interface ProgressListener {

    /** No progress shown. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(String label, long done, long total) {
        }

        @Override
        public void finished(String label) {
        }
    };

    /** @param done how much of {@code total} is done, in whatever unit the work counts */
    void progress(String label, long done, long total);

    /** The work under {@code label} is over, whether it succeeded or not. */
    void finished(String label);

    static ProgressListener orNone(ProgressListener listener) {
        return listener == null ? NONE : listener;
    }

    /** Work of {@code count} steps shown as one bar under {@code label}; null {@code listener} for none. */
    static Steps steps(ProgressListener listener, String label, int count) {
        return new Steps(orNone(listener), label, count);
    }

    /**
     * Work in steps shown as one bar, e.g. a backup's copy, integrity_check and row check: a step that
     * reports its own progress (the copy's bytes) moves the bar within its share, the others move it
     * when they end. Steps count alike, whatever they take.
     */
    final class Steps {

        private static final long UNIT = 1_000;

        private final ProgressListener listener;
        private final String label;
        private final int count;

        private Steps(ProgressListener listener, String label, int count) {
            this.listener = listener;
            this.label = label;
            this.count = count;
        }

        /** Steps before {@code step} are done; it begins now. */
        public void at(int step) {
            listener.progress(label, Math.min(step, count) * UNIT, count * UNIT);
        }

        /**
         * {@code step} begins now (as {@link #at}), and the listener returned for it alone turns its own
         * done/total into that step's share of this bar. The start is said here, not left to the step's
         * first report: a step that ends before it reports anything (a copy finished between two
         * samples) would otherwise leave its start unheard.
         */
        public ProgressListener during(int step) {
            at(step);
            return new ProgressListener() {
                @Override
                public void progress(String ignored, long done, long total) {
                    long part = total <= 0 ? 0 : Math.min(UNIT, Math.max(0, UNIT * done / total));
                    listener.progress(label, step * UNIT + part, count * UNIT);
                }

                @Override
                public void finished(String ignored) {
                    // the step is one part of this bar, which ends with end()
                }
            };
        }

        /** All done: the bar shows 100% and ends. */
        public void done() {
            at(count);
            end();
        }

        /** The bar ends where it is (after a failure, or after {@link #done}). */
        public void end() {
            listener.finished(label);
        }
    }
}
