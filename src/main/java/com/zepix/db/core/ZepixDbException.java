package com.zepix.db.core;

/** The one root of this project's exceptions, so callers can catch the data layer's failures as one. */
public class ZepixDbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code message} says what failed and names the file, table or key at fault. */
    public ZepixDbException(String message) {
        super(message);
    }

    /** As {@link #ZepixDbException(String)}, keeping the underlying failure. */
    public ZepixDbException(String message, Throwable cause) {
        super(message, cause);
    }
}
