package com.zepix.db.ops.legacy;

import java.util.Map;

/**
 * One row of the legacy {@code trades} table as SQLite returned it: values keep the type SQLite
 * stored (a "price" may be text, a "ticket" a number), because judging them is the parser's job.
 * A column the file does not have reads as null.
 */
record LegacyRow(long id, Map<String, Object> values) {

    Object get(String column) {
        return values.get(column);
    }
}
