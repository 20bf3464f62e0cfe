package com.zepix.db.ops.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.ops.legacy.LegacyImportReport;
import com.zepix.db.ops.legacy.SkippedRow;
import com.zepix.db.ops.legacy.TradePlan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code import-legacy --json}: what the import did (or in a dry run would do), row by row where it
 * matters. Entry times are UTC, ISO-8601 with a Z; days are {@code YYYY-MM-DD}.
 */
public record ImportLegacyJson(int formatVersion, String command, boolean dryRun, String legacyFile, int legacyRows,
        List<String> missingColumns, long pairs, long singles, long assumedLogicRoutes, int alreadyImported,
        int importedTrades, int importedRows, int skippedRows, List<Skipped> skipped, List<Skipped> resaved, String firstDay, String lastDay,
        long millis, List<Trade> trades) {

    public static final int FORMAT_VERSION = 1;

    /** @param value the legacy value as text, null for SQL NULL */
    public record Skipped(long legacyId, String column, String value, String reason) {
    }

    /**
     * @param kind pair, order_a_only, order_b_only or untyped_as_order_a
     * @param orderALegacyId named explicitly: snake case alone would run the "A" into the next word
     */
    public record Trade(String kind, @JsonProperty("order_a_legacy_id") Long orderALegacyId,
            @JsonProperty("order_a_ticket") Long orderATicket, @JsonProperty("order_b_legacy_id") Long orderBLegacyId,
            @JsonProperty("order_b_ticket") Long orderBTicket,
            String symbol, String direction, String logicRoute, boolean logicRouteAssumed, String entryTime) {
    }

    public static ImportLegacyJson of(LegacyImportReport r) {
        return new ImportLegacyJson(FORMAT_VERSION, "import-legacy", r.dryRun(), r.legacyFile().toString(), r.legacyRows(),
                r.missingColumns(), r.pairs(), r.singles(), r.assumedRoutes(), r.alreadyImported(), r.importedTrades(),
                r.importedRows(), r.skippedRows(), r.skipped().stream().map(ImportLegacyJson::skipped).toList(),
                r.resaved().stream().map(ImportLegacyJson::skipped).toList(),
                day(r.firstDay()), day(r.lastDay()), r.millis(), r.trades().stream().map(ImportLegacyJson::trade).toList());
    }

    private static Skipped skipped(SkippedRow s) {
        return new Skipped(s.legacyId(), s.column(), s.value(), s.reason());
    }

    private static Trade trade(TradePlan t) {
        return new Trade(t.kind(), t.orderALegacyId(), t.orderATicket(), t.orderBLegacyId(), t.orderBTicket(), t.symbol(),
                t.direction(), t.logicRoute(), t.logicRouteAssumed(), utc(t.entryTime()));
    }

    private static String utc(LocalDateTime t) {
        return UtcTimestamps.format(t).replace(' ', 'T') + "Z";
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
