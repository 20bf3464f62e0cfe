package com.zepix.db.cli;

import com.zepix.db.core.JooqDefaults;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The operations command line: {@code java -jar zepix-db.jar <command>}. */
@Command(name = "zepix-db",
        description = "Operations on the Zepix V5 databases: init, verify, backup, restore, sync, stats, bench, schema-diff.",
        subcommands = {InitCommand.class, VerifyCommand.class, BackupCommand.class, RestoreCommand.class,
            SyncCommand.class, StatsCommand.class, BenchCommand.class, SchemaDiffCommand.class})
public final class Main implements Runnable {

    static final int OK = 0;
    /** The command ran and found problems. */
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    static {
        // Before any class touches jOOQ: its banner and tips would otherwise reach the operator.
        JooqDefaults.quiet();
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final Map<String, String> environment;

    public Main() {
        this(Clock.systemUTC());
    }

    /** @param clock names backups and replaced files; tests pass a fixed one */
    public Main(Clock clock) {
        this(clock, System.getenv());
    }

    /** @param environment where ZEPIX_CENTRAL_URL, PGUSER and PGPASSWORD are read; tests pass their own */
    public Main(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    Clock clock() {
        return clock;
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: init, verify, backup, restore, sync, stats, bench or schema-diff");
    }

    /** The command line with this project's error reporting: one line per usage error, exit code 2. */
    public static CommandLine commandLine(Main main) {
        CommandLine commandLine = new CommandLine(main);
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main()).execute(args));
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        String name = failed.getCommandSpec().qualifiedName();
        failed.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
        return USAGE;
    }
}
