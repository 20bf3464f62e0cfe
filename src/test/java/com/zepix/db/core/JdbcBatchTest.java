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
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.junit.jupiter.api.Test;

/**
 * The rendered-once, bound-by-JDBC bulk path writes exactly what jOOQ writes, translates
 * constraint errors exactly as jOOQ's path does, and is checked by the isolation guard.
 */
class JdbcBatchTest extends StoreTestBase {

    private static final List<Field<?>> TRADE_COLUMNS = List.of(AGGREGATED_TRADES.PLUGIN_ID,
            AGGREGATED_TRADES.PLUGIN_TYPE, AGGREGATED_TRADES.MT5_TICKET, AGGREGATED_TRADES.SYMBOL,
            AGGREGATED_TRADES.DIRECTION, AGGREGATED_TRADES.LOT_SIZE, AGGREGATED_TRADES.ENTRY_TIME,
            AGGREGATED_TRADES.EXIT_TIME, AGGREGATED_TRADES.PROFIT_DOLLARS, AGGREGATED_TRADES.STATUS);

    private static Query tradeInsert(DSLContext ctx, int rows) {
        var insert = ctx.insertInto(AGGREGATED_TRADES, AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.PLUGIN_TYPE,
                AGGREGATED_TRADES.MT5_TICKET, AGGREGATED_TRADES.SYMBOL, AGGREGATED_TRADES.DIRECTION,
                AGGREGATED_TRADES.LOT_SIZE, AGGREGATED_TRADES.ENTRY_TIME, AGGREGATED_TRADES.EXIT_TIME,
                AGGREGATED_TRADES.PROFIT_DOLLARS, AGGREGATED_TRADES.STATUS);
        for (int i = 0; i < rows; i++) {
            insert = insert.values((String) null, null, null, null, null, null, null, null, null, null);
        }
        return insert;
    }

    private static final List<Object[]> VALUES = List.of(
            new Object[] {"combined_v3", PluginType.V3_COMBINED, 0L, "EURUSD", Direction.BUY, 0.30000000000000004,
                    LocalDateTime.of(2026, 11, 1, 9, 30, 5, 123_456_789), LocalDateTime.of(2026, 11, 1, 10, 0),
                    -12.345, TradeStatus.CLOSED},
            new Object[] {"price_action_5m", null, 0L, "XAUUSD", null, null, LocalDateTime.of(2026, 2, 28, 23, 59, 59),
                    null, null, null});

    @Test
    void every_column_is_stored_exactly_as_jooq_stores_it() throws SQLException {
        for (int v = 0; v < VALUES.size(); v++) {
            Object[] jooqRow = VALUES.get(v).clone();
            Object[] batchRow = VALUES.get(v).clone();
            jooqRow[2] = 1000L + v;
            batchRow[2] = 2000L + v;
            db.write(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
                var insert = ctx.insertInto(AGGREGATED_TRADES, TRADE_COLUMNS).values(jooqRow);
                insert.execute();
                try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> tradeInsert(ctx, rows), AGGREGATED_TRADES,
                        TRADE_COLUMNS)) {
                    batch.add(batchRow);
                    assertThat(batch.execute()).isEqualTo(1);
                }
            });
            assertThat(stored("zepix_bot.db", "aggregated_trades", "mt5_ticket = " + batchRow[2]))
                    .isEqualTo(stored("zepix_bot.db", "aggregated_trades", "mt5_ticket = " + jooqRow[2]));
        }
        // booleans and integers, through the bulk import of the V3 signal log
        db.write(DatabaseKey.V3_COMBINED, ctx -> {
            ctx.insertInto(V3_SIGNALS_LOG, V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL,
                    V3_SIGNALS_LOG.CONSENSUS_SCORE, V3_SIGNALS_LOG.PROCESSED, V3_SIGNALS_LOG.TRADE_PLACED)
                    .values("jooq", "EURUSD", 7, true, false).execute();
            try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> {
                var insert = ctx.insertInto(V3_SIGNALS_LOG, V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL,
                        V3_SIGNALS_LOG.CONSENSUS_SCORE, V3_SIGNALS_LOG.PROCESSED, V3_SIGNALS_LOG.TRADE_PLACED);
                for (int i = 0; i < rows; i++) {
                    insert = insert.values((String) null, null, null, null, null);
                }
                return insert;
            }, V3_SIGNALS_LOG, List.of(V3_SIGNALS_LOG.SIGNAL_TYPE, V3_SIGNALS_LOG.SYMBOL, V3_SIGNALS_LOG.CONSENSUS_SCORE,
                    V3_SIGNALS_LOG.PROCESSED, V3_SIGNALS_LOG.TRADE_PLACED))) {
                batch.add("jdbc", "EURUSD", 7, true, false);
                batch.execute();
            }
        });
        List<String> jooq = stored("zepix_combined_v3.db", "v3_signals_log", "signal_type = 'jooq'");
        List<String> jdbc = stored("zepix_combined_v3.db", "v3_signals_log", "signal_type = 'jdbc'");
        assertThat(jdbc.subList(2, jdbc.size())).isEqualTo(jooq.subList(2, jooq.size())); // past id and signal_type
    }

    @Test
    void rows_beyond_one_statement_are_all_written_and_counted() {
        int n = JdbcBatch.MAX_ROWS_PER_STATEMENT * 2 + 37;
        int written = db.writeAndGet(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
            try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> tradeInsert(ctx, rows), AGGREGATED_TRADES,
                    TRADE_COLUMNS)) {
                for (long t = 1; t <= n; t++) {
                    batch.add("combined_v3", PluginType.V3_COMBINED, t, "EURUSD", Direction.SELL, 0.1,
                            LocalDateTime.of(2026, 11, 2, 8, 0), null, null, TradeStatus.OPEN);
                }
                return batch.execute();
            }
        });
        assertThat(written).isEqualTo(n);
        assertThat(db.<Integer>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetchCount(AGGREGATED_TRADES))).isEqualTo(n);
    }

    @Test
    void a_tail_is_cut_into_a_few_statement_sizes_so_each_run_prepares_a_handful_of_texts() {
        int n = 2 * 100 + 20 + 3 * 5 + 2; // 237: two of 100, one of 20, three of 5, two of 1
        var sizes = db.writeAndGet(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
            try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> tradeInsert(ctx, rows), AGGREGATED_TRADES,
                    TRADE_COLUMNS)) {
                for (long t = 1; t <= n; t++) {
                    batch.add("combined_v3", PluginType.V3_COMBINED, t, "EURUSD", Direction.SELL, 0.1,
                            LocalDateTime.of(2026, 11, 2, 8, 0), null, null, TradeStatus.OPEN);
                }
                assertThat(batch.execute()).isEqualTo(n);
                return batch.preparedRowCounts();
            }
        });
        assertThat(sizes).containsExactlyInAnyOrder(100, 20, 5, 1);
        assertThat(db.<List<Long>>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.select(AGGREGATED_TRADES.MT5_TICKET)
                .from(AGGREGATED_TRADES).orderBy(AGGREGATED_TRADES.ID).fetch(AGGREGATED_TRADES.MT5_TICKET)))
                .as("every row once, in the order added")
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, n).boxed().toList());
    }

    @Test
    void a_constraint_error_is_translated_exactly_as_on_the_jooq_path_and_rolls_back() {
        Object[] unknownPlugin = VALUES.get(0).clone();
        unknownPlugin[0] = "no_such_plugin";
        Throwable viaJooq = catchFrom(() -> db.write(DatabaseKey.CENTRAL_SYSTEM,
                ctx -> ctx.insertInto(AGGREGATED_TRADES, TRADE_COLUMNS).values(unknownPlugin).execute()));
        Throwable viaBatch = catchFrom(() -> db.write(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
            try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> tradeInsert(ctx, rows), AGGREGATED_TRADES,
                    TRADE_COLUMNS)) {
                Object[] good = VALUES.get(0).clone();
                good[2] = 77L;
                batch.add(good);
                batch.add(unknownPlugin);
                batch.execute();
            }
        }));
        assertThat(viaJooq).isInstanceOf(ConstraintViolationException.class);
        assertThat(viaBatch).isInstanceOf(ConstraintViolationException.class).hasMessage(viaJooq.getMessage());
        assertThat(((ConstraintViolationException) viaBatch).constraint())
                .isEqualTo(((ConstraintViolationException) viaJooq).constraint());
        assertThat(db.<Integer>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetchCount(AGGREGATED_TRADES))).isZero();
    }

    @Test
    void the_isolation_guard_checks_the_rendered_statement_before_anything_is_prepared() {
        assertThatThrownBy(() -> db.write(DatabaseKey.V3_COMBINED, ctx -> {
            try (JdbcBatch batch = JdbcBatch.prepare(ctx, rows -> tradeInsert(ctx, rows), AGGREGATED_TRADES,
                    TRADE_COLUMNS)) {
                batch.add(VALUES.get(0));
                batch.execute();
            }
        })).isInstanceOf(IsolationViolationException.class).hasMessageContaining("aggregated_trades");
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
