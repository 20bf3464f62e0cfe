package com.zepix.db.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the bash completion script of the command line as operators get it (every command's
 * --help and --version included); the build runs it into {@code target/zepix-db_completion}.
 */
public final class CompletionScript {

    private CompletionScript() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompletionScript <output file>");
        }
        String script = AutoComplete.bash("zepix-db", Main.commandLine(new Main()));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, script, StandardCharsets.UTF_8);
    }
}
