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
}
