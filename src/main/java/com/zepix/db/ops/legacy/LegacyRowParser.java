package com.zepix.db.ops.legacy;

import com.zepix.db.core.DayRange;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks and normalises one legacy row. Every bad value is reported (legacy id, column, value,
 * why) and a row with any is skipped whole: importing it with a guessed value would put a wrong
 * trade in the history.
 *
 * <p>Normalised: {@code direction} 'buy'/'sell' and {@code status} 'open'/'closed' in any case and
 * with stray spaces; {@code order_type} TP_TRAIL (or DUAL_A) as Order A, PROFIT_TRAIL (or DUAL_B) as
 * Order B, none (or SINGLE) as an untyped order; numbers stored as text; the Python bot's time forms.
 */
final class LegacyRowParser {

    /** Either the order, or why the row is skipped. */
    record Parsed(LegacyOrder order, List<SkippedRow> problems) {
        boolean ok() {
            return order != null;
        }
    }

    /**
     * No price, lot or profit of one order reaches a billion; a larger value is a damaged row, and
     * would turn the day's sums in v3_daily_stats and central's rollup into Infinity or lose cents.
     */
    static final double MAGNITUDE_LIMIT = 1e9;

    private final List<SkippedRow> problems = new ArrayList<>();
    private final LegacyRow row;

    private LegacyRowParser(LegacyRow row) {
        this.row = row;
    }

    static Parsed parse(LegacyRow row) {
        return new LegacyRowParser(row).parse();
    }

    private Parsed parse() {
        Long ticket = ticket();
        String symbol = text("symbol");
        if (symbol == null) {
            problem("symbol", "must name the traded symbol");
        } else if (symbol.codePoints().anyMatch(Character::isISOControl)) {
            // a line break in a symbol would split the report's lines and the dashboard's rows
            problem("symbol", "must not hold control characters (line breaks, tabs)");
            symbol = null;
        }
        Direction direction = direction();
        OrderStatus status = status();
        LegacyOrder.Side side = side();
        Double entryPrice = number("entry_price", true);
        if (entryPrice != null && !(entryPrice > 0)) {
            problem("entry_price", "must be > 0");
        }
        Double lotSize = number("lot_size", false);
        if (lotSize != null && !(lotSize > 0)) {
            problem("lot_size", "must be > 0");
        }
        Double sl = number("sl_price", false);
        Double tp = number("tp_price", false);
        Double exit = number("exit_price", false);
        Double pnl = number("pnl", false);
        LocalDateTime open = time("open_time", true);
        LocalDateTime close = time("close_time", false);
        if (open != null && close != null && status == OrderStatus.CLOSED && close.isBefore(open)) {
            problem("close_time", "must not be before open_time (" + shown(row.get("open_time")) + ")");
        }
        LogicRoute route = route("logic_type");
        boolean assumed = false;
        if (route == null && problems.stream().noneMatch(p -> p.column().equals("logic_type"))) {
            route = routeOrNull(text("strategy"));
            if (route == null) {
                route = LegacyOrder.ASSUMED_ROUTE;
                assumed = true;
            }
        }
        int profitLevel = profitLevel();
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new LegacyOrder(row.id(), ticket, side, symbol, direction, entryPrice, lotSize, sl, tp,
                exit, pnl, status, open, status == OrderStatus.CLOSED ? close : null, route, assumed,
                text("chain_id"), text("chain_level"), text("session_id"), profitLevel), List.of());
    }

    private Long ticket() {
        Object v = row.get("trade_id");
        Long ticket = null;
        if (v instanceof Long || v instanceof Integer) {
            ticket = ((Number) v).longValue();
        } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            ticket = d.longValue();
        } else if (v instanceof String s && s.strip().matches("[0-9]{1,19}")) {
            try {
                ticket = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                ticket = null; // above 2^63 - 1
            }
        }
        if (ticket == null || ticket <= 0) {
            problem("trade_id", "must be the order's MT5 ticket, a positive whole number");
            return null;
        }
        return ticket;
    }

    private Direction direction() {
        String v = text("direction");
        String d = v == null ? "" : v.toUpperCase(Locale.ROOT);
        if (d.equals("BUY") || d.equals("SELL")) {
            return Direction.valueOf(d);
        }
        problem("direction", "must be 'buy' or 'sell' (any case)");
        return null;
    }

    private OrderStatus status() {
        String v = text("status");
        String s = v == null ? "" : v.toUpperCase(Locale.ROOT);
        if (s.equals("OPEN") || s.equals("CLOSED")) {
            return OrderStatus.valueOf(s);
        }
        problem("status", "must be 'open' or 'closed' (any case)");
        return null;
    }

    private LegacyOrder.Side side() {
        String v = text("order_type");
        String t = v == null ? "SINGLE" : v.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "TP_TRAIL", "DUAL_A" -> LegacyOrder.Side.A;
            case "PROFIT_TRAIL", "DUAL_B" -> LegacyOrder.Side.B;
            case "SINGLE" -> LegacyOrder.Side.UNTYPED;
            default -> {
                problem("order_type", "must be TP_TRAIL (Order A), PROFIT_TRAIL (Order B) or empty");
                yield null;
            }
        };
    }

    private LogicRoute route(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        LogicRoute route = routeOrNull(v);
        if (route == null) {
            problem(column, "must be LOGIC1, LOGIC2, LOGIC3 or empty");
        }
        return route;
    }

    private static LogicRoute routeOrNull(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "LOGIC1" -> LogicRoute.LOGIC1;
            case "LOGIC2" -> LogicRoute.LOGIC2;
            case "LOGIC3" -> LogicRoute.LOGIC3;
            default -> null;
        };
    }

    /** Empty (or a file from before the column) is level 0; anything but a whole number is reported, since pairing depends on it. */
    private int profitLevel() {
        Object v = row.get("profit_level");
        if (v == null || (v instanceof String blank && blank.isBlank())) {
            return 0;
        }
        if (v instanceof Long || v instanceof Integer) {
            long level = ((Number) v).longValue();
            if (Math.abs(level) < 1_000_000_000L) {
                return (int) level;
            }
        } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1.0e9) {
            return d.intValue();
        } else if (v instanceof String s && s.strip().matches("-?[0-9]{1,9}")) {
            return Integer.parseInt(s.strip());
        }
        problem("profit_level", "must be a whole number (the level in a profit-booking chain) or empty");
        return 0;
    }

    /** A finite number, stored as a number or as numeric text; null when absent and not required. */
    private Double number(String column, boolean required) {
        Object v = row.get(column);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) {
                problem(column, "must be given");
            }
            return null;
        }
        Double d = null;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else if (v instanceof String s) {
            try {
                d = new BigDecimal(s.strip()).doubleValue();
            } catch (NumberFormatException e) {
                d = null;
            }
        }
        if (d == null || !Double.isFinite(d)) {
            problem(column, "must be a finite number");
            return null;
        }
        if (Math.abs(d) >= MAGNITUDE_LIMIT) {
            problem(column, "must be below 1,000,000,000 in magnitude");
            return null;
        }
        return d;
    }

    private LocalDateTime time(String column, boolean required) {
        Object v = row.get(column);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) {
                problem(column, "must be given");
            }
            return null;
        }
        Optional<LocalDateTime> t = v instanceof String s ? LegacyTimestamps.parse(s) : Optional.empty();
        if (t.isEmpty()) {
            problem(column, "must be a time like 2025-01-02 03:04:05[.ffffff] or 2025-01-02T03:04:05[.ffffff][+HH:MM]");
            return null;
        }
        LocalDate day = t.get().toLocalDate();
        if (day.isBefore(DayRange.EARLIEST) || day.isAfter(DayRange.LATEST)) {
            problem(column, "must be a day from " + DayRange.EARLIEST + " to " + DayRange.LATEST
                    + ", the days stats and the dashboard cover");
            return null;
        }
        return t.get();
    }

    /** Stripped text; numbers as their text; null for NULL or blank. */
    private String text(String column) {
        Object v = row.get(column);
        if (v == null) {
            return null;
        }
        String s = v instanceof byte[] ? null : String.valueOf(v).strip();
        return s == null || s.isEmpty() ? null : s;
    }

    private void problem(String column, String reason) {
        problems.add(new SkippedRow(row.id(), column, shown(row.get(column)), reason));
    }

    private static String shown(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            return "<" + b.length + " bytes of binary data>";
        }
        // one report line per problem, whatever the value holds
        String s = String.valueOf(v).replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
