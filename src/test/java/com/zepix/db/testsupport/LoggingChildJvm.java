package com.zepix.db.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on the test class path whose java.util.logging output is captured: what a first query
 * or a library call logs can only be seen in a JVM that has not logged anything yet.
 */
public final class LoggingChildJvm {

    private LoggingChildJvm() {
    }

    /**
     * Runs {@code main} and returns its stdout and stderr together, after checking it exited 0 within a minute.
     *
     * @param dir where the logging configuration is written
     * @param jvmOptions system properties and the like, before the class path
     * @param levels java.util.logging settings on top of: warnings of everything, one line each, to stderr
     */
    public static String run(Path dir, List<String> jvmOptions, Class<?> main, List<String> args, String... levels)
            throws Exception {
        Path config = Files.writeString(dir.resolve("logging.properties"), String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                ".level=WARNING",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.SimpleFormatter.format=%4$s %3$s - %5$s%n",
                String.join("\n", levels)) + "\n");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.util.logging.config.file=" + config);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(text).isZero();
        return text;
    }
}
