package com.zepix.db.core;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.testsupport.TestDatabases;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

/**
 * The rendered-once insert stores exactly what jOOQ's own insert stores, returns the new id, fails
 * with the same translated exception, and is checked by the isolation guard at every call.
 */
class RenderedInsertTest extends StoreTestBase {

    private static final List<Field<?>> TRADE_COLUMNS = List.of(AGGREGATED_TRADES.PLUGIN_ID,
            AGGREGATED_TRADES.PLUGIN_TYPE, AGGREGATED_TRADES.MT5_TICKET, AGGREGATED_TRADES.SYMBOL,
            AGGREGATED_TRADES.DIRECTION, AGGREGATED_TRADES.LOT_SIZE, AGGREGATED_TRADES.ENTRY_TIME,
            AGGREGATED_TRADES.EXIT_TIME, AGGREGATED_TRADES.PROFIT_DOLLARS, AGGREGATED_TRADES.STATUS);
    private static final RenderedInsert<Long> TRADE_INSERT =
            RenderedInsert.of(AGGREGATED_TRADES, AGGREGATED_TRADES.ID, TRADE_COLUMNS);

    private static final List<Object[]> VALUES = List.of(
            new Object[] {"combined_v3", PluginType.V3_COMBINED, 0L, "EURUSD", Direction.BUY, 0.30000000000000004,
                    LocalDateTime.of(2026, 11, 1, 9, 30, 5, 123_456_789), LocalDateTime.of(2026, 11, 1, 10, 0),
                    -12.345, TradeStatus.CLOSED},
            new Object[] {"price_action_5m", null, 0L, "XAUUSD", null, null, LocalDateTime.of(2026, 2, 28, 23, 59, 59),
                    null, null, null});

    @Test
    void every_column_is_stored_exactly_as_jooq_stores_it_and_the_new_id_comes_back() throws SQLException {
        for (int v = 0; v < VALUES.size(); v++) {
            Object[] jooqRow = VALUES.get(v).clone();
            Object[] renderedRow = VALUES.get(v).clone();
            jooqRow[2] = 1000L + v;
            renderedRow[2] = 2000L + v;
            long id = db.writeAndGet(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
                ctx.insertInto(AGGREGATED_TRADES, TRADE_COLUMNS).values(jooqRow).execute();
                return TRADE_INSERT.insert(ctx, renderedRow);
            });
            assertThat(db.<Long>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.select(AGGREGATED_TRADES.MT5_TICKET)
                    .from(AGGREGATED_TRADES).where(AGGREGATED_TRADES.ID.eq(id)).fetchSingle(AGGREGATED_TRADES.MT5_TICKET)))
                    .isEqualTo(renderedRow[2]);
            assertThat(stored("zepix_bot.db", "aggregated_trades", "mt5_ticket = " + renderedRow[2]))
                    .isEqualTo(stored("zepix_bot.db", "aggregated_trades", "mt5_ticket = " + jooqRow[2]));
        }
    }

    @Test
    void booleans_integers_and_nulls_of_the_signal_log_are_stored_as_jooq_stores_them() throws SQLException {
        List<Field<?>> columns = List.of(V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL,
                V3_SIGNALS_LOG.CONSENSUS_SCORE, V3_SIGNALS_LOG.PROCESSED, V3_SIGNALS_LOG.TRADE_PLACED,
                V3_SIGNALS_LOG.TRADE_ID, V3_SIGNALS_LOG.SKIP_REASON);
        RenderedInsert<Long> insert = RenderedInsert.of(V3_SIGNALS_LOG, V3_SIGNALS_LOG.ID, columns);
        db.write(DatabaseKey.V3_COMBINED, ctx -> {
            ctx.insertInto(V3_SIGNALS_LOG).columns(columns).values("jooq", "EURUSD", 7, true, false, null, null)
                    .execute();
            insert.insert(ctx, "rendered", "EURUSD", 7, true, false, null, null);
        });
        List<String> jooq = stored("zepix_combined_v3.db", "v3_signals_log", "signal_type = 'jooq'");
        List<String> rendered = stored("zepix_combined_v3.db", "v3_signals_log", "signal_type = 'rendered'");
        // past received_time (the insert's own clock) and signal_type
        assertThat(rendered.subList(2, rendered.size())).isEqualTo(jooq.subList(2, jooq.size()));
    }

    @Test
    void a_constraint_error_is_translated_exactly_as_on_the_jooq_path_and_rolls_back() {
        Object[] unknownPlugin = VALUES.get(0).clone();
        unknownPlugin[0] = "no_such_plugin";
        Throwable viaJooq = catchFrom(() -> db.write(DatabaseKey.CENTRAL_SYSTEM,
                ctx -> ctx.insertInto(AGGREGATED_TRADES, TRADE_COLUMNS).values(unknownPlugin).execute()));
        for (int attempt = 0; attempt < 2; attempt++) {
            Throwable viaRendered = catchFrom(() -> db.write(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
                Object[] good = VALUES.get(0).clone();
                good[2] = 77L;
                TRADE_INSERT.insert(ctx, good);
                TRADE_INSERT.insert(ctx, unknownPlugin);
            }));
            assertThat(viaJooq).isInstanceOf(ConstraintViolationException.class);
            assertThat(viaRendered).isInstanceOf(ConstraintViolationException.class).hasMessage(viaJooq.getMessage());
            assertThat(((ConstraintViolationException) viaRendered).constraint())
                    .isEqualTo(((ConstraintViolationException) viaJooq).constraint());
        }
        assertThat(db.<Integer>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetchCount(AGGREGATED_TRADES))).isZero();
    }

    @Test
    void the_isolation_guard_refuses_it_on_another_keys_context_at_every_call() {
        db.write(DatabaseKey.CENTRAL_SYSTEM, ctx -> TRADE_INSERT.insert(ctx, withTicket(5L)));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> db.write(DatabaseKey.V3_COMBINED, ctx -> TRADE_INSERT.insert(ctx, withTicket(6L))))
                    .satisfies(e -> assertThat(isolationViolation(e)).as("%s", e).isTrue());
        }
        assertThat(db.<Integer>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetchCount(AGGREGATED_TRADES))).isEqualTo(1);
    }

    @Test
    void a_wrong_number_of_values_or_a_foreign_column_is_refused_before_anything_runs() {
        assertThatThrownBy(() -> db.write(DatabaseKey.CENTRAL_SYSTEM, ctx -> TRADE_INSERT.insert(ctx, "combined_v3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("10 values expected, got 1");
        assertThatThrownBy(() -> RenderedInsert.of(AGGREGATED_TRADES, AGGREGATED_TRADES.ID,
                List.of(AGGREGATED_TRADES.SYMBOL, V3_SIGNALS_LOG.SYMBOL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in aggregated_trades");
    }

    private static Object[] withTicket(long ticket) {
        Object[] row = VALUES.get(0).clone();
        row[2] = ticket;
        return row;
    }

    private static boolean isolationViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IsolationViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable catchFrom(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private List<String> stored(String file, String table, String where) throws SQLException {
        return TestDatabases.storedColumns(dir.resolve(file), table, where, "id", "mt5_ticket");
    }
}
