package com.zepix.db.ops.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseUnavailableException;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why verify cannot simply open a read-only connection, and what it does instead. The first test
 * records SQLite's behaviour; the others hold ReadOnlyDatabase to leaving the folder as it was.
 */
class ReadOnlyDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void a_plain_read_only_connection_leaves_wal_and_shm_behind_on_a_closed_wal_database() throws SQLException {
        Path db = OpsFixtures.initialisedDataDir(dir).resolve(DatabaseFile.CENTRAL.fileName());
        try (Connection c = SqliteConnections.openForReading(db, SqliteSettings.durable())) {
            SqliteChecks.tables(c);
        }
        assertThat(ReadOnlyDatabase.sibling(db, "-wal")).exists();
        assertThat(ReadOnlyDatabase.sibling(db, "-shm")).exists();
    }

    @Test
    void a_closed_wal_database_is_read_without_a_trace() throws SQLException {
        Path db = OpsFixtures.initialisedDataDir(dir).resolve(DatabaseFile.CENTRAL.fileName());
        Map<String, String> before = OpsFixtures.snapshot(dir);
        try (Connection c = ReadOnlyDatabase.open(db)) {
            assertThat(SqliteChecks.integrityProblems(c)).isEmpty();
            assertThat(SqliteChecks.count(c, "plugins_registry")).isEqualTo(5);
        }
        assertThat(OpsFixtures.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void a_live_database_is_read_through_its_wal_and_nothing_is_added() throws SQLException {
        Path db = OpsFixtures.initialisedDataDir(dir).resolve(DatabaseFile.CENTRAL.fileName());
        try (Connection writer = SqliteConnections.openForWriting(db, SqliteSettings.durable());
                Statement st = writer.createStatement()) {
            st.execute("INSERT INTO system_events (event_type) VALUES ('LIVE')");
            // The commit is in the -wal only: an immutable read of the main file would miss it.
            try (Connection c = ReadOnlyDatabase.open(db)) {
                assertThat(SqliteChecks.count(c, "system_events")).isEqualTo(1);
            }
            // A connection of this very process holds the -shm's lock: the database is live, not left by a crash.
            assertThat(ShmLocks.isOpenByAnyProcess(ReadOnlyDatabase.sibling(db, "-shm"))).contains(true);
            assertThat(ReadOnlyDatabase.leftOpenByEndedProcess(db)).isFalse();
            assertThat(OpsFixtures.fileNames(dir)).containsExactlyInAnyOrder("zepix_bot.db", "zepix_bot.db-wal", "zepix_bot.db-shm",
                    "zepix_combined_v3.db", "zepix_price_action.db");
        }
    }

    @Test
    void a_rollback_journal_database_is_read_without_a_trace() throws SQLException {
        Path legacy = OpsFixtures.legacyDatabase(dir, 3, "delete");
        Map<String, String> before = OpsFixtures.snapshot(dir);
        assertThat(ReadOnlyDatabase.isWalMode(legacy)).isFalse();
        try (Connection c = ReadOnlyDatabase.open(legacy)) {
            assertThat(SqliteChecks.count(c, "trades")).isEqualTo(3);
        }
        assertThat(OpsFixtures.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void a_wal_without_its_shm_is_refused_rather_than_read_by_creating_one() throws Exception {
        Path db = OpsFixtures.initialisedDataDir(dir).resolve(DatabaseFile.CENTRAL.fileName());
        Files.write(ReadOnlyDatabase.sibling(db, "-wal"), new byte[0]);
        assertThatThrownBy(() -> ReadOnlyDatabase.open(db))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(db.toString())
                .hasMessageContaining("not closed cleanly");
        assertThat(ReadOnlyDatabase.sibling(db, "-shm")).doesNotExist();
    }

    @Test
    void a_folder_name_with_uri_characters_still_works() throws SQLException {
        Path odd = OpsFixtures.initialisedDataDir(dir.resolve("a ?b#c%20d"));
        try (Connection c = ReadOnlyDatabase.open(DatabaseFile.V3.in(odd))) {
            assertThat(SqliteChecks.domainTables(c)).contains("combined_v3_trades");
        }
    }
}
