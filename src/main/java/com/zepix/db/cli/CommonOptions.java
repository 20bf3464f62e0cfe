package com.zepix.db.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes. */
final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
            description = "Folder holding the databases (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--verbose", description = "On an error, print its stack trace too.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
