package com.zepix.db.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.SqlLogging;
import com.zepix.db.testsupport.LoggingChildJvm;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.jooq.ExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the library logs through SLF4J, seen from outside: a child JVM runs the library with the
 * test classpath's backend (slf4j-jdk14, the command line's) configured at the levels an operator
 * would set, and this test reads its stderr. Lines read {@code LEVEL logger - message}.
 */
class LibraryLoggingTest {

    @TempDir
    Path dir;

    @Test
    void sql_at_debug_shows_each_statement_with_its_binds_time_and_rows() throws Exception {
        String log = runChild("com.zepix.db.sql.level=FINE");

        List<String> sql = lines(log, "FINE com.zepix.db.sql - ");
        assertThat(sql).as(log).anySatisfy(line -> assertThat(line)
                .containsPattern("\\[v6_price_action_15m\\] \\d+\\.\\d\\d ms, 1 row: insert into price_action_15m_trades ")
                .contains("-- binds [777000001, 'EURUSD', 'BUY', 0.1, 1.085, 1.08, 1.095, 60, 3, 1]"));
        assertThat(sql).anySatisfy(line -> assertThat(line)
                .contains("1 row: update price_action_15m_trades set status = ?")
                .containsPattern("binds \\['CLOSED', '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?', 1.095, 100.0, 'TP', 1\\]"));
        assertThat(sql).anySatisfy(line -> assertThat(line)
                .contains("[v6_price_action_15m]", "1 row: select count(*) from price_action_15m_trades"));
        assertThat(sql).as("the signal log's rendered insert, run on JDBC, logged as jOOQ's queries are")
                .anySatisfy(line -> assertThat(line)
                        .containsPattern("\\[v3_combined\\] \\d+\\.\\d\\d ms, 1 row: insert into v3_signals_log ")
                        .contains("-- binds ['Liquidity_Trap', 'GBPUSD', 'SELL', '5', 4, '{}', false, false, null, 'outside session']"));
        assertThat(sql).as("the sync's bulk upsert (JdbcBatch, run on JDBC) is logged with its row count")
                .anySatisfy(line -> assertThat(line)
                        .containsPattern("\\[central_system\\] \\d+\\.\\d\\d ms, 1 row: insert into aggregated_trades ")
                        .endsWith("-- 1 row bound"));
        assertThat(sql).as("a refused statement is logged as not run")
                .anySatisfy(line -> assertThat(line).contains("[v6_price_action_15m] refused, not run: table price_action_1m_trades"));
        assertThat(sql).as("the sync's statements on central, through its own key")
                .anySatisfy(line -> assertThat(line).contains("[central_system]", "aggregated_trades"));
        assertThat(sql).as("the refused statement never reached SQLite, so no SQL of it is logged")
                .noneMatch(line -> line.contains("[v6_price_action_15m]") && line.contains(" ms, ")
                        && line.contains("price_action_1m_trades"));
    }

    @Test
    void sql_is_not_logged_at_the_default_level() throws Exception {
        String log = runChild("com.zepix.db.level=INFO");

        assertThat(log).contains("INFO com.zepix.db.core.DatabaseService - opened")
                .doesNotContain("com.zepix.db.sql").doesNotContain("insert into");
    }

    @Test
    void outcomes_and_refusals_are_logged_for_the_operator() throws Exception {
        String log = runChild("com.zepix.db.level=INFO");

        assertThat(log).as(log)
                .contains("INFO com.zepix.db.ops.init.InitOperation - init " + dir.resolve("data").resolve("zepix_bot.db") + ": created at schema version")
                .contains("INFO com.zepix.db.core.DatabaseService - opened [V3, V6, CENTRAL] under " + dir.resolve("data")
                        + " (synchronous=FULL, SQL logging off)")
                .contains("WARNING com.zepix.db.core.GuardedJdbcHandler - statement refused: table price_action_1m_trades"
                        + " is not one of the v6_price_action_15m key's tables")
                .containsPattern("INFO com.zepix.db.ops.sync.TradeSync - sync price_action_15m +1 new")
                .contains("WARNING com.zepix.db.ops.backup.RestoreOperation - restore refused, nothing was changed: "
                        + dir.resolve("data").resolve("not-a-backup.db") + " is not a SQLite database");
        assertThat(lines(log, " - ")).noneMatch(line -> line.startsWith("FINE"));
    }

    @Test
    void a_service_opened_while_sql_logging_is_off_installs_no_listener() {
        // this test JVM's logging.properties turns this project's loggers off
        assertThat(SqlLogging.isEnabled()).isFalse();
        try (DatabaseService db = DatabaseService.open(TestDatabases.dataDir(dir))) {
            ExecuteListenerProvider[] listeners = db.plugin(DatabaseKey.V3_COMBINED)
                    .read(ctx -> ctx.configuration().executeListenerProviders());
            assertThat(listeners).extracting(p -> p.provide().getClass().getSimpleName())
                    .contains("ConstraintTranslator").doesNotContain("SqlLogListener");
        }
    }

    /** @param levels java.util.logging settings on top of: warnings of everything, one line each, to stderr */
    private String runChild(String... levels) throws Exception {
        String text = LoggingChildJvm.run(dir, List.of(), LoggingChild.class, List.of(dir.resolve("data").toString()), levels);
        assertThat(text).contains("refused as expected", "restore refused as expected");
        return text;
    }

    private static List<String> lines(String log, String marker) {
        return log.lines().filter(line -> line.contains(marker)).toList();
    }
}
