package com.zepix.db.ops.verify;

/**
 * One check that failed, on one database.
 *
 * @param location the file, or for a central on PostgreSQL the server and database
 */
public record VerifyFinding(String location, String problem) {

    /** The line the operator reads: the file first, so that findings sort and grep by file. */
    public String line() {
        return location + ": " + problem;
    }
}
