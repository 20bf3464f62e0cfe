package com.zepix.db.ops.backup;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SqliteConnections;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.sqlite.SqliteChecks;
import com.zepix.db.ops.sqlite.SqliteCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Restores into the live database through SQLite's backup API, on a connection to the live file:
 * first its current content is copied out (VACUUM INTO, one read transaction) to the replaced
 * name, then the checked copy of the backup is written over it page by page in one write
 * transaction. SQLite's locks and WAL make that safe for any other connection to the file, which
 * renaming files under them is not.
 */
final class LiveRestore {

    private LiveRestore() {
    }

    /**
     * Returns the kept file, or null when the live database cannot take a restore in place
     * (missing, or too damaged to open or copy); then nothing was changed and the caller renames.
     */
    static List<Path> intoLiveDatabase(DatabaseFile db, Path checkedCopy, Path live, Path keptName)
            throws SQLException, IOException {
        if (!Files.exists(live) || !SqliteConnections.isSqliteFile(live) || Files.size(live) == 0) {
            return null;
        }
        Connection c;
        try {
            c = SqliteConnections.openForWriting(live, SqliteSettings.durable());
        } catch (SQLException e) {
            return null;
        }
        try (c) {
            Path keptTemp = RestoreLeftovers.newReplacedCopy(live.toAbsolutePath().getParent(), db);
            try {
                SqliteCopy.vacuumInto(c, keptTemp, null, live.getFileName().toString());
            } catch (SQLException e) {
                RestoreOperation.deleteWithJournals(keptTemp);
                if (isDamage(e)) {
                    return null;
                }
                throw e;
            }
            SqliteCopy.fsync(keptTemp);
            Files.move(keptTemp, keptName, StandardCopyOption.ATOMIC_MOVE);
            SqliteCopy.fsyncFolder(keptName.toAbsolutePath().getParent());
            matchPageSize(checkedCopy, c);
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().restore("main", checkedCopy.toString(), null);
            if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLException("SQLite's backup API failed with " + SQLiteErrorCode.getErrorCode(rc)
                        + "; " + live + " still holds its previous content");
            }
            List<String> damage = SqliteChecks.integrityProblems(c);
            if (!damage.isEmpty()) {
                throw new SQLException(live + " fails integrity_check after the restore: " + damage.get(0)
                        + "; its previous content is kept as " + keptName);
            }
        }
        RestoreOperation.deleteWithJournals(checkedCopy);
        return List.of(keptName);
    }

    /**
     * The backup API cannot change the page size of a database in WAL mode; a backup made with
     * another page size is rebuilt with the live one first (the copy is ours, in the data folder).
     */
    private static void matchPageSize(Path checkedCopy, Connection live) throws SQLException {
        String livePageSize = SqliteChecks.strings(live, "PRAGMA page_size").get(0);
        try (Connection copy = SqliteConnections.dataSource(checkedCopy, new org.sqlite.SQLiteConfig()).getConnection();
                var st = copy.createStatement()) {
            if (!SqliteChecks.strings(copy, "PRAGMA page_size").get(0).equals(livePageSize)) {
                st.execute("PRAGMA journal_mode = DELETE");
                st.execute("PRAGMA page_size = " + Integer.parseInt(livePageSize));
                st.execute("VACUUM");
            }
        }
    }

    private static boolean isDamage(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException se) {
            int primary = se.getResultCode().code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }
}
