package com.zepix.db.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The command line's logging: the library, Flyway and jOOQ log through SLF4J, which this jar
 * routes to java.util.logging, configured here from {@code --log-level} and {@code --log-file}.
 * Without them only warnings and errors reach stderr; with a log file, the outcomes of init,
 * backup, restore and sync (INFO) go there too, one line each, timed in UTC.
 */
final class LogSetup {

    /** The levels an operator names, as SLF4J names them. */
    enum LogLevel {
        ERROR(Level.SEVERE), WARN(Level.WARNING), INFO(Level.INFO), DEBUG(Level.FINE), TRACE(Level.FINEST);

        private final Level julLevel;

        LogLevel(Level julLevel) {
            this.julLevel = julLevel;
        }

        static String nameOf(Level level) {
            for (LogLevel l : values()) {
                if (level.intValue() >= l.julLevel.intValue()) {
                    return l.name();
                }
            }
            return TRACE.name();
        }
    }

    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger OWN_LOGGERS = Logger.getLogger("com.zepix.db");
    /**
     * Flyway and jOOQ at INFO narrate every connection they open ("Database: jdbc:sqlite:...") and
     * every scratch database verify, status and restore migrate in memory ("Schema history table
     * does not exist yet"), which reads as if the operator's files were at fault. Below DEBUG they
     * log warnings and errors only; init's own line says what it migrated.
     */
    private static final List<Logger> LIBRARY_LOGGERS = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    private static Handler installed;

    private LogSetup() {
    }

    /** Warnings and errors to stderr: what every run starts with. */
    static void defaults() {
        apply(null, null);
    }

    /**
     * @param level null for WARN, or INFO when there is a log file
     * @param file where to append the log instead of stderr, or null
     */
    static synchronized void apply(LogLevel level, Path file) {
        LogLevel effective = level != null ? level : file != null ? LogLevel.INFO : LogLevel.WARN;
        // Unasked, this project's own log lines stay off stderr: each command already prints its
        // outcome and every problem once, as one line. Asked for (a level, or a file), they go there.
        OWN_LOGGERS.setLevel(level == null && file == null ? Level.OFF : null);
        boolean libraryDetail = effective == LogLevel.DEBUG || effective == LogLevel.TRACE;
        LIBRARY_LOGGERS.forEach(l -> l.setLevel(libraryDetail ? null : Level.WARNING));
        Handler handler = file == null ? new StandardErrorHandler() : fileHandler(file);
        handler.setFormatter(new LineFormatter());
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        installed = handler;
        root.addHandler(handler);
        root.setLevel(effective.julLevel);
    }

    /** Writes out what is buffered for the log file. */
    static synchronized void flush() {
        if (installed != null) {
            installed.flush();
        }
    }

    private static Handler fileHandler(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("--log-file " + file + ": the folder " + parent + " does not exist");
            }
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return new FlushingHandler(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("--log-file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Each line on disk when it is logged, so a killed run still leaves its log. */
    private static final class FlushingHandler extends StreamHandler {

        FlushingHandler(OutputStream out) {
            super(out, new LineFormatter());
            try {
                setEncoding(StandardCharsets.UTF_8.name());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }
    }

    /** stderr as it is when a line is logged (tests and tools replace System.err). */
    private static final class StandardErrorHandler extends Handler {

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                PrintStream err = System.err;
                err.print(getFormatter().format(record));
                err.flush();
            }
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
            // stderr belongs to the process
        }
    }

    /** {@code 2026-11-29T10:15:00.123Z INFO  TradeSync: message}, and a stack trace when there is one. */
    private static final class LineFormatter extends Formatter {

        @Override
        public String format(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            String shortName = logger.substring(logger.lastIndexOf('.') + 1);
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis()))
                    .append(' ').append(String.format(Locale.ROOT, "%-5s", LogLevel.nameOf(record.getLevel())))
                    .append(' ').append(shortName).append(": ").append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
