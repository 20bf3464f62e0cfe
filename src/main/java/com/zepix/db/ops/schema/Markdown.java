package com.zepix.db.ops.schema;

/** The two bits of Markdown escaping the schema reports need. */
final class Markdown {

    private Markdown() {
    }

    /** Text as a code span, whatever backticks it holds. */
    static String code(String text) {
        if (!text.contains("`")) {
            return "`" + text + "`";
        }
        return "`` " + text + " ``";
    }

    /** Text for a table cell: GitHub splits cells at any unescaped {@code |}, even inside code spans. */
    static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
