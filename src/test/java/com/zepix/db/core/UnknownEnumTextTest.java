package com.zepix.db.core;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.jooq.tables.records.AggregatedTradesRecord;
import com.zepix.db.testsupport.ForcedRows;
import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v6.V6SignalLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enum text outside the enum, forced into a real file past its CHECK (as a writer with
 * {@code ignore_check_constraints} on can), fails the read naming table, column, row and value.
 * jOOQ's EnumConverter read it as NULL: on a nullable column, a silent "no value".
 */
class UnknownEnumTextTest {

    @TempDir
    Path dir;

    @Test
    void an_unknown_signal_target_fails_the_read_instead_of_reading_as_all_plugins() {
        Path data = TestDatabases.dataDir(dir);
        ForcedRows.withoutChecks(DatabaseFile.V6.in(data), "INSERT INTO v6_signals_log (signal_type, plugin_target, symbol)"
                + " VALUES ('BULLISH_ENTRY', 'price_action_2h', 'EURUSD')");
        long bad = ForcedRows.withoutChecks(DatabaseFile.V6.in(data), "INSERT INTO v6_signals_log (signal_type,"
                + " plugin_target, symbol) VALUES ('BULLISH_ENTRY', 'price_action_2h', 'GBPUSD')");

        try (DatabaseService db = DatabaseService.open(data)) {
            V6SignalLog log = new V6SignalLog(db.plugin(DatabaseKey.V6_PRICE_ACTION_5M));

            assertThatThrownBy(() -> log.findRecent(10))
                    .isInstanceOf(UnknownEnumValueException.class)
                    .hasMessage("v6_signals_log.plugin_target row id " + bad + ": 'price_action_2h' is not a V6PluginTarget"
                            + " ('price_action_1m', 'price_action_5m', 'price_action_15m', 'price_action_1h');"
                            + " run verify to list every such row");
        }
    }

    @Test
    void an_unknown_trade_status_on_a_nullable_column_is_an_error_not_a_null() {
        Path data = TestDatabases.dataDir(dir);
        long bad = ForcedRows.withoutChecks(DatabaseFile.CENTRAL.in(data), "INSERT INTO aggregated_trades (plugin_id,"
                + " mt5_ticket, symbol, status) VALUES ('combined_v3', 7, 'EURUSD', 'REOPENED')");

        try (DatabaseService db = DatabaseService.open(data)) {
            PluginDatabase central = db.plugin(DatabaseKey.CENTRAL_SYSTEM);

            assertThatThrownBy(() -> central.read(ctx -> ctx.selectFrom(AGGREGATED_TRADES).fetch()))
                    .isInstanceOf(UnknownEnumValueException.class)
                    .hasMessageStartingWith("aggregated_trades.status row id " + bad + ": 'REOPENED' is not a TradeStatus"
                            + " ('OPEN', 'PARTIAL', 'CLOSED')");
            assertThatThrownBy(() -> central.read(ctx -> ctx.select(AGGREGATED_TRADES.STATUS).from(AGGREGATED_TRADES).fetch()))
                    .isInstanceOf(UnknownEnumValueException.class)
                    .hasMessageStartingWith("aggregated_trades.status (row not identified: the query did not select its id):"
                            + " 'REOPENED' is not a TradeStatus");
        }
    }

    @Test
    void an_enum_whose_name_starts_with_a_vowel_takes_an() {
        Path data = TestDatabases.dataDir(dir);
        long bad = ForcedRows.withoutChecks(DatabaseFile.V6.in(data), "INSERT INTO price_action_1h_trades (order_a_ticket,"
                + " symbol, direction, lot_size, entry_price, status) VALUES (7, 'EURUSD', 'BUY', 0.1, 1.1, 'REOPENED')");

        try (DatabaseService db = DatabaseService.open(data)) {
            assertThatThrownBy(() -> db.plugin(DatabaseKey.V6_PRICE_ACTION_1H).read(ctx -> ctx.selectFrom(
                    com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1H_TRADES).fetch()))
                    .isInstanceOf(UnknownEnumValueException.class)
                    .hasMessageStartingWith("price_action_1h_trades.status row id " + bad + ": 'REOPENED' is not an OrderStatus"
                            + " ('OPEN', 'CLOSED')");
        }
    }

    @Test
    void known_text_and_null_still_read_and_write_as_before() {
        Path data = TestDatabases.dataDir(dir);
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginDatabase central = db.plugin(DatabaseKey.CENTRAL_SYSTEM);
            central.write(ctx -> ctx.insertInto(AGGREGATED_TRADES).set(AGGREGATED_TRADES.PLUGIN_ID, "combined_v3")
                    .set(AGGREGATED_TRADES.MT5_TICKET, 1L).set(AGGREGATED_TRADES.SYMBOL, "EURUSD")
                    .set(AGGREGATED_TRADES.STATUS, TradeStatus.PARTIAL).execute());
            central.write(ctx -> ctx.insertInto(AGGREGATED_TRADES).set(AGGREGATED_TRADES.PLUGIN_ID, "combined_v3")
                    .set(AGGREGATED_TRADES.MT5_TICKET, 2L).set(AGGREGATED_TRADES.SYMBOL, "EURUSD").execute());

            List<AggregatedTradesRecord> rows = central.read(ctx -> ctx.selectFrom(AGGREGATED_TRADES)
                    .where(AGGREGATED_TRADES.STATUS.eq(TradeStatus.PARTIAL).or(AGGREGATED_TRADES.STATUS.isNull()))
                    .orderBy(AGGREGATED_TRADES.MT5_TICKET).fetch());
            assertThat(rows).extracting(AggregatedTradesRecord::getStatus).containsExactly(TradeStatus.PARTIAL, null);
        }
        assertThat(com.zepix.db.testsupport.OpsFixtures.strings(DatabaseFile.CENTRAL.in(data),
                "SELECT quote(status) FROM aggregated_trades ORDER BY mt5_ticket")).containsExactly("'PARTIAL'", "NULL");
    }
}
