package com.zepix.db.ops.legacy;

/**
 * A legacy row that was not imported, and why: the column at fault and the value it held.
 *
 * @param value the value as the legacy file held it, as text (null for SQL NULL)
 */
public record SkippedRow(long legacyId, String column, String value, String reason) {

    public String describe() {
        return "legacy id " + legacyId + ": " + column + " = " + (value == null ? "NULL" : "'" + value + "'") + ": " + reason;
    }
}
