package com.zepix.db.core;

import java.nio.file.Path;

/** A database file that cannot be used as it is; the message names the file and what to do. */
public class DatabaseUnavailableException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** {@code problem} completes the sentence that starts with the file's path, e.g. "does not exist". */
    public DatabaseUnavailableException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    /** As {@link #DatabaseUnavailableException(Path, String)}, keeping the underlying failure. */
    public DatabaseUnavailableException(Path file, String problem, Throwable cause) {
        super(file + " " + problem, cause);
        this.file = file;
    }

    /** The database file at fault. */
    public Path file() {
        return file;
    }
}
