package com.zepix.db.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** One run of the command line through its picocli entry point, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-26T10:15:00Z"), ZoneOffset.UTC);

    static CliRun run(String... args) {
        return run(FIXED, args);
    }

    static CliRun run(Clock clock, String... args) {
        return run(new Main(clock), args);
    }

    /** With {@code environment} as the process environment (ZEPIX_CENTRAL_URL, PGUSER, PGPASSWORD). */
    static CliRun run(Map<String, String> environment, String... args) {
        return run(new Main(FIXED, environment), args);
    }

    private static CliRun run(Main main, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(main);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
