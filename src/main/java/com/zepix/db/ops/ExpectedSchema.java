package com.zepix.db.ops;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.ZepixDbException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteDataSource;

/**
 * What a database of this version looks like, learned by running this jar's migrations into a
 * scratch file: the schema, the latest version, and the rows the migrations seed. Deriving it
 * rather than listing it keeps the migrations the single source of truth.
 */
final class ExpectedSchema {

    /** A row a migration inserts, by its primary key. */
    record SeedRow(String table, List<String> keyColumns, List<Object> keyValues) {
        String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < keyColumns.size(); i++) {
                parts.add(keyColumns.get(i) + "='" + keyValues.get(i) + "'");
            }
            return table + "(" + String.join(", ", parts) + ")";
        }

        boolean isIn(Connection c) throws SQLException {
            String where = keyColumns.stream().map(col -> SqliteChecks.quote(col) + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + SqliteChecks.quote(table) + " WHERE " + where)) {
                for (int i = 0; i < keyValues.size(); i++) {
                    ps.setObject(i + 1, keyValues.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }
    }

    private static final Map<DatabaseFile, ExpectedSchema> CACHE = new EnumMap<>(DatabaseFile.class);

    private final SchemaShape shape;
    private final String latestVersion;
    private final List<SeedRow> seedRows;

    private ExpectedSchema(SchemaShape shape, String latestVersion, List<SeedRow> seedRows) {
        this.shape = shape;
        this.latestVersion = latestVersion;
        this.seedRows = seedRows;
    }

    static synchronized ExpectedSchema of(DatabaseFile file) {
        return CACHE.computeIfAbsent(file, ExpectedSchema::build);
    }

    /** The database whose migrations create {@code table}, if any. */
    static Optional<DatabaseFile> ownerOf(String table) {
        return Stream.of(DatabaseFile.values()).filter(db -> of(db).shape.tables().containsKey(table)).findFirst();
    }

    SchemaShape shape() {
        return shape;
    }

    String latestVersion() {
        return latestVersion;
    }

    List<SeedRow> seedRows() {
        return seedRows;
    }

    private static ExpectedSchema build(DatabaseFile file) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zepix-expected-");
            Path scratch = dir.resolve(file.fileName());
            SQLiteDataSource ds = new SQLiteDataSource();
            ds.setUrl("jdbc:sqlite:" + scratch);
            MigrateResult result = SchemaMigrations.flyway(file, ds).migrate();
            try (Connection c = ds.getConnection()) {
                SchemaShape shape = SchemaShape.read(c);
                return new ExpectedSchema(shape, result.targetSchemaVersion, seedRows(c, shape));
            }
        } catch (IOException | SQLException e) {
            throw new ZepixDbException("cannot work out the expected schema of the " + file.title()
                    + " from this jar's migrations: " + SqliteChecks.firstLine(e), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static List<SeedRow> seedRows(Connection c, SchemaShape shape) throws SQLException {
        List<SeedRow> rows = new ArrayList<>();
        for (SchemaShape.Table table : shape.tables().values()) {
            List<String> key = table.columns().stream()
                    .filter(col -> col.primaryKeyPosition() > 0)
                    .sorted(Comparator.comparingInt(SchemaShape.Column::primaryKeyPosition))
                    .map(SchemaShape.Column::name)
                    .toList();
            if (key.isEmpty() || SqliteChecks.count(c, table.name()) == 0) {
                continue;
            }
            String columns = key.stream().map(SqliteChecks::quote).collect(Collectors.joining(", "));
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + SqliteChecks.quote(table.name())
                            + " ORDER BY " + columns)) {
                while (rs.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= key.size(); i++) {
                        values.add(rs.getObject(i));
                    }
                    rows.add(new SeedRow(table.name(), key, values));
                }
            }
        }
        return List.copyOf(rows);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch file left in the temp folder harms nothing.
        }
    }
}
