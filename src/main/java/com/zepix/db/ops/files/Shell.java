package com.zepix.db.ops.files;

import java.util.regex.Pattern;

/** Words of a command the operator is told to run, so that pasting it into a POSIX shell runs exactly that. */
public final class Shell {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private Shell() {
    }

    /** The word as it is when the shell would take it so; otherwise in single quotes (a quote inside as '\''). */
    public static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
