package com.zepix.db.ops.schema;

import com.zepix.db.core.SqlScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite SQL text as tokens: enough to find clauses in CREATE statements and to compare two
 * expressions while ignoring layout, comments, keyword case and identifier quoting.
 */
final class SqlTokens {

    enum Kind { WORD, QUOTED_NAME, STRING, OPEN, CLOSE, COMMA, OTHER }

    /** One token; {@code spaceBefore} says whether blanks or a comment separated it from the previous one. */
    record Token(Kind kind, String text, boolean spaceBefore) {

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** An identifier as SQLite sees it: unquoted, lower case (SQLite compares names without case). */
        String name() {
            String bare = kind == Kind.QUOTED_NAME ? text.substring(1, text.length() - 1) : text;
            if (kind == Kind.QUOTED_NAME && text.charAt(0) != '[') {
                char quote = text.charAt(0);
                bare = bare.replace(String.valueOf(quote) + quote, String.valueOf(quote));
            }
            return bare;
        }

        /** The form two equivalent spellings share. */
        String key() {
            return switch (kind) {
                case WORD, QUOTED_NAME -> name().toLowerCase(Locale.ROOT);
                default -> text;
            };
        }
    }

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        boolean space = false;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int commentEnd = SqlScan.commentEnd(sql, i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else if (commentEnd >= 0) {
                i = commentEnd;
                space = true;
            } else {
                int end = tokenEnd(sql, i);
                tokens.add(new Token(kindOf(sql.charAt(i)), sql.substring(i, end), space));
                space = false;
                i = end;
            }
        }
        return tokens;
    }

    private static int tokenEnd(String sql, int start) {
        char c = sql.charAt(start);
        if (SqlScan.opensQuote(c)) {
            return SqlScan.quotedEnd(sql, start);
        }
        switch (c) {
            case '(', ')', ',':
                return start + 1;
            default:
                if (isWordChar(c)) {
                    int i = start;
                    while (i < sql.length() && isWordChar(sql.charAt(i))) {
                        i++;
                    }
                    return i;
                }
                int i = start + 1;
                while (i < sql.length() && isOperatorChar(sql.charAt(i)) && isOperatorChar(c)) {
                    i++;
                }
                return i;
        }
    }

    private static Kind kindOf(char first) {
        return switch (first) {
            case '\'' -> Kind.STRING;
            case '"', '`', '[' -> Kind.QUOTED_NAME;
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            case ',' -> Kind.COMMA;
            default -> isWordChar(first) ? Kind.WORD : Kind.OTHER;
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }

    private static boolean isOperatorChar(char c) {
        return "<>=!|".indexOf(c) >= 0;
    }

    /** The tokens as one line: blanks and comments become one space, none just inside parentheses. */
    static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            boolean space = previous != null && t.spaceBefore()
                    && previous.kind() != Kind.OPEN && t.kind() != Kind.CLOSE;
            if (space) {
                out.append(' ');
            }
            out.append(t.text());
            previous = t;
        }
        return out.toString();
    }

    /** One line of SQL for display, from text that may span lines. */
    static String oneLine(String sql) {
        return sql == null ? null : text(tokenize(sql));
    }

    /** Whether two pieces of SQL are the same once layout, comments, keyword case and name quoting are ignored. */
    static boolean sameSql(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return keys(tokenize(a)).equals(keys(tokenize(b)));
    }

    private static List<String> keys(List<Token> tokens) {
        return tokens.stream().map(Token::key).toList();
    }

    /** Index of the token that closes the parenthesis opened at {@code open}, or -1 if it is never closed. */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.OPEN) {
                depth++;
            } else if (kind == Kind.CLOSE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The tokens between {@code from} (inclusive) and {@code to} (exclusive), split at commas outside parentheses. */
    static List<List<Token>> splitAtCommas(List<Token> tokens, int from, int to) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.COMMA && depth == 0) {
                parts.add(part);
                part = new ArrayList<>();
                continue;
            }
            if (t.kind() == Kind.OPEN) {
                depth++;
            } else if (t.kind() == Kind.CLOSE) {
                depth--;
            }
            part.add(t);
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }
}
