package com.zepix.db.ops.schema;

import com.zepix.db.core.ZepixDbException;

/**
 * A schema comparison that cannot be made as asked: a bad revision, a repository or file that is
 * not what it should be, migrations that do not apply. The message is one line naming the culprit.
 */
public class SchemaReviewException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    public SchemaReviewException(String message) {
        super(message);
    }

    public SchemaReviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
