package com.zepix.db.ops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the typed report records of every command's {@code --json} (and any other tool's) as
 * JSON: property names in snake_case as the record components are named, numbers as numbers,
 * a non-finite double (NaN, infinity) as {@code null} because JSON has no way to say it, and a
 * path as its plain string.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new SimpleModule("zepix-json")
                    .addSerializer(Double.class, new FiniteDoubleSerializer(Double.class))
                    .addSerializer(double.class, new FiniteDoubleSerializer(double.class))
                    .addSerializer(Path.class, new PathSerializer()))
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private JsonOutput() {
    }

    /** One document, indented, ending in a newline. */
    public static String pretty(Object report) {
        try {
            return PRETTY.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + report.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** One document on one line, ending in a newline: for a stream of documents (JSON Lines). */
    public static String line(Object report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + report.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The mapper the output is written with, for tools and tests that read it back. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {

        FiniteDoubleSerializer(Class<Double> type) {
            super(type);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }

    private static final class PathSerializer extends StdSerializer<Path> {

        PathSerializer() {
            super(Path.class);
        }

        @Override
        public void serialize(Path value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
