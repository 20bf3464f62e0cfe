package com.zepix.db.ops.schema;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.MigrationHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What a database at a given version looks like, learned by running this jar's migrations up to
 * it ({@link MigrationApplier}, in memory): the schema, the version, and the rows the migrations
 * seed. Deriving it rather than listing it keeps the migrations the single source of truth. Built
 * once per database and version in a run, then shared by verify, restore and the drift check.
 *
 * @param version the version the migrations reached
 */
public record ExpectedSchema(SchemaModel model, String version, List<SeedRow> seedRows) {

    /** A row a migration inserts, by its primary key. */
    public record SeedRow(String table, List<String> keyColumns, List<Object> keyValues) {

        public String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < keyColumns.size(); i++) {
                parts.add(keyColumns.get(i) + "='" + keyValues.get(i) + "'");
            }
            return table + "(" + String.join(", ", parts) + ")";
        }

        public boolean isIn(Connection c) throws SQLException {
            String where = keyColumns.stream().map(col -> quote(col) + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + quote(table) + " WHERE " + where)) {
                for (int i = 0; i < keyValues.size(); i++) {
                    ps.setObject(i + 1, keyValues.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }
    }

    private static final Map<String, ExpectedSchema> CACHE = new HashMap<>();

    public ExpectedSchema {
        seedRows = List.copyOf(seedRows);
    }

    /** After all of this jar's migrations. */
    public static ExpectedSchema latest(DatabaseFile db) {
        return cached(db, MigrationVersion.LATEST);
    }

    /** After this jar's migrations up to and including {@code version}; all of them if it is the latest or beyond. */
    public static ExpectedSchema at(DatabaseFile db, MigrationVersion version) {
        ExpectedSchema latest = latest(db);
        return version.isAtLeast(latest.version()) ? latest : cached(db, version);
    }

    /**
     * What a file with this history should hold: the schema of the version it reached, so that a
     * database one migration behind is reported as pending, not as every difference that migration
     * makes. Without a history, or past this jar's migrations, the latest.
     */
    public static ExpectedSchema of(DatabaseFile db, MigrationHistory history) {
        return history.current().filter(v -> !history.isNewer()).map(v -> at(db, v)).orElseGet(() -> latest(db));
    }

    /** The database whose migrations create {@code table}, if any. */
    public static Optional<DatabaseFile> ownerOf(String table) {
        return Stream.of(DatabaseFile.values()).filter(db -> latest(db).model().tables().containsKey(table)).findFirst();
    }

    private static synchronized ExpectedSchema cached(DatabaseFile db, MigrationVersion version) {
        return CACHE.computeIfAbsent(db + "@" + version, key -> MigrationApplier.applyPackaged(db, version,
                (c, result) -> {
                    SchemaModel model = SchemaReader.read(c);
                    return new ExpectedSchema(model, result.targetSchemaVersion, seedRows(c, model));
                }));
    }

    private static List<SeedRow> seedRows(Connection c, SchemaModel model) throws SQLException {
        List<SeedRow> rows = new ArrayList<>();
        for (SchemaModel.Table table : model.tables().values()) {
            List<String> key = table.primaryKey();
            if (key.isEmpty()) {
                continue;
            }
            String columns = key.stream().map(ExpectedSchema::quote).collect(Collectors.joining(", "));
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + quote(table.name())
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
        return rows;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
