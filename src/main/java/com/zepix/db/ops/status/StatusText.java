package com.zepix.db.ops.status;

import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.ops.status.StatusReport.Attention;
import com.zepix.db.ops.status.StatusReport.DatabaseState;
import com.zepix.db.ops.status.StatusReport.Event;
import com.zepix.db.ops.status.StatusReport.History;
import com.zepix.db.ops.status.StatusReport.PluginRow;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** {@link StatusReport} as one screen of text. */
public final class StatusText {

    private static final int MAX_MESSAGE = 240;

    private StatusText() {
    }

    public static String render(StatusReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "zepix-db status at " + r.at().truncatedTo(ChronoUnit.SECONDS) + " (today = " + r.today() + " UTC)");
        line(out, "");
        line(out, String.format(Locale.ROOT, "%-8s %10s %10s %-14s %-38s %s", "database", "size", "wal", "schema (jar)",
                "last backup", "age"));
        for (DatabaseState d : r.databases()) {
            line(out, String.format(Locale.ROOT, "%-8s %10s %10s %-14s %-38s %s", d.database(), bytes(d.fileBytes()),
                    bytes(d.walBytes()), (d.schemaVersion() == null ? "-" : d.schemaVersion()) + " (" + d.jarSchemaVersion() + ")",
                    d.lastBackup() == null ? "none" : d.lastBackup(),
                    d.lastBackupAge() == null ? "-" : Ages.describe(d.lastBackupAge())));
        }
        line(out, "");
        if (r.pluginsNotRead() != null) {
            line(out, "plugins: not read, " + brief(r.pluginsNotRead()));
        } else if (r.plugins().isEmpty()) {
            line(out, "plugins: none registered in central");
        } else {
            line(out, String.format(Locale.ROOT, "%-17s %-8s %-8s %-20s %-6s %7s %5s  %7s %6s %10s %6s", "plugin", "enabled",
                    "status", "last sync (UTC)", "result", "records", "open", "entries", "closes", "profit $", "win%"));
            for (PluginRow p : r.plugins()) {
                line(out, String.format(Locale.ROOT, "%-17s %-8s %-8s %-20s %-6s %7s %5d  %7d %6d %10.2f %6s", p.pluginId(),
                        p.enabled() ? "yes" : "no", p.status(),
                        p.lastSyncAt() == null ? "never" : UtcTimestamps.format(p.lastSyncAt().withNano(0)),
                        p.lastSyncSucceeded() == null ? "-" : p.lastSyncSucceeded() ? "ok" : "FAILED",
                        p.recordsSynced() == null ? "-" : p.recordsSynced().toString(), p.openTrades(), p.entriesToday(),
                        p.closesToday(), p.profitToday(),
                        p.winRateToday() == null ? "-" : String.format(Locale.ROOT, "%.1f", p.winRateToday())));
            }
            line(out, "(records: rows the last sync wrote; open trades and today's figures as of each plugin's last sync;"
                    + " win% '-': no closes today)");
            line(out, "");
            line(out, String.format(Locale.ROOT, "%-17s %9s %9s %13s %6s  %-10s  %s", "to date", "trades", "closed",
                    "profit $", "win%", "first day", "last day"));
            for (PluginRow p : r.plugins()) {
                History h = p.history();
                line(out, String.format(Locale.ROOT, "%-17s %9d %9d %13.2f %6s  %-10s  %s", p.pluginId(), h.trades(),
                        h.closedTrades(), h.profitDollars(),
                        h.winRate() == null ? "-" : String.format(Locale.ROOT, "%.1f", h.winRate()),
                        h.firstDay() == null ? "-" : h.firstDay(), h.lastDay() == null ? "-" : h.lastDay()));
            }
            line(out, "(every trade synced to central, imported history included, by the UTC day it was entered)");
        }
        line(out, "");
        if (r.pluginsNotRead() != null) {
            // "none" would claim central holds no problem events, when it could not be asked
            line(out, "last ERROR/CRITICAL events: not read (see plugins above)");
        } else if (r.lastProblems().isEmpty()) {
            line(out, "last ERROR/CRITICAL events: none");
        } else {
            line(out, "last ERROR/CRITICAL events:");
            for (Event e : r.lastProblems()) {
                line(out, "  " + UtcTimestamps.format(e.at().withNano(0)) + " " + e.severity() + " " + e.type()
                        + (e.pluginId() == null ? "" : " " + e.pluginId()) + ": " + brief(e.description()));
            }
        }
        line(out, "");
        if (r.attention().isEmpty()) {
            line(out, "OK: nothing needs attention.");
        } else {
            line(out, "NEEDS ATTENTION (" + r.attention().size() + "):");
            for (Attention a : r.attention()) {
                line(out, "  - " + a.subject() + " " + brief(a.problem()));
                line(out, "      fix: " + a.fix());
            }
        }
        return out.toString();
    }

    /**
     * One screen stays one screen: jOOQ prefixes a failed query's message with the whole SQL
     * ({@code SQL [select ...]; cause}), which the operator does not need here (sync_status and
     * {@code --json} keep it whole); long messages are cut.
     */
    static String brief(String message) {
        if (message == null) {
            return "";
        }
        String text = message;
        int sql = text.indexOf("SQL [");
        int end = text.indexOf("]; ", sql);
        if (sql >= 0 && end > sql) {
            text = text.substring(0, sql) + text.substring(end + 3);
        }
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 3) + "...";
    }

    private static String bytes(Long n) {
        if (n == null) {
            return "-";
        }
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
