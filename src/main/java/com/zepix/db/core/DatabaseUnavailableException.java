package com.zepix.db.core;

import java.nio.file.Path;

/** A database file that cannot be used as it is; the message names the file and what to do. */
public class DatabaseUnavailableException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DatabaseUnavailableException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    public DatabaseUnavailableException(Path file, String problem, Throwable cause) {
        super(file + " " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
