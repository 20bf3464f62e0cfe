package com.zepix.db.core;

/**
 * A row SQLite refused for one of the schema's constraints. Names the key, the table the
 * statement wrote to and SQLite's own description of the constraint, instead of a bare
 * driver exception.
 */
public class ConstraintViolationException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final String constraint;

    /** Thrown by the context that ran the statement; {@code constraint} is SQLite's own detail text. */
    public ConstraintViolationException(DatabaseKey key, String table, String constraint, Throwable cause) {
        super("constraint violated writing " + table + " through " + key + ": " + constraint, cause);
        this.table = table;
        this.constraint = constraint;
    }

    /** The table the refused statement wrote to, e.g. {@code combined_v3_trades}. */
    public String table() {
        return table;
    }

    /** SQLite's text, e.g. {@code UNIQUE constraint failed: combined_v3_trades.order_a_ticket}. */
    public String constraint() {
        return constraint;
    }
}
