package com.zepix.db.ops.schema;

import com.zepix.db.ops.schema.SchemaModel.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which differences break something already deployed, and why. A pull request may add what it
 * likes; these need a reviewer's explicit yes:
 * <ul>
 * <li>an applied migration edited or deleted: Flyway's checksum validation fails on every deployed
 *     database at the next {@code init};</li>
 * <li>migrations that no longer apply: {@code init} fails on every new database and every one it upgrades;</li>
 * <li>a table, column, index or view dropped: code and queries that use it fail, its data is gone;</li>
 * <li>a column's type narrowed (to a more restrictive SQLite affinity, or a shorter declared length);</li>
 * <li>a column made NOT NULL without a DEFAULT, or added so: existing rows and existing inserts have no value for it;</li>
 * <li>a table's columns put in another order: an {@code INSERT ... VALUES} without a column list puts
 *     values in the wrong columns, and {@code SELECT *} returns them in another order.</li>
 * </ul>
 */
public final class BreakingChanges {

    private static final Pattern LENGTH = Pattern.compile("\\(\\s*(\\d+)");

    private BreakingChanges() {
    }

    /** One breaking difference: what it is, in which database, and why it breaks. */
    public record Breaking(String database, String subject, String reason) {
    }

    /** Every breaking difference of the comparison, database by database. */
    public static List<Breaking> of(SchemaDiff diff) {
        List<Breaking> all = new ArrayList<>();
        for (DatabaseDiff d : diff.databases()) {
            String db = d.database().schemaFolder();
            if (d.doesNotApply() != null) {
                all.add(new Breaking(db, "migrations of schema/" + db, DOES_NOT_APPLY + ": " + d.doesNotApply()));
            }
            d.migrationFiles().forEach(f -> reason(f).ifPresent(r -> all.add(new Breaking(db, "migration " + f.file(), r))));
            d.tablesRemoved().forEach(t -> all.add(new Breaking(db, "table " + t, TABLE_REMOVED)));
            d.viewsChanged().forEach(v -> reason(v).ifPresent(r -> all.add(new Breaking(db, "view " + v.name(), r))));
            for (TableDiff t : d.tablesChanged()) {
                t.columnsRemoved().forEach(c -> all.add(new Breaking(db, "column " + t.table() + "." + c.name(), COLUMN_REMOVED)));
                t.columnsAdded().forEach(c -> addedColumn(c).ifPresent(r -> all.add(new Breaking(db, "column " + t.table() + "." + c.name(), r))));
                for (TableDiff.ColumnChange c : t.columnsChanged()) {
                    c.changes().forEach(ch -> reason(c, ch).ifPresent(
                            r -> all.add(new Breaking(db, "column " + t.table() + "." + c.column(), r))));
                }
                t.indexesRemoved().forEach(i -> all.add(new Breaking(db, "index " + i.name(), INDEX_REMOVED)));
                if (t.columnOrder() != null) {
                    all.add(new Breaking(db, "table " + t.table(), COLUMN_ORDER_CHANGED));
                }
            }
        }
        return List.copyOf(all);
    }

    static final String DOES_NOT_APPLY = "they no longer apply, so init fails on every new database and on every"
            + " one it upgrades";
    static final String TABLE_REMOVED = "table dropped: code that uses it fails and its rows are lost";
    static final String COLUMN_REMOVED = "column dropped: code that uses it fails and its values are lost";
    static final String VIEW_REMOVED = "view dropped: code and queries that read it fail";
    static final String COLUMN_ORDER_CHANGED = "columns in another order: an INSERT ... VALUES without a column"
            + " list puts values in the wrong columns, and SELECT * returns them in another order";
    static final String INDEX_REMOVED = "index dropped: queries that relied on it slow down, and a unique one no longer guards its keys";

    /** Why this view change breaks something, if it does: a view dropped, as code may read it. */
    public static Optional<String> reason(DatabaseDiff.ViewChange v) {
        return v.to() == null ? Optional.of(VIEW_REMOVED) : Optional.empty();
    }

    /** Why this migration file change breaks deployed databases, if it does. */
    public static Optional<String> reason(MigrationFileChange f) {
        return switch (f.kind()) {
            case ADDED -> Optional.empty();
            case CHANGED -> Optional.of("applied migration edited: every deployed database fails Flyway's checksum"
                    + " validation at the next init; put the change in a new migration instead");
            case REMOVED -> Optional.of("applied migration deleted: every deployed database that applied it fails"
                    + " Flyway's validation at the next init");
        };
    }

    /** Why adding this column breaks existing rows and inserts, if it does. */
    public static Optional<String> addedColumn(Column c) {
        return c.notNull() && c.defaultValue() == null
                ? Optional.of("new NOT NULL column without a DEFAULT: existing rows and existing inserts have no value for it")
                : Optional.empty();
    }

    /** Why this property change of an existing column breaks something, if it does. */
    public static Optional<String> reason(TableDiff.ColumnChange column, TableDiff.Change change) {
        if (change.what().equals("type") && narrowed(change.from(), change.to())) {
            return Optional.of("type narrowed from " + change.from() + " to " + change.to()
                    + ": values stored under the old type may no longer fit");
        }
        if (change.what().equals("NOT NULL") && "yes".equals(change.to()) && column.defaultAfter() == null) {
            return Optional.of("made NOT NULL without a DEFAULT: existing NULLs and inserts that leave it out fail");
        }
        return Optional.empty();
    }

    public static boolean isBreaking(TableDiff.ColumnChange column, TableDiff.Change change) {
        return reason(column, change).isPresent();
    }

    /**
     * SQLite stores a value by its column's affinity: INTEGER fits in REAL and NUMERIC, all of them in
     * TEXT, anything in BLOB (no affinity). A move down that order, or a shorter declared length
     * within one affinity, narrows the type.
     */
    static boolean narrowed(String from, String to) {
        int before = rank(from);
        int after = rank(to);
        if (after != before) {
            return after < before;
        }
        Integer lengthBefore = length(from);
        Integer lengthAfter = length(to);
        return lengthBefore != null && lengthAfter != null && lengthAfter < lengthBefore;
    }

    private static int rank(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return 1;
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return 2;
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return 4;
        }
        if (t.isEmpty() || t.contains("BLOB")) {
            return 5;
        }
        return 3; // NUMERIC affinity: BOOLEAN, DECIMAL, DATE, TIMESTAMP, ...
    }

    private static Integer length(String type) {
        if (type == null) {
            return null;
        }
        Matcher m = LENGTH.matcher(type);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
