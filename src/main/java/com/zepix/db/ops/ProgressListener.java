package com.zepix.db.ops;

/** Hears how far a long copy has come; the command line draws it, tests and pipes pass none. */
public interface ProgressListener {

    void progress(String label, long bytesDone, long bytesTotal);

    void finished(String label);
}
