package com.zepix.db.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jooq.impl.AbstractConverter;

/** The daily statistics tables key their rows by UTC day as {@code YYYY-MM-DD} text. */
public final class DailyDateConverter extends AbstractConverter<String, LocalDate> {

    private static final long serialVersionUID = 1L;

    /** Instantiated by the generated code of the daily statistics tables. */
    public DailyDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + text + "' is not of the form YYYY-MM-DD", e);
        }
    }

    @Override
    public String to(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
