package com.zepix.db.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A day as YYYY-MM-DD; a bad one gets one plain line, not Java's parser text. */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date: expected YYYY-MM-DD, e.g. 2026-11-29");
        }
    }
}
