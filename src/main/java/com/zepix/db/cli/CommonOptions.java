package com.zepix.db.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every operations command takes (help and version come with every command, see {@link Main}). */
final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
            description = "Folder holding the databases (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--verbose", description = "On an error, print its stack trace too.")
    boolean verbose;

    @Option(names = "--json", description = "Write the report as JSON to stdout instead of text (shapes: README, \"JSON output\").")
    boolean json;

    @Option(names = "--log-level", paramLabel = "LEVEL", converter = LogLevelConverter.class,
            description = "error, warn, info, debug or trace (default: warn on stderr, info with --log-file).")
    LogSetup.LogLevel logLevel;

    @Option(names = "--log-file", paramLabel = "FILE",
            description = "Append the log to FILE instead of stderr: one line per event, timed in UTC.")
    Path logFile;
}
