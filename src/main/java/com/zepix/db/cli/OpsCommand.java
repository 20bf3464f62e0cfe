package com.zepix.db.cli;

import com.zepix.db.core.ZepixDbException;
import com.zepix.db.ops.BadPathException;
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
            return execute();
        } catch (ParameterException e) {
            throw e;
        } catch (BadPathException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (ZepixDbException e) {
            return error(e.getMessage(), e);
        } catch (RuntimeException e) {
            return error("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    protected Path dataDir() {
        return options.dataDir.normalize();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** One line for the operator; the stack trace only when asked for. */
    protected void problem(String message) {
        err().println(spec.qualifiedName() + ": " + message);
    }

    private int error(String message, Throwable e) {
        problem(message.strip().lines().findFirst().orElse(message)
                + (options.verbose ? "" : " (--verbose shows the stack trace)"));
        if (options.verbose) {
            e.printStackTrace(err());
        }
        err().flush();
        return Main.PROBLEMS;
    }
}
