package com.zepix.db.testsupport;

import com.zepix.db.core.DatabaseFile;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the Python bot writes into TIMESTAMP columns, each with the text SQLite must store, and what
 * it must refuse; plus the smallest row of each table a raw writer can insert.
 */
public final class PythonForms {

    /** A written form, the canonical text stored for it, and where it comes from in Python. */
    public record Accepted(String written, String stored, String source) {
        @Override
        public String toString() {
            return "'" + written + "' (" + source + ") -> '" + stored + "'";
        }
    }

    /** A TIMESTAMP column of one of the three databases. */
    public record Column(DatabaseFile db, String table, String column) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    public static final List<Accepted> ACCEPTED = List.of(
            new Accepted("2026-11-29T08:30:10.538703", "2026-11-29 08:30:10.538703", "datetime.now().isoformat()"),
            new Accepted("2026-11-29T08:30:10", "2026-11-29 08:30:10", "isoformat() of a whole second"),
            new Accepted("2026-11-29 08:30:10.538703", "2026-11-29 08:30:10.538703", "sqlite3's default adapter"),
            new Accepted("2026-11-29 08:30:10", "2026-11-29 08:30:10", "strftime('%Y-%m-%d %H:%M:%S')"),
            new Accepted("2026-11-29 08:30:10.538", "2026-11-29 08:30:10.538", "V1's form, three digits"),
            new Accepted("2026-11-29 08:30:10.5", "2026-11-29 08:30:10.5", "one fractional digit"),
            new Accepted("2026-11-29T08:30:10Z", "2026-11-29 08:30:10", "isoformat() + 'Z'"),
            new Accepted("2026-11-29T08:30:10.538703Z", "2026-11-29 08:30:10.538703", "isoformat() + 'Z'"),
            new Accepted("2026-11-29T08:30:10.538703+00:00", "2026-11-29 08:30:10.538703",
                    "datetime.now(timezone.utc).isoformat()"),
            new Accepted("2026-11-29T08:30:10+00:00", "2026-11-29 08:30:10", "aware isoformat(), whole second"),
            new Accepted("2026-11-29 08:30:10.538703+00:00", "2026-11-29 08:30:10.538703",
                    "sqlite3's adapter of an aware datetime"),
            new Accepted("2026-11-29 08:30:10-00:00", "2026-11-29 08:30:10", "offset -00:00"),
            new Accepted("2026-11-29T10:30:10.538703+02:00", "2026-11-29 08:30:10.538703", "offset +02:00, converted"),
            new Accepted("2026-11-28T22:30:10-10:00", "2026-11-29 08:30:10", "offset -10:00, converted across midnight"),
            new Accepted("2026-11-29T14:00:10.25+05:30", "2026-11-29 08:30:10.25", "offset +05:30, converted"),
            new Accepted("2026-11-29T22:30:10+14:00", "2026-11-29 08:30:10", "offset +14:00, the largest of a real zone"),
            new Accepted("2026-11-28T20:30:10-12:00", "2026-11-29 08:30:10", "offset -12:00, the smallest of a real zone"),
            new Accepted("2026-11-29T23:29:10+14:59", "2026-11-29 08:30:10", "offset +14:59, SQLite's largest"));

    /** Written forms SQLite must refuse with a CHECK failure. Numbers are epoch seconds. */
    public static final List<Object> REFUSED = List.of(
            "2026-11-29t08:30:10", "2026-11-29_08:30:10", "2026-11-29  08:30:10", "2026-11-29 08:30:10,538703",
            "2026-11-29T08:30:10.5387031", "2026-11-29 08:30:10.", "2026-11-29 08:30:10.53a",
            "2026-02-30 08:30:10", "2026-04-31 08:30:10", "2025-02-29 08:30:10", "2026-13-01 08:30:10",
            "2026-11-29 24:00:00", "2026-11-29 08:60:10", "2026-11-29 08:30:60",
            "2026-11-29", "2026-11-29 08:30", "2026/11/29 08:30:10", "29-11-2026 08:30:10",
            " 2026-11-29 08:30:10", "2026-11-29 08:30:10 ", "2026-11-29 08:30:10 UTC",
            "2026-11-29 08:30:10z", "2026-11-29 08:30:10ZZ", "2026-11-29 08:30:10+0200", "2026-11-29 08:30:10+02",
            "2026-11-29 08:30:10+24:00", "2026-11-29 08:30:10+15:00", "2026-11-29 08:30:10-15:00", "2026-11-29 08:30:10+02:60", "2026-11-29 08:30:10Z+00:00",
            "9999-12-31 23:30:00-01:00", "0000-01-01 00:30:00+01:00",
            "yesterday", "", "NULL", 1_764_405_010L, 1_764_405_010.538703);

    /** Every TIMESTAMP column of the three databases, as schema-spec.md lists them. */
    public static final List<Column> COLUMNS = List.of(
            new Column(DatabaseFile.V3, "combined_v3_trades", "entry_time"),
            new Column(DatabaseFile.V3, "combined_v3_trades", "exit_time"),
            new Column(DatabaseFile.V3, "v3_profit_bookings", "booking_time"),
            new Column(DatabaseFile.V3, "v3_signals_log", "received_time"),
            new Column(DatabaseFile.V6, "price_action_1m_trades", "entry_time"),
            new Column(DatabaseFile.V6, "price_action_1m_trades", "exit_time"),
            new Column(DatabaseFile.V6, "price_action_5m_trades", "entry_time"),
            new Column(DatabaseFile.V6, "price_action_5m_trades", "exit_time"),
            new Column(DatabaseFile.V6, "price_action_15m_trades", "entry_time"),
            new Column(DatabaseFile.V6, "price_action_15m_trades", "exit_time"),
            new Column(DatabaseFile.V6, "price_action_1h_trades", "entry_time"),
            new Column(DatabaseFile.V6, "price_action_1h_trades", "exit_time"),
            new Column(DatabaseFile.V6, "market_trends", "last_updated"),
            new Column(DatabaseFile.V6, "v6_signals_log", "received_time"),
            new Column(DatabaseFile.CENTRAL, "plugins_registry", "installed_date"),
            new Column(DatabaseFile.CENTRAL, "plugins_registry", "last_active"),
            new Column(DatabaseFile.CENTRAL, "aggregated_trades", "entry_time"),
            new Column(DatabaseFile.CENTRAL, "aggregated_trades", "exit_time"),
            new Column(DatabaseFile.CENTRAL, "system_config", "last_updated"),
            new Column(DatabaseFile.CENTRAL, "system_events", "event_time"),
            new Column(DatabaseFile.CENTRAL, "sync_status", "last_sync_time"));

    /**
     * How the bot turns a UTC {@code datetime} into text, as a function of the instant: each gives the
     * same instant back (to the second for the forms without a fraction).
     */
    public record Writer(String name, Function<LocalDateTime, String> write, boolean wholeSeconds) {

        public String apply(LocalDateTime utc) {
            return write.apply(utc);
        }

        /** The instant this writer's text stands for: the second forms drop the fraction. */
        public LocalDateTime instant(LocalDateTime utc) {
            return wholeSeconds ? utc.truncatedTo(ChronoUnit.SECONDS) : utc;
        }

        /** The canonical text SQLite stores for it: Python's six fractional digits, if any, stay. */
        public String stored(LocalDateTime utc) {
            LocalDateTime t = instant(utc);
            return adapter(t);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Python's {@code datetime.isoformat(sep)}: no fraction when the microseconds are 0, else six digits. */
    private static String isoformat(LocalDateTime t, char sep) {
        String text = t.toLocalDate() + String.valueOf(sep) + String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? text : text + String.format(".%06d", micros);
    }

    private static String adapter(LocalDateTime t) {
        return isoformat(t, ' ');
    }

    public static final List<Writer> WRITERS = List.of(
            new Writer("datetime.utcnow().isoformat()", t -> isoformat(t, 'T'), false),
            new Writer("isoformat(timespec='seconds')", t -> isoformat(t.truncatedTo(ChronoUnit.SECONDS), 'T'), true),
            new Writer("sqlite3 default adapter", PythonForms::adapter, false),
            new Writer("strftime('%Y-%m-%d %H:%M:%S')", t -> adapter(t.truncatedTo(ChronoUnit.SECONDS)), true),
            new Writer("isoformat() + 'Z'", t -> isoformat(t, 'T') + "Z", false),
            new Writer("datetime.now(timezone.utc).isoformat()", t -> isoformat(t, 'T') + "+00:00", false),
            new Writer("sqlite3 adapter of an aware datetime", t -> adapter(t) + "+00:00", false),
            new Writer("astimezone(+02:00).isoformat()", t -> isoformat(t.plusHours(2), 'T') + "+02:00", false),
            new Writer("astimezone(-05:00).isoformat()", t -> isoformat(t.minusHours(5), 'T') + "-05:00", false));

    private PythonForms() {
    }

    /**
     * The smallest row of {@code table} that its constraints accept, as a Python writer would insert
     * it; {@code n} keeps unique keys apart. v3_profit_bookings needs trade 1 to exist.
     */
    public static Map<String, Object> minimalRow(String table, int n) {
        Map<String, Object> row = new LinkedHashMap<>();
        switch (table) {
            case "combined_v3_trades" -> {
                row.put("symbol", "EURUSD");
                row.put("direction", "BUY");
                row.put("entry_price", 1.085);
                row.put("signal_type", "Institutional_Launchpad");
                row.put("logic_route", "LOGIC1");
            }
            case "v3_profit_bookings" -> {
                row.put("trade_id", 1);
                row.put("order_type", "ORDER_A");
                row.put("closed_percentage", 50.0);
                row.put("closed_volume", 0.05);
            }
            case "v3_signals_log", "v6_signals_log" -> {
                row.put("signal_type", "TREND_PULSE");
                row.put("symbol", "EURUSD");
            }
            case "price_action_1m_trades", "price_action_15m_trades", "price_action_1h_trades" -> {
                row.put("symbol", "XAUUSD");
                row.put("direction", "SELL");
                row.put("lot_size", 0.02);
                row.put("entry_price", 2650.5);
            }
            case "price_action_5m_trades" -> {
                row.put("symbol", "XAUUSD");
                row.put("direction", "SELL");
                row.put("entry_price", 2650.5);
            }
            case "market_trends" -> {
                row.put("symbol", "SYM" + n);
                row.put("timeframe", "15");
            }
            case "plugins_registry" -> {
                row.put("plugin_id", "python_plugin_" + n);
                row.put("name", "Python plugin " + n);
                row.put("plugin_type", "V6_PRICE_ACTION");
                row.put("version", "1.0.0");
            }
            case "aggregated_trades" -> {
                row.put("plugin_id", "combined_v3");
                row.put("mt5_ticket", 1_000_000L + n);
                row.put("symbol", "EURUSD");
            }
            case "system_config" -> {
                row.put("key", "python_key_" + n);
                row.put("value", "x");
            }
            case "system_events" -> row.put("event_type", "PYTHON_WRITE");
            case "sync_status" -> row.put("plugin_id", List.of("combined_v3", "price_action_1m", "price_action_5m",
                    "price_action_15m", "price_action_1h").get(Math.floorMod(n, 5)));
            default -> throw new IllegalArgumentException(table);
        }
        return row;
    }
}
