package com.zepix.db.ops.schema;

/**
 * Flyway failed while applying a folder of migrations into a scratch database: a script with an
 * error, or (the usual case in review) an edited early migration that a later one no longer fits.
 */
public class MigrationsDoNotApplyException extends SchemaReviewException {

    private static final long serialVersionUID = 1L;

    public MigrationsDoNotApplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
