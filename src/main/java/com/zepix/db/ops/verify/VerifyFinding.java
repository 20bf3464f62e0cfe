package com.zepix.db.ops.verify;

import java.nio.file.Path;

/** One check that failed, on one file. */
public record VerifyFinding(Path file, String problem) {

    /** The line the operator reads: the file first, so that findings sort and grep by file. */
    public String line() {
        return file + ": " + problem;
    }
}
