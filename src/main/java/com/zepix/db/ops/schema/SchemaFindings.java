package com.zepix.db.ops.schema;

import com.zepix.db.ops.schema.SchemaModel.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DatabaseDiff} from what the migrations make to what a file holds, as one sentence per
 * difference: verify's findings and restore's reasons to refuse. "Does not belong" is only in the
 * file, "is missing" only in the migrations.
 */
public final class SchemaFindings {

    private SchemaFindings() {
    }

    /** @param diff from the expected schema to the file's */
    public static List<String> of(DatabaseDiff diff) {
        List<String> findings = new ArrayList<>();
        diff.tablesRemoved().forEach(t -> findings.add("table " + t + " is missing"));
        diff.tablesAdded().forEach(t -> findings.add("table " + t.name() + " does not belong in this database"
                + ExpectedSchema.ownerOf(t.name()).filter(db -> db != diff.database())
                        .map(db -> " (it is a table of the " + db.title() + ")").orElse("")));
        for (TableDiff t : diff.tablesChanged()) {
            String table = t.table();
            t.columnsRemoved().forEach(c -> findings.add("column " + table + "." + c.name() + " is missing"));
            t.columnsAdded().forEach(c -> findings.add("column " + table + "." + c.name() + " does not belong in this database"));
            for (TableDiff.ColumnChange c : t.columnsChanged()) {
                findings.add("column " + table + "." + c.column() + " differs from its migrations: " + String.join("; ",
                        c.changes().stream().map(ch -> ch.what() + " is " + value(ch.to()) + ", expected " + value(ch.from()))
                                .toList()));
            }
            t.indexesRemoved().forEach(i -> findings.add("index " + i.name() + " is missing"));
            t.indexesAdded().forEach(i -> findings.add("index " + i.name() + " does not belong in this database"));
            t.indexesChanged().forEach(i -> findings.add("index " + i.index() + " is " + index(i.to()) + ", expected "
                    + index(i.from())));
            t.triggersRemoved().forEach(tr -> findings.add("trigger " + tr.name() + " is missing"));
            t.triggersAdded().forEach(tr -> findings.add("trigger " + tr.name() + " does not belong in this database"));
            t.triggersChanged().forEach(tr -> findings.add("trigger " + tr.name() + " is defined differently: "
                    + tr.oneLine()));
            if (t.columnOrder() != null) {
                findings.add("table " + table + " has its columns in another order: " + t.columnOrder().to()
                        + ", expected " + t.columnOrder().from());
            }
            for (TableDiff.Change c : t.constraintsChanged()) {
                findings.add(c.to() == null ? "table " + table + " lacks its constraint " + c.from()
                        : "table " + table + " has a constraint its migrations do not make: " + c.to());
            }
        }
        for (DatabaseDiff.ViewChange v : diff.viewsChanged()) {
            findings.add("view " + v.name() + v.withTriggers(name -> name) + switch (v.change()) {
                case "added" -> " does not belong in this database";
                case "removed" -> " is missing";
                default -> " is defined differently: " + SqlTokens.oneLine(v.to());
            });
        }
        diff.migrationFiles().forEach(f -> findings.add("migration " + f.file() + " " + f.kind().word()
                + (f.detail() == null ? "" : ": " + f.detail())));
        return List.copyOf(findings);
    }

    /** The first finding, saying how many more there are. */
    public static String summary(List<String> findings) {
        return findings.get(0) + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "");
    }

    private static String value(String v) {
        return v == null ? "none" : v;
    }

    private static String index(Index i) {
        return "on " + i.definition();
    }
}
