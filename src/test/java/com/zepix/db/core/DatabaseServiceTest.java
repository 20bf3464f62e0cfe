package com.zepix.db.core;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.SYSTEM_CONFIG;
import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static com.zepix.db.v6.jooq.Tables.MARKET_TRENDS;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions, isolation and error translation of the service plugins call. */
class DatabaseServiceTest {

    @TempDir
    Path dir;

    private DatabaseService db;

    @BeforeEach
    void open() {
        db = DatabaseService.open(TestDatabases.dataDir(dir));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_15m_context_refuses_the_1m_trades_table_before_sqlite_sees_it() {
        assertThatThrownBy(() -> db.read(DatabaseKey.V6_PRICE_ACTION_15M,
                ctx -> ctx.selectFrom(PRICE_ACTION_1M_TRADES).fetch()))
                .isInstanceOf(IsolationViolationException.class)
                .hasMessageContaining("price_action_1m_trades")
                .hasMessageContaining("v6_price_action_15m");
        // its own and the shared tables are fine
        assertThat(db.<Integer>read(DatabaseKey.V6_PRICE_ACTION_15M, ctx -> ctx.fetchCount(PRICE_ACTION_15M_TRADES)
                + ctx.fetchCount(MARKET_TRENDS))).isZero();
    }

    @Test
    void the_v3_context_refuses_v6_and_central_tables_even_aliased_or_in_a_write() {
        assertThatThrownBy(() -> db.read(DatabaseKey.V3_COMBINED, ctx -> ctx.fetchCount(MARKET_TRENDS)))
                .isInstanceOf(IsolationViolationException.class).hasMessageContaining("market_trends");
        assertThatThrownBy(() -> db.read(DatabaseKey.V3_COMBINED,
                ctx -> ctx.selectFrom(AGGREGATED_TRADES.as("t")).fetch()))
                .isInstanceOf(IsolationViolationException.class).hasMessageContaining("aggregated_trades");
        assertThatThrownBy(() -> db.write(DatabaseKey.V3_COMBINED,
                ctx -> ctx.deleteFrom(SYSTEM_CONFIG).execute()))
                .isInstanceOf(IsolationViolationException.class).hasMessageContaining("system_config");
        assertThat(db.<Integer>read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetchCount(SYSTEM_CONFIG))).isEqualTo(4);
    }

    @Test
    void an_alias_of_an_own_table_is_allowed() {
        var t = COMBINED_V3_TRADES.as("t");
        assertThat(db.<Integer>read(DatabaseKey.V3_COMBINED, ctx -> ctx.selectCount().from(t).fetchOne(0, int.class)))
                .isZero();
    }

    @Test
    void plain_sql_is_checked_like_any_statement_on_the_sql_that_reaches_sqlite() {
        assertThatThrownBy(() -> db.write(DatabaseKey.V3_COMBINED, ctx -> ctx.execute("DELETE FROM central.system_config")))
                .isInstanceOf(IsolationViolationException.class).hasMessageContaining("system_config");
        assertThatThrownBy(() -> db.read(DatabaseKey.V3_COMBINED, ctx -> ctx.fetch("SELECT * FROM market_trends")))
                .isInstanceOf(IsolationViolationException.class).hasMessageContaining("market_trends");
        assertThatThrownBy(() -> db.read(DatabaseKey.V6_PRICE_ACTION_1M,
                ctx -> ctx.selectFrom(DSL.table("price_action_5m_trades")).fetch()))
                .isInstanceOf(IsolationViolationException.class).hasMessageContaining("price_action_5m_trades");
        // on its own tables a context may use plain SQL: what runs is checked, not how it was written
        assertThat(db.<Object>read(DatabaseKey.V6_PRICE_ACTION_1M,
                ctx -> ctx.select(DSL.field("count(*)")).from(PRICE_ACTION_1M_TRADES).fetchOne(0))).isEqualTo(0);
        assertThat(db.<Integer>read(DatabaseKey.V6_PRICE_ACTION_1M, ctx -> ctx.resultQuery("SELECT 1").fetch().size()))
                .isEqualTo(1);
    }

    @Test
    void a_write_that_throws_is_rolled_back_whole() {
        assertThatThrownBy(() -> db.write(DatabaseKey.V3_COMBINED, ctx -> {
            ctx.insertInto(V3_SIGNALS_LOG).set(V3_SIGNALS_LOG.SIGNAL_TYPE, "A").set(V3_SIGNALS_LOG.SYMBOL, "X").execute();
            throw new IllegalStateException("plugin failed half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("plugin failed half-way");
        assertThat(db.<Integer>read(DatabaseKey.V3_COMBINED, ctx -> ctx.fetchCount(V3_SIGNALS_LOG))).isZero();
    }

    @Test
    void a_constraint_sqlite_refuses_surfaces_as_one_exception_naming_table_and_constraint() {
        assertThatThrownBy(() -> db.write(DatabaseKey.V3_COMBINED, ctx -> ctx.insertInto(V3_SIGNALS_LOG)
                .set(V3_SIGNALS_LOG.SIGNAL_TYPE, "A").set(V3_SIGNALS_LOG.SYMBOL, "X")
                .set(V3_SIGNALS_LOG.SIGNAL_JSON, "{broken").execute()))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.table()).isEqualTo("v3_signals_log");
                    assertThat(e.constraint()).contains("CHECK constraint failed").contains("json_valid");
                    assertThat(e).hasMessageContaining("v3_combined");
                });
        assertThat(db.<Integer>read(DatabaseKey.V3_COMBINED, ctx -> ctx.fetchCount(V3_SIGNALS_LOG))).isZero();
    }

    @Test
    void reads_cannot_write() {
        assertThatThrownBy(() -> db.read(DatabaseKey.V3_COMBINED, ctx -> ctx.deleteFrom(V3_SIGNALS_LOG).execute()))
                .hasMessageContaining("readonly");
    }

    @Test
    void connections_run_wal_with_foreign_keys_full_sync_and_a_busy_timeout() throws Exception {
        db.close();
        Path v3 = DatabaseFile.V3.in(dir);
        try (Connection c = SqliteConnections.openForWriting(v3, SqliteSettings.durable());
                Statement st = c.createStatement()) {
            assertThat(pragma(st, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(st, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(st, "synchronous")).isEqualTo("2"); // FULL
            assertThat(Integer.parseInt(pragma(st, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
        }
        try (Connection c = SqliteConnections.openForWriting(v3, SqliteSettings.durable().withNormalSync());
                Statement st = c.createStatement()) {
            assertThat(pragma(st, "synchronous")).isEqualTo("1"); // NORMAL, only when asked for
        }
        db = DatabaseService.open(dir);
    }

    @Test
    void closing_after_reads_and_writes_leaves_no_wal_or_shm_behind() throws Exception {
        db.write(DatabaseKey.V3_COMBINED, ctx -> ctx.insertInto(V3_SIGNALS_LOG)
                .set(V3_SIGNALS_LOG.SIGNAL_TYPE, "A").set(V3_SIGNALS_LOG.SYMBOL, "X").execute());
        for (DatabaseKey key : DatabaseKey.values()) {
            db.read(key, ctx -> ctx.selectOne().fetch());
        }
        db.close();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("zepix_combined_v3.db", "zepix_price_action.db", "zepix_bot.db");
        }
        db = DatabaseService.open(dir);
    }

    private static String pragma(Statement st, String name) throws Exception {
        try (var rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
