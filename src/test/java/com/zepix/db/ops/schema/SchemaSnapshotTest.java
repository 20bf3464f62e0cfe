package com.zepix.db.ops.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot of generated/schema: what SQLite keeps, laid out for a reviewer. */
class SchemaSnapshotTest {

    @TempDir
    Path dir;

    /**
     * Issue 16: SQLite splices an added column into the stored CREATE text before its final
     * parenthesis, which showed as {@code , broker_comment TEXT);} after the previous line's ")".
     */
    @Test
    void columns_added_by_alter_table_get_lines_of_their_own() throws Exception {
        String snapshot;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"));
                Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE trades (
                        id     INTEGER PRIMARY KEY,
                        status TEXT CHECK (status IN ('OPEN', 'CLOSED'))
                    )""");
            st.execute("ALTER TABLE trades ADD COLUMN broker_comment TEXT");
            st.execute("ALTER TABLE trades ADD COLUMN fee REAL NOT NULL DEFAULT 0 CHECK (fee >= 0 AND fee IN (0, 1, 2))");
            st.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            st.execute("ALTER TABLE notes ADD COLUMN author TEXT");
            snapshot = SchemaSnapshot.of(c);
        }

        assertThat(snapshot).isEqualTo("""
                CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, author TEXT);

                CREATE TABLE trades (
                    id     INTEGER PRIMARY KEY,
                    status TEXT CHECK (status IN ('OPEN', 'CLOSED')),
                    broker_comment TEXT,
                    fee REAL NOT NULL DEFAULT 0 CHECK (fee >= 0 AND fee IN (0, 1, 2))
                );
                """);
    }
}
