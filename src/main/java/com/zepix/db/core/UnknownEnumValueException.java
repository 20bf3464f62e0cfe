package com.zepix.db.core;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A stored enum column holds text its enum does not know: written by a writer that bypassed the
 * column's CHECK. Reading it fails instead of turning it into NULL; {@code verify} lists every such row.
 */
public final class UnknownEnumValueException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    UnknownEnumValueException(String where, String value, String enumName, Collection<String> known) {
        this(where, "'" + value + "' is not " + article(enumName) + " " + enumName + " ("
                + known.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ")) + ")");
    }

    private UnknownEnumValueException(String where, String reason) {
        super((where == null ? "" : where + ": ") + reason + "; run verify to list every such row");
        this.reason = reason;
    }

    private static String article(String name) {
        return !name.isEmpty() && "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    }

    /** What is wrong with the value, without where it is (for a message that already names the row). */
    public String reason() {
        return reason;
    }
}
