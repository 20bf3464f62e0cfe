package com.zepix.db.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the text of one SQL string says before SQLite compiles it: how many statements it holds,
 * its first keyword, and every identifier or string literal in it. Tokenised the way SQLite does
 * ('...' with '' inside, "...", `...`, [...], -- and C comments), so a ';' or a name inside a
 * literal or comment is not mistaken for one outside, and the other way round.
 */
final class SqlText {

    /** Statements a plugin context may send: plain DML. */
    private static final Set<String> DML_KEYWORDS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REPLACE",
            "WITH", "VALUES");

    private final String firstKeyword;
    private final boolean moreThanOneStatement;
    private final List<String> words;

    private SqlText(String firstKeyword, boolean moreThanOneStatement, List<String> words) {
        this.firstKeyword = firstKeyword;
        this.moreThanOneStatement = moreThanOneStatement;
        this.words = words;
    }

    static SqlText of(String sql) {
        List<String> words = new ArrayList<>();
        String first = null;
        boolean endSeen = false;
        boolean afterEnd = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                if (endSeen) {
                    afterEnd = true;
                }
                if (c == ';') {
                    endSeen = true;
                    i++;
                } else if (c == '\'' || c == '"' || c == '`') {
                    int end = quotedEnd(sql, i, c);
                    words.add(sql.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c)));
                    i = end;
                } else if (c == '[') {
                    int end = sql.indexOf(']', i);
                    end = end < 0 ? n : end + 1;
                    words.add(sql.substring(i + 1, Math.max(i + 1, end - 1)));
                    i = end;
                } else if (isWordChar(c)) {
                    int start = i;
                    while (i < n && isWordChar(sql.charAt(i))) {
                        i++;
                    }
                    String word = sql.substring(start, i);
                    if (first == null) {
                        first = word.toUpperCase(Locale.ROOT);
                    }
                    words.add(word);
                } else {
                    if (first == null) {
                        first = String.valueOf(c);
                    }
                    i++;
                }
            }
        }
        return new SqlText(first == null ? "" : first, afterEnd, words);
    }

    /** Index just past the closing quote; a doubled quote is part of the literal, as in SQLite. */
    private static int quotedEnd(String sql, int open, char quote) {
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

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    String firstKeyword() {
        return firstKeyword;
    }

    boolean isDml() {
        return DML_KEYWORDS.contains(firstKeyword);
    }

    boolean hasMoreThanOneStatement() {
        return moreThanOneStatement;
    }

    /** The first word or literal naming one of SQLite's own tables ({@code sqlite_*}), or null. */
    String internalTableNamed() {
        for (String w : words) {
            if (w.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                return w;
            }
        }
        return null;
    }
}
