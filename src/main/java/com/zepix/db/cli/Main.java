package com.zepix.db.cli;

import com.zepix.db.core.JooqDefaults;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The operations command line: {@code java -jar zepix-db.jar <command>}. */
@Command(name = "zepix-db", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Operations on the Zepix V5 databases: init, verify, status, backup, restore, sync, stats, bench, schema-diff, import-legacy.",
        subcommands = {InitCommand.class, VerifyCommand.class, StatusCommand.class, BackupCommand.class,
            RestoreCommand.class, SyncCommand.class, StatsCommand.class, BenchCommand.class, SchemaDiffCommand.class,
            ImportLegacyCommand.class, HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {

    static final int OK = 0;
    /** The command ran and found problems. */
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    static {
        // Before any class touches jOOQ: its banner and tips would otherwise reach the operator.
        JooqDefaults.quiet();
    }

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
        throw new ParameterException(spec.commandLine(),
                "a command is required: init, verify, status, backup, restore, sync, stats, bench, schema-diff or import-legacy");
    }

    /**
     * The command line with this project's conventions: every command has --help and --version,
     * dates are YYYY-MM-DD with a plain error, and a usage error is one line with exit code 2.
     */
    public static CommandLine commandLine(Main main) {
        LogSetup.defaults();
        CommandLine commandLine = new CommandLine(main);
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!(spec.userObject() instanceof HelpCommand)) {
                spec.mixinStandardHelpOptions(true);
                spec.versionProvider(new VersionInfo());
            }
        }
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main()).execute(args));
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        String name = failed.getCommandSpec().qualifiedName();
        String suggestion = "";
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                suggestion = " (did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList())
                        + "?)";
            }
        }
        failed.getErr().println(name + ": " + firstLine(e.getMessage()) + suggestion + " (see '" + name + " --help')");
        return USAGE;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
