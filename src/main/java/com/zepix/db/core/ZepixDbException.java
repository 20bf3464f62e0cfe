package com.zepix.db.core;

/** The one root of this project's exceptions, so callers can catch the data layer's failures as one. */
public class ZepixDbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ZepixDbException(String message) {
        super(message);
    }

    public ZepixDbException(String message, Throwable cause) {
        super(message, cause);
    }
}
