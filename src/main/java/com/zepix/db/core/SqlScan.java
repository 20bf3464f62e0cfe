package com.zepix.db.core;

/**
 * Where SQLite's quoted strings and names and its comments end, as SQLite reads them: the one
 * scanner behind the isolation guard's look at a statement's text and the schema tools' tokens
 * ({@code ops.schema}), so that both agree on what is inside a literal or a comment.
 */
public final class SqlScan {

    private SqlScan() {
    }

    /** Whether {@code c} opens a string ({@code '}) or a quoted name ({@code "}, {@code `}, {@code [}). */
    public static boolean opensQuote(char c) {
        return c == '\'' || c == '"' || c == '`' || c == '[';
    }

    /**
     * Index just past the quote that closes the string or name opened at {@code open}: a doubled
     * quote inside {@code '...'}, {@code "..."} or {@code `...`} is part of it, {@code [...]} ends at
     * the first {@code ]}. The text's length when it is never closed.
     */
    public static int quotedEnd(String sql, int open) {
        char quote = sql.charAt(open);
        if (quote == '[') {
            int close = sql.indexOf(']', open);
            return close < 0 ? sql.length() : close + 1;
        }
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /**
     * When a comment starts at {@code at} ({@code --} to the end of the line, or a C comment), the
     * index just past it (the text's length when it is never closed); otherwise -1.
     */
    public static int commentEnd(String sql, int at) {
        if (sql.startsWith("--", at)) {
            int eol = sql.indexOf('\n', at);
            return eol < 0 ? sql.length() : eol + 1;
        }
        if (sql.startsWith("/*", at)) {
            int end = sql.indexOf("*/", at + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        return -1;
    }
}
