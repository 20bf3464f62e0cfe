package com.zepix.db.ops.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What a read-only look at the legacy {@code trading_bot.db} found.
 *
 * @param tables its tables, when it could be read
 * @param tradeRows rows in its {@code trades} table, or null when it has none
 * @param problem why it could not be read, or null
 */
public record LegacyReport(Path file, boolean present, List<String> tables, Long tradeRows, String problem) {

    static LegacyReport absent(Path file) {
        return new LegacyReport(file, false, List.of(), null, null);
    }

    static LegacyReport unreadable(Path file, String problem) {
        return new LegacyReport(file, true, List.of(), null, problem);
    }
}
