package com.zepix.db.cli;

import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.json.SchemaDiffJson;
import com.zepix.db.ops.schema.MigrationSet;
import com.zepix.db.ops.schema.SchemaDiff;
import com.zepix.db.ops.schema.SchemaDiffMarkdown;
import com.zepix.db.ops.schema.SchemaDriftCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schema-diff}: what the migrations of {@code schema/} change between two git revisions, or
 * (with {@code --database}) how a live database file differs from what its migrations should have
 * produced. Prints Markdown (or JSON); exit 0 whether or not anything differs unless {@code --exit-code}
 * (then 1 for changes, 3 for breaking ones), 2 when the comparison cannot be made (bad revision,
 * unreadable file), with one line on stderr naming what is at fault.
 */
@Command(name = "schema-diff",
        description = {
            "Compares the schema that schema/'s migrations produce at two git revisions, per database:"
                    + " tables, columns, indexes, triggers, views and the migration files that differ; breaking"
                    + " changes are marked BREAKING (--exit-code: 0 none, 1 changes, 3 breaking).",
            "With --database, compares a live database file (opened read-only) with what the migrations"
                    + " it has applied should have produced: drift."},
        exitCodeOnInvalidInput = 2)
public final class SchemaDiffCommand implements Callable<Integer> {

    /** With --exit-code: something differs. */
    static final int CHANGED = 1;
    /** With --exit-code: something differs that breaks deployed databases. */
    static final int BREAKING = 3;

    /**
     * Flyway runs here only on throwaway in-memory databases, and a migration that fails is part of
     * the report (or the one-line error), not a second, timestamped ERROR line of Flyway's on stderr.
     * Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level.
     */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "REF", description = "Git revision to compare from (default: HEAD).")
    private String from;

    @Option(names = "--to", paramLabel = "REF", description = "Git revision to compare to (default: the working tree).")
    private String to;

    @Option(names = "--json", description = "Write JSON to stdout instead of Markdown (shape: README, \"JSON output\").")
    private boolean json;

    @Option(names = "--exit-code", description = "Exit 1 when anything differs, 3 when a difference is breaking"
            + " (edited or deleted applied migration, dropped table, column or index, narrowed type, new NOT NULL"
            + " without DEFAULT); 0 when nothing differs.")
    private boolean exitCode;

    @Option(names = "--database", paramLabel = "FILE",
            description = "A live database file to check for drift from its migrations, instead of comparing revisions.")
    private Path database;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The git work tree whose schema/ is compared (default: the current folder).")
    private Path repo;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (database != null && (from != null || to != null)) {
            err.println("zepix-db schema-diff: --database checks one file against its own migrations; it takes no --from or --to");
            err.flush();
            return 2;
        }
        SchemaDiff diff;
        Level flywayLevel = FLYWAY.getLevel();
        FLYWAY.setLevel(Level.OFF);
        try {
            diff = database != null
                    ? SchemaDriftCheck.check(database)
                    : SchemaDiff.between(MigrationSet.atRevision(repo, from == null ? "HEAD" : from),
                            to == null ? MigrationSet.workingTree(repo) : MigrationSet.atRevision(repo, to));
        } catch (ZepixDbException e) {
            err.println("zepix-db schema-diff: " + e.getMessage());
            err.flush();
            return 2;
        } finally {
            FLYWAY.setLevel(flywayLevel);
        }
        out.print(json ? SchemaDiffJson.render(diff) : SchemaDiffMarkdown.render(diff));
        out.flush();
        if (!exitCode || !diff.hasChanges()) {
            return 0;
        }
        return diff.isBreaking() ? BREAKING : CHANGED;
    }
}
