package com.zepix.db.core;

import java.nio.file.Path;

/**
 * A stored row that cannot be read as its table's types say: a value another writer forced past
 * the constraints. The message names the file, the table, the row id, the column and the raw value,
 * so the operator can find and fix it.
 */
public final class UnreadableRowException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final String table;
    private final long rowId;
    private final String column;
    private final String rawValue;

    UnreadableRowException(Path file, String table, long rowId, String column, String rawValue, String reason,
            Throwable cause) {
        super(file + ": " + table + " row " + rowId + ": " + (column == null ? "" : column + " " + rawValue + " ")
                + reason, cause);
        this.file = file;
        this.table = table;
        this.rowId = rowId;
        this.column = column;
        this.rawValue = rawValue;
    }

    /** The database file holding the row. */
    public Path file() {
        return file;
    }

    /** The table holding the row. */
    public String table() {
        return table;
    }

    /** The row's id, to find it with a SELECT. */
    public long rowId() {
        return rowId;
    }

    /** The column at fault, or null when the row as a whole could not be turned into a value. */
    public String column() {
        return column;
    }

    /** The stored value as an SQL literal ({@code 'text'} or {@code NULL}), or null with no column. */
    public String rawValue() {
        return rawValue;
    }
}
