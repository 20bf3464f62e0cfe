package com.zepix.db.core;

/** A query from one plugin's context named something outside that plugin's tables. */
public class IsolationViolationException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    /** {@code message} names the table or construct refused and the key that refused it. */
    public IsolationViolationException(String message) {
        super(message);
    }
}
