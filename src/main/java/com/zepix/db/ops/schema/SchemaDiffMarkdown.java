package com.zepix.db.ops.schema;

import static com.zepix.db.ops.schema.Markdown.code;

import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.Index;
import com.zepix.db.ops.schema.SchemaModel.Table;
import com.zepix.db.ops.schema.SchemaModel.Trigger;
import java.util.Set;

/**
 * A {@link SchemaDiff} as Markdown for a pull request or a job summary: per database, then per table,
 * only what differs. With nothing to report it is a single line saying so.
 */
public final class SchemaDiffMarkdown {

    /** The mark of a breaking change, in the summary and on its line; tools grep for it. */
    public static final String MARK = "**BREAKING**";

    private static final Set<String> YES_NO_PROPERTIES = Set.of("NOT NULL", "PRIMARY KEY", "AUTOINCREMENT", "UNIQUE");

    private SchemaDiffMarkdown() {
    }

    public static String render(SchemaDiff diff) {
        boolean drift = diff.kind() == SchemaDiff.Kind.DRIFT;
        if (!diff.hasChanges()) {
            return drift
                    ? "No drift: " + code(diff.to()) + " matches what its " + diff.from() + " produce.\n"
                    : "No schema changes from " + side(diff.from()) + " to " + side(diff.to()) + ".\n";
        }
        StringBuilder md = new StringBuilder();
        if (drift) {
            md.append("## Schema drift of ").append(code(diff.to())).append("\n\n")
                    .append("Compared with what its ").append(diff.from()).append(" produce: *added* is only in the")
                    .append(" live file, *removed* is missing from it.\n");
        } else {
            md.append("## Schema changes from ").append(side(diff.from())).append(" to ").append(side(diff.to()))
                    .append('\n');
        }
        breakingSummary(md, diff);
        diff.databases().forEach(d -> database(md, d));
        return md.toString();
    }

    /** Breaking changes first, so a reviewer cannot miss them below a long list. */
    private static void breakingSummary(StringBuilder md, SchemaDiff diff) {
        var breaking = diff.breakingChanges();
        if (breaking.isEmpty()) {
            md.append("\nNo breaking changes.\n");
            return;
        }
        md.append("\n").append(MARK).append(" **").append(breaking.size()).append(" breaking change")
                .append(breaking.size() == 1 ? "" : "s").append("**: deployed databases or the code on them break.\n\n");
        breaking.forEach(b -> md.append("- ").append(MARK).append(' ').append(code(b.subject())).append(" (")
                .append(b.database()).append("): ").append(b.reason()).append('\n'));
    }

    private static String side(String label) {
        return MigrationSet.WORKING_TREE.equals(label) ? "the working tree" : code(label);
    }

    private static void database(StringBuilder md, DatabaseDiff d) {
        md.append("\n### ").append(d.database().title()).append(" (").append(code("schema/" + d.database().schemaFolder()))
                .append(")\n");
        if (!d.migrationFiles().isEmpty() || !d.tablesRemoved().isEmpty() || !d.viewsChanged().isEmpty()
                || d.doesNotApply() != null) {
            md.append('\n');
        }
        if (d.doesNotApply() != null) {
            md.append("- ").append(MARK).append(" migrations do not apply, so nothing else could be compared: ")
                    .append(d.doesNotApply()).append('\n');
        }
        for (MigrationFileChange f : d.migrationFiles()) {
            md.append("- ").append(BreakingChanges.reason(f).isPresent() ? MARK + " " : "")
                    .append("migration file ").append(f.kind().word()).append(": ").append(code(f.file()));
            md.append(f.detail() == null ? "" : " (" + f.detail() + ")").append('\n');
        }
        d.tablesRemoved().forEach(t -> md.append("- ").append(MARK).append(" table removed: ").append(code(t)).append('\n'));
        d.viewsChanged().forEach(v -> md.append("- ").append(BreakingChanges.reason(v).isPresent() ? MARK + " " : "")
                .append("view ").append(v.change()).append(": ").append(code(v.name()))
                .append(v.withTriggers(Markdown::code)).append('\n'));
        d.tablesAdded().forEach(t -> addedTable(md, t));
        d.tablesChanged().forEach(t -> changedTable(md, t));
    }

    private static void addedTable(StringBuilder md, Table t) {
        md.append("\n#### Table ").append(code(t.name())).append(" (added)\n\n");
        t.columns().forEach(c -> md.append("- column ").append(code(c.name() + " " + c.definition())).append('\n'));
        t.indexes().forEach(i -> md.append("- index ").append(index(i)).append('\n'));
        t.tableConstraints().forEach(c -> md.append("- constraint ").append(code(c)).append('\n'));
        t.triggers().forEach(tr -> md.append("- trigger ").append(trigger(tr)).append('\n'));
    }

    private static void changedTable(StringBuilder md, TableDiff t) {
        md.append("\n#### Table ").append(code(t.table())).append("\n\n");
        t.columnsAdded().forEach(c -> md.append("- ").append(BreakingChanges.addedColumn(c).isPresent() ? MARK + " " : "")
                .append("column added: ").append(column(c)).append('\n'));
        t.columnsRemoved().forEach(c -> md.append("- ").append(MARK).append(" column removed: ").append(column(c)).append('\n'));
        for (TableDiff.ColumnChange c : t.columnsChanged()) {
            boolean breaking = c.changes().stream().anyMatch(ch -> BreakingChanges.isBreaking(c, ch));
            md.append("- ").append(breaking ? MARK + " " : "").append("column changed: ").append(code(c.column())).append(": ");
            md.append(String.join("; ", c.changes().stream().map(SchemaDiffMarkdown::change).toList())).append('\n');
        }
        t.indexesAdded().forEach(i -> md.append("- index added: ").append(index(i)).append('\n'));
        t.indexesRemoved().forEach(i -> md.append("- ").append(MARK).append(" index removed: ").append(index(i)).append('\n'));
        t.indexesChanged().forEach(i -> md.append("- index changed: ").append(code(i.index())).append(": ")
                .append(code(i.from().definition())).append(" → ").append(code(i.to().definition())).append('\n'));
        if (t.columnOrder() != null) {
            md.append("- ").append(MARK).append(" column order changed: ").append(code(t.columnOrder().from()))
                    .append(" → ").append(code(t.columnOrder().to())).append('\n');
        }
        for (TableDiff.Change c : t.constraintsChanged()) {
            md.append("- table constraint ").append(c.to() == null ? "removed: " + code(c.from()) : "added: " + code(c.to()))
                    .append('\n');
        }
        t.triggersAdded().forEach(tr -> md.append("- trigger added: ").append(trigger(tr)).append('\n'));
        t.triggersRemoved().forEach(tr -> md.append("- trigger removed: ").append(trigger(tr)).append('\n'));
        t.triggersChanged().forEach(tr -> md.append("- trigger changed: ").append(trigger(tr)).append('\n'));
    }

    static String trigger(Trigger t) {
        return code(t.name()) + " (" + code(t.event()) + ")";
    }

    private static String column(Column c) {
        return code(c.name() + " " + c.definition());
    }

    private static String index(Index i) {
        return code(i.name()) + " on " + code(i.definition());
    }

    private static String change(TableDiff.Change c) {
        if (YES_NO_PROPERTIES.contains(c.what())) {
            return c.what() + " " + c.from() + " → " + c.to();
        }
        return c.what() + " " + value(c.from()) + " → " + value(c.to());
    }

    private static String value(String v) {
        return v == null ? "none" : code(v);
    }
}
