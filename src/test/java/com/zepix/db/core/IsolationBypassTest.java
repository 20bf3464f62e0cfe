package com.zepix.db.core;

import static com.zepix.db.central.jooq.Tables.SYSTEM_CONFIG;
import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static com.zepix.db.v6.jooq.Tables.MARKET_TRENDS;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.testsupport.DataSnapshot;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.sqlite.SQLiteConnection;

/**
 * Each way an adversarial plugin author found (or might find) around the isolation, tried from the
 * 15m context against the 1m table, central and the file itself: every one is refused, and the
 * three files hold exactly what they held before.
 */
class IsolationBypassTest {

    private static final DatabaseKey M15 = DatabaseKey.V6_PRICE_ACTION_15M;

    @TempDir
    Path dir;

    private DatabaseService db;
    private Map<String, String> before;

    @BeforeEach
    void open() {
        db = DatabaseService.open(TestDatabases.dataDir(dir));
        PluginTrades trades = new PluginTrades(db);
        trades.m1(7001L, LocalDateTime.of(2026, 11, 1, 9, 0), false, null);
        trades.m15(7002L, LocalDateTime.of(2026, 11, 1, 9, 0), false, null);
        before = DataSnapshot.of(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The attempt throws IsolationViolationException (maybe wrapped by jOOQ) naming {@code what}, and nothing changed. */
    private void assertRefused(DatabaseKey key, boolean write, ThrowingConsumer<DSLContext> attempt, String what) {
        DatabaseWork<Object> work = ctx -> {
            try {
                attempt.accept(ctx);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            return null;
        };
        assertThatThrownBy(() -> {
            if (write) {
                db.writeAndGet(key, work);
            } else {
                db.read(key, work);
            }
        }).satisfies(e -> assertThat(rootIsolationViolation(e)).as("an IsolationViolationException in %s", e)
                .isNotNull().hasMessageContaining(what));
        assertThat(DataSnapshot.of(dir)).isEqualTo(before);
    }

    private static Throwable rootIsolationViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IsolationViolationException) {
                return t;
            }
        }
        return null;
    }

    @Test
    void a_table_renamed_to_another_plugins_name_is_refused_for_select_insert_update_and_delete() {
        var disguised = PRICE_ACTION_15M_TRADES.rename("price_action_1m_trades");
        assertRefused(M15, false, ctx -> ctx.select(disguised.ID, disguised.SYMBOL).from(disguised).fetch(),
                "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.insertInto(disguised).set(disguised.SYMBOL, "X")
                .set(disguised.DIRECTION, Direction.BUY).set(disguised.LOT_SIZE, 1.0)
                .set(disguised.ENTRY_PRICE, 1.0).execute(), "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.update(disguised).set(disguised.SYMBOL, "HACKED").execute(),
                "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.deleteFrom(disguised).execute(), "price_action_1m_trades");
    }

    @Test
    void a_union_smuggled_in_as_a_query_option_is_refused() {
        assertRefused(M15, false, ctx -> ctx.select(PRICE_ACTION_15M_TRADES.SYMBOL).from(PRICE_ACTION_15M_TRADES)
                .option("union all select symbol from price_action_1m_trades").fetch(), "price_action_1m_trades");
    }

    @Test
    void another_tables_name_aliased_or_as_plain_sql_is_refused() {
        assertRefused(M15, false, ctx -> ctx.selectFrom(PRICE_ACTION_1M_TRADES.as("mine")).fetch(), "price_action_1m_trades");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM price_action_1m_trades"), "price_action_1m_trades");
        assertRefused(M15, false, ctx -> ctx.selectFrom(DSL.table("price_action_1m_trades")).fetch(),
                "price_action_1m_trades");
        assertRefused(M15, false, ctx -> ctx.selectFrom(PRICE_ACTION_15M_TRADES)
                .where(DSL.condition("exists (select 1 from price_action_1m_trades)")).fetch(), "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.execute("DELETE FROM price_action_1m_trades"), "price_action_1m_trades");
    }

    @Test
    void a_cte_and_a_returning_clause_that_read_another_table_are_refused() {
        var cte = DSL.name("c").as(DSL.selectFrom(PRICE_ACTION_1M_TRADES));
        assertRefused(M15, false, ctx -> ctx.with(cte).selectFrom(cte).fetch(), "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.execute("UPDATE price_action_15m_trades SET symbol = 'Y'"
                + " RETURNING (SELECT symbol FROM price_action_1m_trades)"), "price_action_1m_trades");
    }

    @Test
    void jdbc_through_ctx_connection_is_checked_the_same_way() {
        assertRefused(M15, false, ctx -> ctx.connection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM price_action_1m_trades")) {
                rs.next();
            }
        }), "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.connection(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE price_action_1m_trades SET symbol = 'HACKED'");
            }
        }), "price_action_1m_trades");
        assertRefused(M15, true, ctx -> ctx.connection(c -> {
            try (Statement st = c.createStatement()) {
                st.addBatch("DELETE FROM price_action_1m_trades");
                st.executeBatch();
            }
        }), "price_action_1m_trades");
    }

    @Test
    void the_connection_providers_connection_is_the_guarded_one() {
        assertRefused(M15, true, ctx -> {
            Connection c = ctx.configuration().connectionProvider().acquire();
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM price_action_1m_trades")) {
                ps.executeUpdate();
            }
        }, "price_action_1m_trades");
        assertRefused(M15, false, ctx -> {
            Connection c = ctx.parsingConnection();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM price_action_1m_trades")) {
                rs.next();
            }
        }, "price_action_1m_trades");
    }

    @Test
    void nothing_a_context_hands_out_leads_back_to_the_raw_connection() {
        db.write(M15, ctx -> ctx.connection(c -> {
            assertThat(c.isWrapperFor(SQLiteConnection.class)).isFalse();
            assertThatThrownBy(() -> c.unwrap(SQLiteConnection.class)).hasMessageContaining("cannot be unwrapped");
            assertThat(c).isNotInstanceOf(SQLiteConnection.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT symbol FROM price_action_15m_trades");
                    ResultSet rs = ps.executeQuery()) {
                assertThat(ps.getConnection()).isSameAs(c);
                assertThat(rs.getStatement().getConnection()).isSameAs(c);
                // sqlite-jdbc answers these two with the statement and the result set themselves
                assertThat(ps.getParameterMetaData()).isNotInstanceOf(Statement.class);
                assertThat(rs.getMetaData()).isNotInstanceOf(ResultSet.class);
                assertThatThrownBy(() -> rs.unwrap(ResultSet.class)).hasMessageContaining("cannot be unwrapped");
                assertThatThrownBy(() -> ps.unwrap(PreparedStatement.class)).hasMessageContaining("cannot be unwrapped");
            }
        }));
        assertRefused(M15, false, ctx -> ctx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT symbol FROM price_action_15m_trades");
                    ResultSet rs = ps.executeQuery()) {
                rs.getStatement().getConnection().createStatement().executeQuery("SELECT * FROM price_action_1m_trades");
            }
        }), "price_action_1m_trades");
    }

    @Test
    void attach_is_refused_on_the_writer_and_on_a_pooled_reader() {
        String central = DatabaseFile.CENTRAL.in(dir).toString();
        assertRefused(M15, true, ctx -> ctx.connection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("ATTACH DATABASE '" + central + "' AS c");
                st.executeUpdate("UPDATE c.system_config SET value = 'HACKED'");
            }
        }), "ATTACH");
        assertRefused(M15, false, ctx -> ctx.execute("ATTACH DATABASE '" + central + "' AS c"), "ATTACH");
        assertRefused(M15, false, ctx -> ctx.execute("ATTACH DATABASE '" + dir.resolve("new.db") + "' AS n"), "ATTACH");
        // a later read on any pooled connection sees only its own file
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM c.system_config"), "c.system_config");
    }

    @Test
    void statements_that_are_not_plain_dml_are_refused() {
        String[] notDml = {
            "CREATE TABLE x (a)", "CREATE TEMP TABLE x (a)", "DROP TABLE price_action_15m_trades",
            "ALTER TABLE price_action_15m_trades ADD COLUMN x", "CREATE INDEX i ON price_action_15m_trades (symbol)",
            "CREATE VIEW v AS SELECT * FROM price_action_1m_trades",
            "CREATE TRIGGER t AFTER INSERT ON price_action_15m_trades BEGIN DELETE FROM price_action_1m_trades; END",
            "PRAGMA user_version = 7", "PRAGMA journal_mode = DELETE", "PRAGMA foreign_keys = OFF", "PRAGMA table_info(x)",
            "DETACH DATABASE main", "VACUUM", "VACUUM INTO '" + dir.resolve("copy.db") + "'", "REINDEX", "ANALYZE",
            "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT s", "RELEASE s", "EXPLAIN SELECT 1",
            "backup to " + dir.resolve("b.db"), "restore from " + dir.resolve("b.db"),
        };
        for (String sql : notDml) {
            assertRefused(M15, true, ctx -> ctx.connection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                }
            }), "refused");
        }
    }

    @Test
    void sqlites_own_tables_temp_and_virtual_tables_are_refused() {
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM sqlite_master"), "sqlite_master");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM \"SQLITE_SCHEMA\""), "SQLITE_SCHEMA");
        assertRefused(M15, true, ctx -> ctx.execute("UPDATE sqlite_sequence SET seq = 9223372036854775807"),
                "sqlite_sequence");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM 'sqlite_sequence'"), "sqlite_sequence");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM temp.sqlite_temp_master"), "sqlite_temp_master");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM pragma_table_info('price_action_1m_trades')"), "VOpen");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT name FROM pragma_table_list"), "VOpen");
    }

    @Test
    void two_statements_in_one_string_are_refused_however_they_are_sent() {
        String two = "SELECT 1 FROM price_action_15m_trades; DELETE FROM price_action_1m_trades";
        assertRefused(M15, true, ctx -> ctx.connection(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(two);
            }
        }), "more than one statement");
        assertRefused(M15, true, ctx -> ctx.execute(two), "more than one statement");
        assertRefused(M15, true, ctx -> ctx.execute("SELECT 1 /* ; */ ; -- x\n DELETE FROM market_trends"),
                "more than one statement");
    }

    @Test
    void transaction_control_through_the_context_is_refused_and_the_whole_write_rolls_back() {
        assertRefused(M15, true, ctx -> {
            ctx.update(PRICE_ACTION_15M_TRADES).set(PRICE_ACTION_15M_TRADES.SYMBOL, "CHANGED").execute();
            ctx.connection(Connection::commit);
        }, "Connection.commit");
        assertRefused(M15, true, ctx -> {
            ctx.update(PRICE_ACTION_15M_TRADES).set(PRICE_ACTION_15M_TRADES.SYMBOL, "CHANGED").execute();
            ctx.connection(c -> c.setAutoCommit(true));
        }, "Connection.setAutoCommit");
        assertRefused(M15, true, ctx -> {
            ctx.update(PRICE_ACTION_15M_TRADES).set(PRICE_ACTION_15M_TRADES.SYMBOL, "CHANGED").execute();
            ctx.transaction(inner -> inner.dsl().deleteFrom(MARKET_TRENDS).execute());
        }, "Connection.");
        assertRefused(M15, false, ctx -> ctx.connection(Connection::close), "Connection.close");
    }

    @Test
    void database_metadata_is_refused_with_a_message_that_says_so() {
        assertRefused(M15, false, ctx -> ctx.meta().getTables(), "database metadata");
        assertRefused(M15, false, ctx -> ctx.connection(Connection::getMetaData), "database metadata");
    }

    @Test
    void a_context_kept_after_its_call_returned_runs_nothing() throws Exception {
        AtomicReference<DSLContext> kept = new AtomicReference<>();
        AtomicReference<Connection> keptConnection = new AtomicReference<>();
        AtomicReference<PreparedStatement> keptStatement = new AtomicReference<>();
        db.write(M15, ctx -> {
            kept.set(ctx);
            ctx.connection(c -> {
                keptConnection.set(c);
                keptStatement.set(c.prepareStatement("DELETE FROM price_action_15m_trades"));
            });
        });
        assertThatThrownBy(() -> kept.get().insertInto(PRICE_ACTION_15M_TRADES).set(PRICE_ACTION_15M_TRADES.SYMBOL, "X")
                .set(PRICE_ACTION_15M_TRADES.DIRECTION, Direction.BUY).set(PRICE_ACTION_15M_TRADES.LOT_SIZE, 1.0)
                .set(PRICE_ACTION_15M_TRADES.ENTRY_PRICE, 1.0).execute())
                .satisfies(e -> assertThat(rootIsolationViolation(e)).hasMessageContaining("after its read or write returned"));
        assertThatThrownBy(() -> kept.get().fetchCount(PRICE_ACTION_15M_TRADES))
                .satisfies(e -> assertThat(rootIsolationViolation(e)).isNotNull());
        assertThatThrownBy(() -> keptConnection.get().createStatement())
                .hasMessageContaining("after its read or write returned");
        assertThatThrownBy(() -> keptStatement.get().executeUpdate())
                .hasMessageContaining("after its read or write returned");
        keptStatement.get().close(); // closing what it opened stays possible
        assertThat(DataSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void a_trigger_that_writes_another_plugins_table_makes_the_statement_refused() throws Exception {
        db.close();
        try (Connection c = TestDatabases.open(DatabaseFile.V6.in(dir)); Statement st = c.createStatement()) {
            // as if someone added it by hand: the sub-program SQLite would run is part of what is checked
            st.execute("CREATE TRIGGER spill AFTER UPDATE ON price_action_15m_trades"
                    + " BEGIN UPDATE price_action_1m_trades SET symbol = new.symbol; END");
        }
        db = DatabaseService.open(dir);
        before = DataSnapshot.of(dir);
        assertRefused(M15, true, ctx -> ctx.update(PRICE_ACTION_15M_TRADES)
                .set(PRICE_ACTION_15M_TRADES.SYMBOL, "SPILLED").execute(), "price_action_1m_trades");
    }

    @Test
    void other_databases_tables_are_refused_with_the_same_message() {
        assertRefused(DatabaseKey.V3_COMBINED, false, ctx -> ctx.fetchCount(MARKET_TRENDS), "market_trends");
        assertRefused(M15, true, ctx -> ctx.deleteFrom(SYSTEM_CONFIG).execute(), "system_config");
        assertRefused(M15, true, ctx -> ctx.deleteFrom(V3_SIGNALS_LOG).execute(), "v3_signals_log");
        assertRefused(M15, false, ctx -> ctx.fetch("SELECT * FROM flyway_schema_history"), "flyway_schema_history");
    }

    @Test
    void what_a_context_may_do_still_works_plain_sql_on_its_own_tables_included() {
        int rows = db.writeAndGet(M15, ctx -> {
            ctx.execute("UPDATE price_action_15m_trades SET symbol = 'GBPUSD'");
            ctx.insertInto(MARKET_TRENDS).set(MARKET_TRENDS.SYMBOL, "GBPUSD").set(MARKET_TRENDS.TIMEFRAME, "15")
                    .onConflictDoNothing().execute();
            return ctx.fetchCount(PRICE_ACTION_15M_TRADES);
        });
        assertThat(rows).isEqualTo(1);
        assertThat(db.<String>read(M15, ctx -> (String) ctx.fetchValue("SELECT symbol FROM price_action_15m_trades")))
                .isEqualTo("GBPUSD");
    }
}
