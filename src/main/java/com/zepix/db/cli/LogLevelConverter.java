package com.zepix.db.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --log-level} in any case, with one plain line for a level that does not exist. */
final class LogLevelConverter implements ITypeConverter<LogSetup.LogLevel> {

    @Override
    public LogSetup.LogLevel convert(String value) {
        try {
            return LogSetup.LogLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a log level (error, warn, info, debug or trace)");
        }
    }
}
