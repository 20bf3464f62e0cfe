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
            int commentEnd = SqlScan.commentEnd(sql, i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (commentEnd >= 0) {
                i = commentEnd;
            } else {
                if (endSeen) {
                    afterEnd = true;
                }
                if (c == ';') {
                    endSeen = true;
                    i++;
                } else if (SqlScan.opensQuote(c)) {
                    int end = SqlScan.quotedEnd(sql, i);
                    String inside = sql.substring(i + 1, Math.max(i + 1, end - 1));
                    words.add(c == '[' ? inside : inside.replace(String.valueOf(c) + c, String.valueOf(c)));
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
