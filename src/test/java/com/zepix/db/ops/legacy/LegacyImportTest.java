package com.zepix.db.ops.legacy;

import static com.zepix.db.testsupport.LegacyFiles.row;
import static com.zepix.db.testsupport.LegacyFiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.files.BadPathException;
import com.zepix.db.testsupport.LegacyFiles;
import com.zepix.db.testsupport.LegacyFiles.Age;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.v3.DualOrder;
import com.zepix.db.v3.NewDualTrade;
import com.zepix.db.v3.V3TradeStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** import-legacy on real legacy files of every age, with hostile values, re-runs and a file that grew. */
class LegacyImportTest {

    @TempDir
    Path root;

    private Path data() {
        return OpsFixtures.initialisedDataDir(root.resolve("data"));
    }

    private static Path legacy(Path data, Age age) {
        return LegacyFiles.create(data.resolve("trading_bot.db"), age, "delete");
    }

    private static LegacyImportReport run(Path data, boolean dryRun) {
        return new LegacyImportOperation(data, null, null).run(dryRun);
    }

    /** Trades as "orderATicket|orderBTicket|parentTicket|symbol|direction|status|route|entry|exit|total", by id. */
    private static List<String> trades(Path data) {
        return strings(DatabaseFile.V3.in(data), "SELECT coalesce(order_a_ticket, '-') || '|' || coalesce(order_b_ticket, '-')"
                + " || '|' || mt5_parent_ticket || '|' || symbol || '|' || direction || '|' || status || '|' || logic_route"
                + " || '|' || entry_time || '|' || coalesce(exit_time, '-') || '|' || coalesce(total_profit_dollars, '-')"
                + " FROM combined_v3_trades ORDER BY id");
    }

    /** Links as "legacyId>tradeId:ORDER_X". */
    private static List<String> links(Path data) {
        return strings(DatabaseFile.V3.in(data), "SELECT legacy_id || '>' || trade_id || ':' || order_type"
                + " FROM legacy_trade_imports ORDER BY legacy_id");
    }

    @ParameterizedTest
    @EnumSource(Age.class)
    void a_file_of_every_age_is_imported_pairs_and_singles(Age age) {
        Path data = data();
        Path file = legacy(data, age);
        boolean dual = age != Age.BEFORE_DUAL_ORDERS;
        var a = row(1, "5001", "EURUSD", "buy", 1.085, "closed", "2025-03-03T10:00:00.100000");
        var b = row(2, "5002", "EURUSD", "buy", 1.085, "closed", "2025-03-03T10:00:00.104000");
        a = with(a, "strategy", "LOGIC3", "pnl", 12.5, "close_time", "2025-03-03T11:00:00", "chain_id", "c-1");
        b = with(b, "strategy", "LOGIC3", "pnl", -2.5, "close_time", "2025-03-03T10:30:00.250000");
        if (dual) {
            a = with(a, "order_type", "TP_TRAIL");
            b = with(b, "order_type", "PROFIT_TRAIL", "profit_chain_id", "p-1", "profit_level", 0);
        }
        if (age == Age.FULL) {
            a = with(a, "logic_type", "LOGIC1", "session_id", "s-1");
            b = with(b, "logic_type", "LOGIC1", "session_id", "s-1", "chain_id", "c-1");
        }
        LegacyFiles.insert(file, a, b);

        LegacyImportReport report = run(data, false);

        assertThat(report.skipped()).isEmpty();
        String route = age == Age.FULL ? "LOGIC1" : "LOGIC3";
        if (dual) {
            assertThat(trades(data)).containsExactly("5001|5002|5001|EURUSD|BUY|CLOSED|" + route
                    + "|2025-03-03 10:00:00.100|2025-03-03 11:00:00|10.0");
            assertThat(links(data)).containsExactly("1>1:ORDER_A", "2>1:ORDER_B");
            assertThat(report.pairs()).isEqualTo(1);
        } else {
            assertThat(trades(data)).containsExactly(
                    "5001|-|5001|EURUSD|BUY|CLOSED|" + route + "|2025-03-03 10:00:00.100|2025-03-03 11:00:00|12.5",
                    "5002|-|5002|EURUSD|BUY|CLOSED|" + route + "|2025-03-03 10:00:00.104|2025-03-03 10:30:00.250|-2.5");
            assertThat(links(data)).containsExactly("1>1:ORDER_A", "2>2:ORDER_A");
            assertThat(report.singles("untyped_as_order_a")).isEqualTo(2);
        }
        assertThat(report.missingColumns()).as("the columns this age lacks").hasSize(switch (age) {
            case BEFORE_DUAL_ORDERS -> 16;
            case DUAL_ORDERS -> 13;
            case SESSIONS -> 9;
            case FULL -> 0;
        });
        if (age != Age.FULL) {
            assertThat(report.missingColumns()).contains("logic_type");
        }
    }

    @Test
    void values_are_normalised_and_bad_ones_skip_their_row_naming_id_column_and_value() {
        Path data = data();
        Path file = legacy(data, Age.FULL);
        String t = "2025-04-01 09:00:00";
        LegacyFiles.insert(file,
                // good, in odd but legal forms
                with(row(1, 6001L, " GBPUSD ", " SELL ", "1.2650", "Closed", "2025-04-01T11:00:00+02:00"),
                        "order_type", "tp_trail", "logic_type", "logic2", "close_time", "2025-04-01 12:00:00Z", "pnl", "7"),
                with(row(2, "6002", "USDJPY", "Buy", 150.25, " OPEN", t), "order_type", "PROFIT_TRAIL", "profit_level", 3),
                // bad
                row(3, "6003", "EURUSD", "long", 1.1, "closed", t),
                row(4, "6004", "EURUSD", "buy", 1.1, "pending", t),
                row(5, "6005", "EURUSD", "buy", 0.0, "open", t),
                row(6, "6006", "EURUSD", "buy", "abc", "open", t),
                row(7, "T-6007", "EURUSD", "buy", 1.1, "open", t),
                row(8, "-6008", "EURUSD", "buy", 1.1, "open", t),
                row(9, "6009", null, "buy", 1.1, "open", t),
                row(10, "6010", "EURUSD", "buy", 1.1, "open", "2025-02-30 10:00:00"),
                row(11, "6011", "EURUSD", "buy", 1.1, "open", "yesterday"),
                with(row(12, "6012", "EURUSD", "buy", 1.1, "open", t), "logic_type", "LOGIC9"),
                with(row(13, "6013", "EURUSD", "buy", 1.1, "open", t), "order_type", "HEDGE"),
                with(row(14, "6014", "EURUSD", "buy", 1.1, "open", t), "lot_size", -0.1),
                with(row(15, "6015", "EURUSD", "buy", 1.1, "closed", t), "pnl", "NaN", "close_time", "soon"),
                row(16, "6016", "EURUSD", new byte[] {1, 2}, 1.1, "open", t),
                row(17, null, "EURUSD", "buy", 1.1, "open", t),
                row(18, "6018", "EURUSD", "buy\n; DROP TABLE trades", 1.1, "open", t),
                row(19, "99999999999999999999", "EURUSD", "buy", 1.1, "open", t),
                // another bot version's names for the orders
                with(row(20, "6020", "AUDUSD", "buy", 0.66, "open", t), "order_type", "DUAL_A"),
                with(row(21, "6021", "AUDUSD", "buy", 0.66, "open", t), "order_type", "dual_b"),
                with(row(22, "6022", "NZDUSD", "sell", 0.59, "open", t), "order_type", "Single"));

        LegacyImportReport report = run(data, false);

        assertThat(report.skipped()).extracting(SkippedRow::describe).containsExactly(
                "legacy id 3: direction = 'long': must be 'buy' or 'sell' (any case)",
                "legacy id 4: status = 'pending': must be 'open' or 'closed' (any case)",
                "legacy id 5: entry_price = '0.0': must be > 0",
                "legacy id 6: entry_price = 'abc': must be a finite number",
                "legacy id 7: trade_id = 'T-6007': must be the order's MT5 ticket, a positive whole number",
                "legacy id 8: trade_id = '-6008': must be the order's MT5 ticket, a positive whole number",
                "legacy id 9: symbol = NULL: must name the traded symbol",
                "legacy id 10: open_time = '2025-02-30 10:00:00': must be a time like 2025-01-02 03:04:05[.ffffff] or"
                        + " 2025-01-02T03:04:05[.ffffff][+HH:MM]",
                "legacy id 11: open_time = 'yesterday': must be a time like 2025-01-02 03:04:05[.ffffff] or"
                        + " 2025-01-02T03:04:05[.ffffff][+HH:MM]",
                "legacy id 12: logic_type = 'LOGIC9': must be LOGIC1, LOGIC2, LOGIC3 or empty",
                "legacy id 13: order_type = 'HEDGE': must be TP_TRAIL (Order A), PROFIT_TRAIL (Order B) or empty",
                "legacy id 14: lot_size = '-0.1': must be > 0",
                "legacy id 15: pnl = 'NaN': must be a finite number",
                "legacy id 15: close_time = 'soon': must be a time like 2025-01-02 03:04:05[.ffffff] or"
                        + " 2025-01-02T03:04:05[.ffffff][+HH:MM]",
                "legacy id 16: direction = '<2 bytes of binary data>': must be 'buy' or 'sell' (any case)",
                "legacy id 17: trade_id = NULL: must be the order's MT5 ticket, a positive whole number",
                "legacy id 18: direction = 'buy?; DROP TABLE trades': must be 'buy' or 'sell' (any case)",
                "legacy id 19: trade_id = '99999999999999999999': must be the order's MT5 ticket, a positive whole number");
        assertThat(report.skippedRows()).isEqualTo(17);
        // the offset time is converted to UTC; the profit-booking Order B stays single; no route: LOGIC2 assumed
        assertThat(trades(data)).containsExactly(
                "6001|-|6001|GBPUSD|SELL|CLOSED|LOGIC2|2025-04-01 09:00:00|2025-04-01 12:00:00|7.0",
                "-|6002|6002|USDJPY|BUY|OPEN|LOGIC2|2025-04-01 09:00:00|-|-",
                "6020|6021|6020|AUDUSD|BUY|OPEN|LOGIC2|2025-04-01 09:00:00|-|-",
                "6022|-|6022|NZDUSD|SELL|OPEN|LOGIC2|2025-04-01 09:00:00|-|-");
        assertThat(strings(DatabaseFile.V3.in(data), "SELECT notes FROM combined_v3_trades WHERE id = 2"))
                .singleElement().asString().contains("trades.id 2 (Order B)", "LOGIC2 assumed");
        assertThat(report.assumedRoutes()).isEqualTo(3);
        assertThat(report.singles("untyped_as_order_a")).isEqualTo(1);
        assertThat(strings(DatabaseFile.V3.in(data), "SELECT order_a_status || order_b_status || signal_type"
                + " FROM combined_v3_trades ORDER BY id"))
                .containsExactly("CLOSEDCLOSEDLEGACY", "OPENOPENLEGACY", "OPENOPENLEGACY", "OPENOPENLEGACY");
    }

    @Test
    void values_no_order_can_have_skip_their_row_and_never_reach_the_daily_sums() {
        Path data = data();
        Path file = legacy(data, Age.FULL);
        String t = "2025-04-01 09:00:00";
        LegacyFiles.insert(file,
                with(row(1, "6101", "EURUSD", "buy", 1.1, "open", t), "lot_size", 1e300),
                with(row(2, "6102", "EURUSD", "buy", 1.1, "closed", t), "pnl", 1e308, "close_time", "2025-04-01 10:00:00"),
                row(3, "6103", "EURUSD", "buy", "1e9", "open", t), // stored as a REAL by the column's affinity
                row(4, "6104", "EUR\nUSD", "buy", 1.1, "open", t),
                row(5, "6105", "EURUSD", "buy", 1.1, "open", "0001-01-01 00:00:00"),
                row(6, "6106", "EURUSD", "buy", 1.1, "open", "9999-12-31 23:59:59"),
                with(row(7, "6107", "EURUSD", "buy", 1.1, "closed", t), "close_time", "2025-03-31 09:00:00"),
                // one ticket, two different orders: neither is imported
                with(row(8, "6108", "EURUSD", "buy", 1.1, "open", t), "order_type", "TP_TRAIL"),
                with(row(9, "6108", "XAUUSD", "sell", 2300.0, "open", t), "order_type", "TP_TRAIL"),
                // pairing depends on the level: text or a fraction is not one
                with(row(11, "6111", "EURUSD", "buy", 1.1, "open", t), "order_type", "PROFIT_TRAIL", "profit_level", "x"),
                with(row(12, "6112", "EURUSD", "buy", 1.1, "open", t), "order_type", "PROFIT_TRAIL", "profit_level", 1.5),
                // the limits themselves are fine: a price just below a billion, a long-closed order
                with(row(10, "6110", "BTCUSD", "buy", 999_999_999.0, "closed", "2000-01-01 00:00:00"),
                        "close_time", "2100-12-31 23:59:59", "pnl", -999_999_999.0));

        LegacyImportReport report = run(data, false);

        assertThat(report.skipped()).extracting(SkippedRow::describe).containsExactly(
                "legacy id 1: lot_size = '1.0E300': must be below 1,000,000,000 in magnitude",
                "legacy id 2: pnl = '1.0E308': must be below 1,000,000,000 in magnitude",
                "legacy id 3: entry_price = '1.0E9': must be below 1,000,000,000 in magnitude",
                "legacy id 4: symbol = 'EUR?USD': must not hold control characters (line breaks, tabs)",
                "legacy id 5: open_time = '0001-01-01 00:00:00': must be a day from 2000-01-01 to 2100-12-31, the days"
                        + " stats and the dashboard cover",
                "legacy id 6: open_time = '9999-12-31 23:59:59': must be a day from 2000-01-01 to 2100-12-31, the days"
                        + " stats and the dashboard cover",
                "legacy id 7: close_time = '2025-03-31 09:00:00': must not be before open_time (2025-04-01 09:00:00)",
                "legacy id 8: trade_id = '6108': legacy ids 8, 9 hold this ticket with a different symbol, direction or"
                        + " order_type, so they are not saves of one order and none is imported",
                "legacy id 9: trade_id = '6108': legacy ids 8, 9 hold this ticket with a different symbol, direction or"
                        + " order_type, so they are not saves of one order and none is imported",
                "legacy id 11: profit_level = 'x': must be a whole number (the level in a profit-booking chain) or empty",
                "legacy id 12: profit_level = '1.5': must be a whole number (the level in a profit-booking chain) or empty");
        assertThat(report.skippedRows()).isEqualTo(11);
        assertThat(report.resaved()).isEmpty();
        assertThat(trades(data)).containsExactly(
                "6110|-|6110|BTCUSD|BUY|CLOSED|LOGIC2|2000-01-01 00:00:00|2100-12-31 23:59:59|-999999999.0");
    }

    @Test
    void another_legacy_file_whose_ids_were_imported_from_the_first_is_refused_and_changes_nothing() {
        Path data = data();
        Path first = legacy(data, Age.FULL);
        LegacyFiles.insert(first, row(1, "6201", "EURUSD", "buy", 1.1, "open", "2025-04-01 09:00:00"));
        run(data, false);
        Path other = LegacyFiles.create(root.resolve("other_bot.db"), Age.FULL, "delete");
        LegacyFiles.insert(other, row(1, "7201", "GBPUSD", "sell", 1.2, "open", "2025-04-02 09:00:00"),
                row(2, "7202", "GBPUSD", "sell", 1.2, "open", "2025-04-02 10:00:00"));
        Map<String, String> before = OpsFixtures.snapshot(data);

        for (boolean dryRun : new boolean[] {true, false}) {
            assertThatThrownBy(() -> new LegacyImportOperation(data, other, null).run(dryRun))
                    .isInstanceOf(ZepixDbException.class).hasMessage(other + " is not the legacy file imported into "
                            + DatabaseFile.V3.in(data) + " before: its legacy id 1 holds ticket 7201, the imported legacy"
                            + " id 1 ticket 6201 (1 such row); one data folder takes one legacy file, nothing was imported");
        }

        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
        // the file imported before, grown since, is still welcome
        LegacyFiles.insert(first, row(2, "6202", "EURUSD", "buy", 1.1, "open", "2025-04-03 09:00:00"));
        assertThat(run(data, false).importedTrades()).isEqualTo(1);
    }

    @Test
    void orders_of_one_signal_pair_by_chain_session_and_time_and_nothing_else() {
        Path data = data();
        Path file = legacy(data, Age.FULL);
        String t0 = "2025-05-05 08:00:00.000000";
        LegacyFiles.insert(file,
                // re-entries: one chain, levels 1 and 2, each level its own pair
                dual(1, 7001, "TP_TRAIL", "XAUUSD", t0, "c-9", 1, "s-1"),
                dual(2, 7002, "PROFIT_TRAIL", "XAUUSD", "2025-05-05 08:00:00.002000", "c-9", 1, "s-1"),
                dual(3, 7003, "TP_TRAIL", "XAUUSD", "2025-05-05 08:00:10", "c-9", 2, "s-1"),
                dual(4, 7004, "PROFIT_TRAIL", "XAUUSD", "2025-05-05 08:00:10.001", "c-9", 2, "s-1"),
                // an older bot's pair: no chain on Order B, no sessions; B opened just before A
                dual(5, 7005, "TP_TRAIL", "EURUSD", "2025-05-05 09:00:00.500", "c-10", null, null),
                dual(6, 7006, "PROFIT_TRAIL", "EURUSD", "2025-05-05 09:00:00.400", null, null, null),
                // two signals 5 s apart on one market, no keys: each Order A takes the nearest Order B
                dual(7, 7007, "TP_TRAIL", "GBPUSD", "2025-05-05 10:00:00", null, null, null),
                dual(8, 7008, "TP_TRAIL", "GBPUSD", "2025-05-05 10:00:05", null, null, null),
                dual(9, 7009, "PROFIT_TRAIL", "GBPUSD", "2025-05-05 10:00:05.010", null, null, null),
                dual(10, 7010, "PROFIT_TRAIL", "GBPUSD", "2025-05-05 10:00:00.010", null, null, null),
                // different chains, different sessions, too far apart, opposite direction: no pair
                dual(11, 7011, "TP_TRAIL", "AUDUSD", "2025-05-05 11:00:00", "c-11", null, null),
                dual(12, 7012, "PROFIT_TRAIL", "AUDUSD", "2025-05-05 11:00:00.001", "c-12", null, null),
                dual(13, 7013, "TP_TRAIL", "NZDUSD", "2025-05-05 11:00:00", null, null, "s-2"),
                dual(14, 7014, "PROFIT_TRAIL", "NZDUSD", "2025-05-05 11:00:00.001", null, null, "s-3"),
                dual(15, 7015, "TP_TRAIL", "USDCAD", "2025-05-05 11:00:00", null, null, null),
                dual(16, 7016, "PROFIT_TRAIL", "USDCAD", "2025-05-05 11:00:31", null, null, null),
                dual(17, 7017, "TP_TRAIL", "USDCHF", "2025-05-05 11:00:00", null, null, null),
                with(dual(18, 7018, "PROFIT_TRAIL", "USDCHF", "2025-05-05 11:00:00.001", null, null, null), "direction", "sell"),
                // a profit-booking chain's later Order B, opened with a new signal's Order A: no pair
                dual(19, 7019, "TP_TRAIL", "USDJPY", "2025-05-05 12:00:00", null, null, null),
                with(dual(20, 7020, "PROFIT_TRAIL", "USDJPY", "2025-05-05 12:00:00.001", null, null, null),
                        "profit_chain_id", "p-1", "profit_level", 2));

        LegacyImportReport report = run(data, false);

        assertThat(report.trades()).extracting(TradePlan::kind, TradePlan::orderALegacyId, TradePlan::orderBLegacyId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pair", 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple("pair", 3L, 4L),
                        org.assertj.core.groups.Tuple.tuple("pair", 5L, 6L),
                        org.assertj.core.groups.Tuple.tuple("pair", 7L, 10L),
                        org.assertj.core.groups.Tuple.tuple("pair", 8L, 9L),
                        org.assertj.core.groups.Tuple.tuple("order_a_only", 11L, null),
                        org.assertj.core.groups.Tuple.tuple("order_b_only", null, 12L),
                        org.assertj.core.groups.Tuple.tuple("order_a_only", 13L, null),
                        org.assertj.core.groups.Tuple.tuple("order_b_only", null, 14L),
                        org.assertj.core.groups.Tuple.tuple("order_a_only", 15L, null),
                        org.assertj.core.groups.Tuple.tuple("order_b_only", null, 16L),
                        org.assertj.core.groups.Tuple.tuple("order_a_only", 17L, null),
                        org.assertj.core.groups.Tuple.tuple("order_b_only", null, 18L),
                        org.assertj.core.groups.Tuple.tuple("order_a_only", 19L, null),
                        org.assertj.core.groups.Tuple.tuple("order_b_only", null, 20L));
        assertThat(links(data)).hasSize(20);
        // the pair whose Order B came first enters at Order B's time
        assertThat(strings(DatabaseFile.V3.in(data), "SELECT entry_time FROM combined_v3_trades WHERE order_a_ticket = 7005"))
                .containsExactly("2025-05-05 09:00:00.400");
    }

    private static Map<String, Object> dual(long id, long ticket, String orderType, String symbol, String time, String chain,
            Integer level, String session) {
        return with(row(id, String.valueOf(ticket), symbol, "buy", 1.5, "open", time), "order_type", orderType,
                "chain_id", chain, "chain_level", level, "session_id", session, "logic_type", "LOGIC1");
    }

    @Test
    void an_order_saved_twice_is_imported_once_from_its_latest_save() {
        Path data = data();
        Path file = legacy(data, Age.FULL);
        LegacyFiles.insert(file,
                with(row(1, "8001", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00"), "order_type", "TP_TRAIL"),
                with(row(2, "8002", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00.003"), "order_type", "PROFIT_TRAIL"),
                with(row(3, "8001", "EURUSD", "buy", 1.1, "closed", "2025-06-01 10:00:00"), "order_type", "TP_TRAIL",
                        "pnl", 4.0, "close_time", "2025-06-01 10:05:00"));

        LegacyImportReport report = run(data, false);

        assertThat(report.resaved()).extracting(SkippedRow::describe).containsExactly(
                "legacy id 1: trade_id = '8001': the same ticket is saved again as legacy id 3; that latest save is imported");
        assertThat(report.skipped()).isEmpty();
        assertThat(trades(data)).containsExactly("8001|8002|8001|EURUSD|BUY|PARTIAL|LOGIC2|2025-06-01 10:00:00|-|4.0");
        assertThat(links(data)).containsExactly("2>1:ORDER_B", "3>1:ORDER_A");
    }

    @Test
    void a_second_run_imports_nothing_and_leaves_the_v3_file_byte_identical() {
        Path data = data();
        Path file = legacy(data, Age.FULL);
        LegacyFiles.insert(file,
                with(row(1, "9001", "EURUSD", "buy", 1.1, "closed", "2025-06-01 10:00:00"), "order_type", "TP_TRAIL"),
                with(row(2, "9002", "EURUSD", "buy", 1.1, "closed", "2025-06-01 10:00:00.003"), "order_type", "PROFIT_TRAIL"),
                row(3, "9003", "EURUSD", "hold", 1.1, "closed", "2025-06-01 10:00:00"));
        LegacyImportReport first = run(data, false);
        assertThat(first.importedTrades()).isEqualTo(1);
        Map<String, String> before = OpsFixtures.snapshot(data);

        LegacyImportReport second = run(data, false);

        assertThat(second.importedTrades()).isZero();
        assertThat(second.trades()).isEmpty();
        assertThat(second.alreadyImported()).isEqualTo(1);
        assertThat(second.skippedRows()).as("a bad row stays skipped, and reported").isEqualTo(1);
        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
    }

    @Test
    void rows_added_to_the_file_since_are_imported_and_what_was_imported_stays() {
        Path data = data();
        Path file = legacy(data, Age.FULL);
        LegacyFiles.insert(file,
                with(row(1, "9101", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00"), "order_type", "TP_TRAIL"));
        run(data, false);
        assertThat(trades(data)).containsExactly("9101|-|9101|EURUSD|BUY|OPEN|LOGIC2|2025-06-01 10:00:00|-|-");
        // Order B of that signal shows up later, and a new signal
        LegacyFiles.insert(file,
                with(row(2, "9102", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00.002"), "order_type", "PROFIT_TRAIL"),
                with(row(3, "9103", "GBPUSD", "sell", 1.3, "open", "2025-06-02 10:00:00"), "order_type", "TP_TRAIL"),
                with(row(4, "9104", "GBPUSD", "sell", 1.3, "open", "2025-06-02 10:00:00.001"), "order_type", "PROFIT_TRAIL"));

        LegacyImportReport second = run(data, false);

        assertThat(second.importedTrades()).isEqualTo(2);
        assertThat(trades(data)).containsExactly(
                "9101|-|9101|EURUSD|BUY|OPEN|LOGIC2|2025-06-01 10:00:00|-|-",
                "-|9102|9102|EURUSD|BUY|OPEN|LOGIC2|2025-06-01 10:00:00.002|-|-",
                "9103|9104|9103|GBPUSD|SELL|OPEN|LOGIC2|2025-06-02 10:00:00|-|-");
        assertThat(links(data)).containsExactly("1>1:ORDER_A", "2>2:ORDER_B", "3>3:ORDER_A", "4>3:ORDER_B");
    }

    @Test
    void a_ticket_a_v5_trade_already_holds_is_skipped_and_its_partner_imported_alone() {
        Path data = data();
        long v5Trade;
        try (DatabaseService db = DatabaseService.open(data)) {
            v5Trade = new V3TradeStore(db.plugin(DatabaseKey.V3_COMBINED)).open(new NewDualTrade(null, "EURUSD",
                    Direction.BUY, 1.1, "Liquidity_Trap", "15", 5, 0.5, null, LogicRoute.LOGIC1,
                    new DualOrder(9201L, 0.1, null, null), new DualOrder(9999L, 0.1, null, null), null)).id();
        }
        Path file = legacy(data, Age.FULL);
        LegacyFiles.insert(file,
                with(row(1, "9201", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00"), "order_type", "TP_TRAIL"),
                with(row(2, "9202", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00.002"), "order_type", "PROFIT_TRAIL"));

        LegacyImportReport report = run(data, false);

        assertThat(report.skipped()).extracting(SkippedRow::describe).containsExactly("legacy id 1: trade_id = '9201': the"
                + " ticket already belongs to V3 trade id " + v5Trade + ", which this import did not make");
        assertThat(links(data)).containsExactly("2>2:ORDER_B");
        assertThat(run(data, false).importedTrades()).as("and a re-run changes nothing").isZero();
    }

    @Test
    void a_dry_run_plans_what_the_real_run_does_and_writes_nothing() {
        Path data = data();
        Path file = legacy(data, Age.SESSIONS);
        LegacyFiles.insert(file,
                with(row(1, "9301", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00"), "order_type", "TP_TRAIL"),
                with(row(2, "9302", "EURUSD", "buy", 1.1, "open", "2025-06-01 10:00:00.002"), "order_type", "PROFIT_TRAIL"),
                with(row(3, "9303", "EURUSD", "buy", 1.1, "open", "2025-06-01 11:00:00"), "order_type", "PROFIT_TRAIL"));
        Map<String, String> before = OpsFixtures.snapshot(data);

        LegacyImportReport dry = run(data, true);

        assertThat(OpsFixtures.snapshot(data)).isEqualTo(before);
        assertThat(dry.importedTrades()).isZero();
        LegacyImportReport real = run(data, false);
        assertThat(real.trades()).isEqualTo(dry.trades());
        assertThat(dry.trades()).extracting(TradePlan::describe).containsExactly(
                "pair: legacy id 1 (Order A, ticket 9301) + legacy id 2 (Order B, ticket 9302) EURUSD BUY LOGIC2 (assumed)"
                        + " at 2025-06-01T10:00",
                "single: legacy id 3 (Order B only, ticket 9303) EURUSD BUY LOGIC2 (assumed) at 2025-06-01T11:00");
    }

    @Test
    void files_that_cannot_be_imported_are_refused_with_one_sentence_naming_them() throws Exception {
        Path data = data();
        Path missing = root.resolve("nowhere.db");
        assertThatThrownBy(() -> new LegacyImportOperation(data, missing, null).run(false))
                .isInstanceOf(BadPathException.class).hasMessage("no legacy database at " + missing
                        + " (give its path with --legacy FILE)");
        Path folder = Files.createDirectories(root.resolve("folder.db"));
        assertThatThrownBy(() -> new LegacyImportOperation(data, folder, null).run(false))
                .isInstanceOf(BadPathException.class).hasMessage(folder + " is a folder, not a legacy trading_bot.db file");
        Path empty = Files.createFile(root.resolve("empty.db"));
        assertThatThrownBy(() -> new LegacyImportOperation(data, empty, null).run(false))
                .isInstanceOf(BadPathException.class)
                .hasMessage(empty + " is an empty file (0 bytes), not a legacy trading_bot.db");
        Path text = Files.writeString(root.resolve("notes.db"), "not a database");
        assertThatThrownBy(() -> new LegacyImportOperation(data, text, null).run(false))
                .isInstanceOf(BadPathException.class).hasMessage(text + " is not a SQLite database (wrong file header)");
        Path v3 = DatabaseFile.V3.in(data);
        assertThatThrownBy(() -> new LegacyImportOperation(data, v3, null).run(false))
                .isInstanceOf(BadPathException.class).hasMessageContaining("is the V3 Combined Logic Database");
        Path noTrades = LegacyFiles.create(root.resolve("other.db"), Age.FULL, "delete");
        OpsFixtures.execute(noTrades, "ALTER TABLE trades RENAME TO old_trades");
        assertThatThrownBy(() -> new LegacyImportOperation(data, noTrades, null).run(false))
                .isInstanceOf(ZepixDbException.class).hasMessage(noTrades + " has no trades table: it is not a legacy trading_bot.db");
        Path noSymbol = LegacyFiles.create(root.resolve("nosymbol.db"), Age.FULL, "delete");
        OpsFixtures.execute(noSymbol, "ALTER TABLE trades DROP COLUMN symbol");
        assertThatThrownBy(() -> new LegacyImportOperation(data, noSymbol, null).run(false))
                .isInstanceOf(ZepixDbException.class).hasMessage(noSymbol
                        + ": its trades table has no symbol column, so no trade can be made of its rows");
        Path uninitialised = Files.createDirectories(root.resolve("empty"));
        Path legacyThere = LegacyFiles.create(uninitialised.resolve("trading_bot.db"), Age.FULL, "delete");
        assertThatThrownBy(() -> new LegacyImportOperation(uninitialised, legacyThere, null).run(false))
                .isInstanceOf(ZepixDbException.class).hasMessageContaining(DatabaseFile.V3.in(uninitialised).toString());
        assertThat(OpsFixtures.fileNames(uninitialised)).containsExactly("trading_bot.db");
    }

    static List<String> strings(Path db, String sql) {
        try (Connection c = com.zepix.db.ops.sqlite.ReadOnlyDatabase.open(db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
