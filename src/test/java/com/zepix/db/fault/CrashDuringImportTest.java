package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.cli.Main;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.sqlite.ReadOnlyDatabase;
import com.zepix.db.testsupport.LegacyFiles;
import com.zepix.db.testsupport.OpsFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL {@code import-legacy} in a child JVM once it has committed its first batch, before its
 * last: what it left is whole trades, each with the links to its legacy rows, and the next run
 * finishes the job, ending exactly where an uninterrupted import ends.
 */
class CrashDuringImportTest {

    private static final String TRADES = "SELECT id || '|' || coalesce(order_a_ticket, '-') || '|' || coalesce(order_b_ticket, '-')"
            + " || '|' || status || '|' || entry_time || '|' || coalesce(total_profit_dollars, '-') FROM combined_v3_trades ORDER BY id";
    private static final String LINKS = "SELECT legacy_id || '>' || trade_id || ':' || order_type FROM legacy_trade_imports"
            + " ORDER BY legacy_id";

    @TempDir
    Path root;

    @Test
    void an_import_killed_part_way_leaves_whole_trades_and_the_next_run_finishes_it() throws Exception {
        Path legacy = root.resolve("trading_bot_legacy.db");
        LegacyFiles.generate(legacy, 30_000, 2026L);
        Map<String, String> legacyBytes = OpsFixtures.snapshot(root);

        Path clean = OpsFixtures.initialisedDataDir(root.resolve("clean"));
        Result uninterrupted = runToEnd("import-legacy", "--data-dir", clean.toString(), "--legacy", legacy.toString());
        assertThat(uninterrupted.exitCode()).as("the generated file has bad rows").isEqualTo(1);
        List<String> expectedTrades = rows(DatabaseFile.V3.in(clean), TRADES);
        List<String> expectedLinks = rows(DatabaseFile.V3.in(clean), LINKS);
        assertThat(expectedTrades).hasSizeGreaterThan(3 * 1_000);

        Path data = null;
        long linksAtKill = 0;
        for (int attempt = 0; attempt < 4 && (linksAtKill == 0 || linksAtKill == expectedLinks.size()); attempt++) {
            data = OpsFixtures.initialisedDataDir(root.resolve("killed-" + attempt));
            Process child = start("import-legacy", "--data-dir", data.toString(), "--legacy", legacy.toString());
            Path v3 = DatabaseFile.V3.in(data);
            // Kill as soon as the first batch has committed: the rest are still to come.
            while (child.isAlive() && count(v3, "legacy_trade_imports") == 0) {
                Thread.sleep(5);
            }
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            linksAtKill = count(v3, "legacy_trade_imports");
            System.out.printf("CrashDuringImportTest: attempt %d left %d of %d links%n", attempt, linksAtKill,
                    expectedLinks.size());
        }
        assertThat(linksAtKill).as("the import was really killed part-way").isPositive().isLessThan(expectedLinks.size());

        Path v3 = DatabaseFile.V3.in(data);
        assertThat(count(v3, "combined_v3_trades")).as("whole batches only").isPositive()
                .isLessThan(expectedTrades.size());
        assertThat(query(v3, "SELECT count(*) FROM combined_v3_trades t WHERE NOT EXISTS"
                + " (SELECT 1 FROM legacy_trade_imports l WHERE l.trade_id = t.id)")).as("trades without links").isZero();
        assertThat(query(v3, "SELECT count(*) FROM combined_v3_trades t WHERE (order_a_ticket IS NOT NULL)"
                + " + (order_b_ticket IS NOT NULL) <> (SELECT count(*) FROM legacy_trade_imports l WHERE l.trade_id = t.id)"))
                .as("trades missing a link of one of their orders").isZero();
        assertThat(rows(v3, TRADES)).as("what was committed is what the clean run wrote")
                .isEqualTo(expectedTrades.subList(0, (int) count(v3, "combined_v3_trades")));

        long tradesAtKill = count(v3, "combined_v3_trades");
        Result finish = runToEnd("import-legacy", "--data-dir", data.toString(), "--legacy", legacy.toString());
        assertThat(finish.exitCode()).as(finish.output()).isEqualTo(1);
        assertThat(finish.output()).contains("Imported " + (expectedTrades.size() - tradesAtKill) + " trades",
                "Already imported by an earlier run: " + tradesAtKill + " trades");
        assertThat(rows(v3, TRADES)).isEqualTo(expectedTrades);
        assertThat(rows(v3, LINKS)).isEqualTo(expectedLinks);
        Result verify = runToEnd("verify", "--data-dir", data.toString());
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(OpsFixtures.snapshot(root)).as("the legacy file").containsAllEntriesOf(legacyBytes);
    }

    private static long count(Path db, String table) throws InterruptedException {
        return query(db, "SELECT count(*) FROM " + table);
    }

    /** Reads while the child may be writing; a moment when the child has made its -wal but not yet its -shm is retried. */
    private static long query(Path db, String sql) throws InterruptedException {
        for (int tries = 0; ; tries++) {
            try (Connection c = ReadOnlyDatabase.open(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException | ZepixDbException e) {
                if (tries > 200) {
                    throw new IllegalStateException(e);
                }
                Thread.sleep(5);
            }
        }
    }

    private static List<String> rows(Path db, String sql) throws SQLException {
        try (Connection c = ReadOnlyDatabase.open(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Result runToEnd(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        child.getInputStream().transferTo(out);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(child.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
