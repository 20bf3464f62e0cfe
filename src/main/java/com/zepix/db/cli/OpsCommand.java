package com.zepix.db.cli;

import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.files.BadPathException;
import com.zepix.db.ops.json.JsonOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the common options, and turning failures into one line on stderr
 * naming the file or argument at fault, with an exit code (bad paths are usage errors: 2).
 */
abstract class OpsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    /** Runs the command; returns {@link Main#OK} or {@link Main#PROBLEMS}. */
    protected abstract int execute();

    @Override
    public final Integer call() {
        try {
            LogSetup.apply(options.logLevel, options.logFile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            return execute();
        } catch (ParameterException e) {
            throw e;
        } catch (BadPathException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (ZepixDbException e) {
            return error(firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            // Not a failure this project foresaw: the stack trace is what a bug report needs.
            return error("unexpected " + e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage()))
                    + (options.verbose ? "" : " (--verbose shows the stack trace)"), e);
        } finally {
            LogSetup.flush();
        }
    }

    /** Whether the report goes out as JSON ({@code --json}) instead of text. */
    protected boolean json() {
        return options.json;
    }

    /** The report as one JSON document on stdout. */
    protected void printJson(Object report) {
        out().print(JsonOutput.pretty(report));
        out().flush();
    }

    /** A progress bar on stderr for a person at a terminal; none into a pipe, a file or a test's output. */
    protected ProgressListener progress() {
        return Terminal.isInteractive() ? ConsoleProgressBar.ticking(err()) : ProgressListener.NONE;
    }

    /**
     * The data folder. Every command gives the same one-line usage error when it names something
     * that exists but is no folder (a regular file, /dev/null), instead of each failing its own way.
     */
    protected Path dataDir() {
        Path dir = options.dataDir.normalize();
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new BadPathException("--data-dir " + dir + " is not a folder ("
                    + (java.nio.file.Files.isRegularFile(dir) ? "it is a regular file" : "it is a device or other special file")
                    + "): give the folder that holds the databases");
        }
        return dir;
    }

    /** Where central is, for the commands that take {@link CentralOptions}. */
    protected CentralChoice central(CentralOptions centralOptions) {
        return centralOptions.choice(spec, main.environment());
    }

    /**
     * Whether {@code central} is on PostgreSQL, which the file commands cannot copy: then says so in
     * one line, naming the server's own tool for it.
     *
     * @param serverWay how to do it on the server instead, e.g. "back it up with pg_dump"
     * @param doing what the command does to a file, e.g. "back up"
     */
    protected boolean refusedForServer(CentralChoice central, String serverWay, String doing) {
        if (!central.isPostgres()) {
            return false;
        }
        problem("the central database is on PostgreSQL (" + central.postgres().describe() + "): " + serverWay
                + " (see the README, Central on PostgreSQL); to " + doing + " the V3 and V6 files, run "
                + spec.name() + " without --central and " + CentralOptions.URL_VARIABLE);
        return true;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** One line on stderr, led by the command, for a problem the operator must see. */
    protected void problem(String message) {
        err().println(spec.qualifiedName() + ": " + message);
    }

    private static String firstLine(String message) {
        return message.strip().lines().findFirst().orElse(message);
    }

    private int error(String message, Throwable e) {
        problem(message);
        if (options.verbose) {
            e.printStackTrace(err());
        }
        err().flush();
        return Main.PROBLEMS;
    }
}
