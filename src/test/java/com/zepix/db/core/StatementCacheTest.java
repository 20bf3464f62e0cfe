package com.zepix.db.core;

import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.Cursor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's prepared statements are kept between calls, and that loosens nothing: every
 * prepare is still checked by the guard, a statement is usable only by the context that leased it
 * and only until it (or the context) is closed, constraint errors are still translated, and the
 * values stored are the ones jOOQ's own path stores.
 */
class StatementCacheTest {

    private static final DatabaseKey V3 = DatabaseKey.V3_COMBINED;
    private static final String SELECT_IDS = "SELECT id FROM v3_signals_log ORDER BY id";

    @TempDir
    Path dir;

    private DatabaseService db;
    private V3SignalLog log;

    @BeforeEach
    void open() {
        db = DatabaseService.open(TestDatabases.dataDir(dir));
        log = new V3SignalLog(db.plugin(V3));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static V3Signal signal(int score) {
        return new V3Signal("Liquidity_Trap", "EURUSD", Direction.SELL, "15", score, "{\"n\":" + score + "}");
    }

    @Test
    void the_same_insert_is_prepared_once_and_every_call_still_stores_its_own_values() {
        StatementCache cache = db.writerStatements(V3);
        log.logProcessed(signal(1));
        long preparedAfterFirst = cache.preparedCount();
        List<Long> ids = new ArrayList<>();
        for (int score = 2; score <= 9; score++) {
            ids.add(log.logProcessed(signal(score)));
        }
        assertThat(cache.preparedCount()).as("no insert prepared again").isEqualTo(preparedAfterFirst);
        List<Integer> scores = db.read(V3, ctx -> ctx.select(V3_SIGNALS_LOG.CONSENSUS_SCORE).from(V3_SIGNALS_LOG)
                .where(V3_SIGNALS_LOG.ID.in(ids)).orderBy(V3_SIGNALS_LOG.ID).fetch(V3_SIGNALS_LOG.CONSENSUS_SCORE));
        assertThat(scores).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void a_refused_text_is_refused_at_every_prepare_and_never_cached() {
        StatementCache cache = db.writerStatements(V3);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> db.write(V3, ctx -> ctx.execute("DELETE FROM aggregated_trades")))
                    .satisfies(e -> assertThat(isolationViolation(e)).as("%s", e).isTrue());
            assertThatThrownBy(() -> db.write(V3, ctx -> ctx.connection(c -> c.prepareStatement("DELETE FROM sqlite_master"))))
                    .satisfies(e -> assertThat(isolationViolation(e)).isTrue());
        }
        assertThat(cache.preparedCount()).isZero();
    }

    @Test
    void a_statement_closed_by_its_user_is_dead_even_when_its_text_is_leased_again() {
        log.logProcessed(signal(1));
        db.write(V3, ctx -> ctx.connection(c -> {
            PreparedStatement first = c.prepareStatement(SELECT_IDS);
            first.executeQuery().close();
            first.close();
            assertThat(first.isClosed()).isTrue();
            PreparedStatement second = c.prepareStatement(SELECT_IDS);
            try (ResultSet rs = second.executeQuery()) {
                assertThatThrownBy(first::executeQuery).isInstanceOf(SQLException.class).hasMessageContaining("closed");
                assertThatThrownBy(() -> first.setInt(1, 1)).isInstanceOf(SQLException.class);
                first.close(); // closing again touches nothing
                assertThat(rs.next()).as("the second user's result set is untouched").isTrue();
            }
            second.close();
        }));
    }

    @Test
    void a_statement_and_result_set_kept_past_the_call_run_nothing_and_do_not_block_the_next_call() throws Exception {
        log.logProcessed(signal(1));
        log.logProcessed(signal(2));
        AtomicReference<PreparedStatement> keptStatement = new AtomicReference<>();
        AtomicReference<ResultSet> keptResult = new AtomicReference<>();
        db.write(V3, ctx -> ctx.connection(c -> {
            PreparedStatement ps = c.prepareStatement(SELECT_IDS);
            ResultSet rs = ps.executeQuery();
            rs.next();
            keptStatement.set(ps); // never closed by its user
            keptResult.set(rs);
        }));
        StatementCache cache = db.writerStatements(V3);
        long prepared = cache.preparedCount();
        List<Long> ids = db.read(V3, ctx -> ctx.fetch(SELECT_IDS).getValues(0, Long.class));
        db.write(V3, ctx -> ctx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_IDS); ResultSet rs = ps.executeQuery()) {
                assertThatThrownBy(() -> keptResult.get().next()).satisfies(e -> assertThat(isolationViolation(e)).isTrue());
                assertThatThrownBy(() -> keptStatement.get().executeQuery())
                        .satisfies(e -> assertThat(isolationViolation(e)).isTrue());
                List<Long> seen = new ArrayList<>();
                while (rs.next()) {
                    seen.add(rs.getLong(1));
                }
                assertThat(seen).as("the reused statement starts from the first row").isEqualTo(ids);
            }
        }));
        assertThat(cache.preparedCount()).as("the statement left open was given back when its call ended").isEqualTo(prepared);
        keptResult.get().close();
        keptStatement.get().close(); // closing what it opened stays possible, and harmless
        assertThat(log.findRecent(10)).hasSize(2);
    }

    @Test
    void a_lazy_cursor_left_open_by_the_work_is_closed_when_the_call_ends() {
        log.logProcessed(signal(1));
        log.logProcessed(signal(2));
        db.write(V3, ctx -> {
            Cursor<?> cursor = ctx.selectFrom(V3_SIGNALS_LOG).fetchLazy();
            cursor.fetchNext();
        });
        assertThat(db.<Integer>read(V3, ctx -> ctx.fetchCount(V3_SIGNALS_LOG))).isEqualTo(2);
        log.logProcessed(signal(3));
        assertThat(db.<Integer>read(V3, ctx -> ctx.fetchCount(V3_SIGNALS_LOG))).isEqualTo(3);
    }

    @Test
    void statement_settings_do_not_carry_over_to_the_next_user() {
        for (int score = 0; score < 3; score++) {
            log.logProcessed(signal(score));
        }
        db.write(V3, ctx -> ctx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_IDS)) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(count(rs)).isEqualTo(1);
                }
            }
        }));
        db.write(V3, ctx -> ctx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_IDS); ResultSet rs = ps.executeQuery()) {
                assertThat(count(rs)).as("no row limit inherited").isEqualTo(3);
            }
        }));
    }

    @Test
    void a_constraint_violation_is_translated_on_every_execution_and_the_statement_keeps_working() {
        log.logProcessed(signal(1));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> log.logProcessed(new V3Signal("Liquidity_Trap", "EURUSD", Direction.BUY, "15", 5,
                    "{not json")))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                            e -> assertThat(e.table()).isEqualTo("v3_signals_log"));
            log.logProcessed(signal(2));
        }
        assertThat(db.<Integer>read(V3, ctx -> ctx.fetchCount(V3_SIGNALS_LOG))).isEqualTo(4);
    }

    @Test
    void a_write_that_fails_rolls_back_and_leaves_the_writer_ready_for_the_next() {
        assertThatThrownBy(() -> db.write(V3, ctx -> {
            ctx.insertInto(V3_SIGNALS_LOG).set(V3_SIGNALS_LOG.SIGNAL_TYPE, "t").set(V3_SIGNALS_LOG.SYMBOL, "EURUSD")
                    .execute();
            throw new IllegalStateException("work failed");
        })).hasMessage("work failed");
        long id = log.logProcessed(signal(5));
        assertThat(log.findRecent(10)).extracting(s -> s.id()).containsExactly(id);
    }

    @Test
    void timestamps_written_through_a_cached_statement_are_stored_as_through_a_fresh_one() {
        LocalDateTime received = LocalDateTime.of(2026, 11, 3, 8, 9, 10, 120_000_000);
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = db.writeAndGet(V3, ctx -> ctx.insertInto(V3_SIGNALS_LOG).set(V3_SIGNALS_LOG.SIGNAL_TYPE, "t")
                    .set(V3_SIGNALS_LOG.SYMBOL, "EURUSD").set(V3_SIGNALS_LOG.RECEIVED_TIME, received)
                    .returning(V3_SIGNALS_LOG.ID).fetchSingle(V3_SIGNALS_LOG.ID));
            stored.add(db.read(V3, ctx -> ctx.fetchValue("SELECT received_time FROM v3_signals_log WHERE id = ?", id))
                    .toString());
        }
        assertThat(stored).as("the first insert prepared afresh, the others cached").hasSize(3).containsOnly(stored.get(0));
        assertThat(db.<List<LocalDateTime>>read(V3, ctx -> ctx.selectDistinct(V3_SIGNALS_LOG.RECEIVED_TIME).from(V3_SIGNALS_LOG)
                .fetch(V3_SIGNALS_LOG.RECEIVED_TIME))).containsExactly(received);
    }

    private static int count(ResultSet rs) throws SQLException {
        int n = 0;
        while (rs.next()) {
            n++;
        }
        return n;
    }

    private static boolean isolationViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IsolationViolationException) {
                return true;
            }
        }
        return false;
    }
}
