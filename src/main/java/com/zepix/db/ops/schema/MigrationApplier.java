package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.files.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteDataSource;

/**
 * Applies migrations with Flyway into a throwaway in-memory database and reads what they produce:
 * the only place a schema is derived from migrations (schema-diff's revisions, and
 * {@link ExpectedSchema} for verify, restore and the drift check).
 */
public final class MigrationApplier {

    private MigrationApplier() {
    }

    /** Reads the freshly migrated scratch database. */
    interface ScratchReader<T> {
        T read(Connection scratch, MigrateResult result) throws SQLException;
    }

    /** The schema one database's files of {@code set} produce; empty when the set has none for it. */
    public static SchemaModel apply(DatabaseFile db, MigrationSet set) {
        if (set.of(db).isEmpty()) {
            return SchemaModel.empty();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zepix-migrations-");
            set.writeTo(db, dir);
            String where = "the migrations of schema/" + db.schemaFolder() + " at "
                    + (MigrationSet.WORKING_TREE.equals(set.label()) ? "the working tree" : set.label());
            String location = "filesystem:" + dir.toAbsolutePath();
            return migrate(where, ds -> SchemaMigrations.flyway(db, ds, location), (c, result) -> SchemaReader.read(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Folders.deleteTree(dir);
        }
    }

    /** What this program's packaged migrations of {@code db} produce, up to and including {@code target}. */
    static <T> T applyPackaged(DatabaseFile db, MigrationVersion target, ScratchReader<T> reader) {
        return migrate("this program's migrations of " + db.schemaFolder() + " up to version " + target,
                ds -> Flyway.configure(MigrationApplier.class.getClassLoader())
                        .configuration(SchemaMigrations.flyway(db, ds).getConfiguration())
                        .target(target)
                        .load(),
                reader);
    }

    private static <T> T migrate(String what, Function<SQLiteDataSource, Flyway> flyway, ScratchReader<T> reader) {
        // Flyway opens and closes its own connections (SQLite gets one at a time). A plain ":memory:"
        // database would vanish with the first one it closes; a named shared-cache memory database lives
        // as long as any connection to it is open, so the one held here keeps it for reading afterwards.
        // No file is written, and each call gets its own name, so comparisons never see each other.
        String url = "jdbc:sqlite:file:zepix-scratch-" + UUID.randomUUID() + "?mode=memory&cache=shared";
        try (Connection holder = DriverManager.getConnection(url)) {
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl(url);
            MigrateResult result = flyway.apply(ds).migrate();
            return reader.read(holder, result);
        } catch (FlywayException e) {
            throw new MigrationsDoNotApplyException(what + " do not apply: " + FlywayMessages.oneLine(e), e);
        } catch (SQLException e) {
            throw new SchemaReviewException(what + ": cannot read the schema they produce: " + e.getMessage(), e);
        }
    }
}
