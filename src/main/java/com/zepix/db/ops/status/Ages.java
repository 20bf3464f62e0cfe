package com.zepix.db.ops.status;

import java.time.Duration;

/** A duration as an operator reads it: "45 s", "12 min", "3 h 20 min", "2 d 4 h". */
final class Ages {

    private Ages() {
    }

    static String describe(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
