package com.zepix.db.ops.schema;

import static com.zepix.db.ops.schema.Markdown.cell;
import static com.zepix.db.ops.schema.Markdown.code;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.ops.schema.SchemaModel.Column;
import com.zepix.db.ops.schema.SchemaModel.ForeignKey;
import com.zepix.db.ops.schema.SchemaModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code generated/schema/README.md}: for each database a Mermaid {@code erDiagram} (tables, typed
 * columns with PK/FK/UK marks, one relation per foreign key), then one table per table listing every
 * column's type and constraints, its indexes and triggers, then each view's SQL. GitHub draws the
 * diagrams. Output depends only on the schemas, in name order, so it changes exactly when a schema does.
 */
public final class SchemaDocs {

    private SchemaDocs() {
    }

    public static String render(Map<DatabaseFile, SchemaModel> schemas) {
        StringBuilder md = new StringBuilder();
        md.append("# Database schema\n\n")
                .append("Written by the build from `schema/` (`SchemaDocs`, from the same scratch databases as the\n")
                .append("`.sql` snapshots beside this file); do not edit. Rebuild and commit it with the migration.\n");
        for (DatabaseFile db : DatabaseFile.values()) {
            SchemaModel schema = schemas.getOrDefault(db, SchemaModel.empty());
            md.append("\n## ").append(db.title()).append(" (").append(code(db.fileName())).append(")\n\n")
                    .append(tableCount(db, schema)).append(", from ").append(code("schema/" + db.schemaFolder() + "/"))
                    .append(".\n\n");
            diagram(md, schema);
            schema.tables().values().forEach(t -> table(md, t, schema));
            schema.views().values().forEach(v -> md.append("\n### View ").append(code(v.name())).append("\n\n```sql\n")
                    .append(v.definition()).append("\n```\n"));
        }
        return md.toString();
    }

    /** The architecture document's tables are counted; this project's additions are named apart. */
    private static String tableCount(DatabaseFile db, SchemaModel schema) {
        List<String> additions = schema.tables().keySet().stream()
                .filter(DatabaseKey.additionsIn(db)::contains).map(Markdown::code).toList();
        int architecture = schema.tables().size() - additions.size();
        return architecture + " tables" + (additions.isEmpty() ? ""
                : " of the architecture document, plus " + additions.size() + " addition"
                        + (additions.size() == 1 ? "" : "s") + " beyond it (" + String.join(", ", additions) + ")");
    }

    private static void diagram(StringBuilder md, SchemaModel schema) {
        md.append("```mermaid\nerDiagram\n");
        for (Table t : schema.tables().values()) {
            md.append("    ").append(mermaidName(t.name())).append(" {\n");
            for (Column c : t.columns()) {
                md.append("        ").append(mermaidName(c.type().isEmpty() ? "ANY" : c.type())).append(' ')
                        .append(mermaidName(c.name()));
                List<String> keys = keys(t, c);
                if (!keys.isEmpty()) {
                    md.append(' ').append(String.join(", ", keys));
                }
                md.append('\n');
            }
            md.append("    }\n");
        }
        for (Table t : schema.tables().values()) {
            for (ForeignKey fk : t.foreignKeys()) {
                md.append("    ").append(mermaidName(fk.table())).append(' ').append(relation(t, fk)).append(' ')
                        .append(mermaidName(t.name())).append(" : \"").append(String.join(", ", fk.from()))
                        .append("\"\n");
            }
        }
        md.append("```\n");
    }

    private static List<String> keys(Table t, Column c) {
        List<String> keys = new ArrayList<>();
        if (t.primaryKey().stream().anyMatch(c.name()::equalsIgnoreCase)) {
            keys.add("PK");
        }
        if (t.foreignKeys().stream().anyMatch(fk -> fk.from().stream().anyMatch(c.name()::equalsIgnoreCase))) {
            keys.add("FK");
        }
        if (c.unique()) {
            keys.add("UK");
        }
        return keys;
    }

    /**
     * Parent side: exactly one ({@code ||}) when every referencing column is NOT NULL, else zero or one
     * ({@code |o}). Child side: zero or one ({@code o|}) when the referencing columns are the child's
     * primary key or a unique column, else zero or more ({@code o{}).
     */
    private static String relation(Table child, ForeignKey fk) {
        List<Column> columns = fk.from().stream().map(name -> child.column(name).orElseThrow()).toList();
        boolean required = columns.stream().allMatch(Column::notNull);
        boolean oneChild = fk.from().equals(child.primaryKey()) || (columns.size() == 1 && columns.get(0).unique());
        return (required ? "||" : "|o") + "--" + (oneChild ? "o|" : "o{");
    }

    /** Mermaid takes letters, digits, {@code _} and {@code -} in names and types; anything else becomes {@code _}. */
    static String mermaidName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return Character.isLetter(safe.charAt(0)) || safe.charAt(0) == '_' ? safe : "_" + safe;
    }

    private static void table(StringBuilder md, Table t, SchemaModel schema) {
        md.append("\n### ").append(code(t.name())).append("\n\n| column | type | constraints |\n|---|---|---|\n");
        for (Column c : t.columns()) {
            String constraints = c.constraints();
            md.append("| ").append(cell(code(c.name()))).append(" | ").append(c.type()).append(" | ")
                    .append(constraints.isEmpty() ? "" : cell(code(constraints))).append(" |\n");
        }
        if (!t.tableConstraints().isEmpty()) {
            md.append("\nTable constraints: ")
                    .append(String.join(", ", t.tableConstraints().stream().map(Markdown::code).toList())).append(".\n");
        }
        if (!t.indexes().isEmpty()) {
            md.append("\nIndexes: ").append(String.join(", ", t.indexes().stream()
                    .map(i -> code(i.name()) + " on " + code(i.definition())).toList())).append(".\n");
        }
        if (!t.triggers().isEmpty()) {
            md.append("\nTriggers: ").append(String.join(", ", t.triggers().stream()
                    .map(SchemaDiffMarkdown::trigger).toList())).append(".\n");
        }
    }
}
