package io.taoxi.jobs.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
  * Writes exported rows as JSON Lines or CSV (infrastructure). Both take the values {@link ParquetRows}
  * returns and write them as text the same way:
  * <ul>
  *   <li>timestamps ({@link java.time.Instant}) as ISO-8601 UTC ({@code 2026-11-30T06:00:00.123456Z}),
  *       dates and times as ISO-8601 too;</li>
  *   <li>binary values as Base64;</li>
  *   <li>JSONL: numbers and booleans as JSON numbers and booleans, lists and maps as JSON arrays and
  *       objects, null as {@code null}; non-ASCII text (Chinese…) as UTF-8, not {@code \\u} escapes;</li>
  *   <li>CSV (RFC 4180): a header line, CRLF line ends, a field quoted when it holds a comma, a double
  *       quote, CR or LF (quotes doubled); null is an empty field and the empty string is {@code ""}, so
  *       the two stay apart; lists and maps as JSON text.</li>
  * </ul>
  */
abstract class RowWriter implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    protected final Writer out;
    protected final List<String> columns;

    private RowWriter(Writer out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    static RowWriter jsonl(Writer out, List<String> columns) throws IOException {
        return new Jsonl(out, columns);
    }

    static RowWriter csv(Writer out, List<String> columns) throws IOException {
        return new Csv(out, columns);
    }

    /** Writes one row; {@code values} are in {@link #columns} order. */
    abstract void write(List<Object> values) throws IOException;

    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** A value as JSON-ready Java: temporal values as ISO text, bytes as Base64, containers recursively. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LocalDateTime local) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local); // keeps ":00" seconds, unlike toString()
        }
        if (value instanceof LocalTime local) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(local);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(plain(element)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(String.valueOf(key), plain(element)));
            return copy;
        }
        return value.toString();
    }

    private static final class Jsonl extends RowWriter {
        private final JsonGenerator generator;

        Jsonl(Writer out, List<String> columns) throws IOException {
            super(out, columns);
            generator = MAPPER.createGenerator(out);
            generator.setPrettyPrinter(new MinimalPrettyPrinter(""));
        }

        @Override
        void write(List<Object> values) throws IOException {
            generator.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                generator.writeFieldName(columns.get(i));
                generator.writeObject(plain(values.get(i)));
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
        }

        @Override
        void flush() throws IOException {
            generator.flush();
        }

        @Override
        public void close() throws IOException {
            generator.close();
            out.flush();
        }
    }

    private static final class Csv extends RowWriter {
        Csv(Writer out, List<String> columns) throws IOException {
            super(out, columns);
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                field(columns.get(i));
            }
            out.write("\r\n");
        }

        @Override
        void write(List<Object> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object value = plain(values.get(i));
                if (value == null) {
                    continue;
                }
                if (value instanceof List || value instanceof Map) {
                    field(MAPPER.writeValueAsString(value));
                } else if (value instanceof BigDecimal decimal) {
                    field(decimal.toPlainString());
                } else {
                    field(value.toString());
                }
            }
            out.write("\r\n");
        }

        private void field(String text) throws IOException {
            boolean quote = text.isEmpty();
            for (int i = 0; i < text.length() && !quote; i++) {
                char c = text.charAt(i);
                quote = c == ',' || c == '"' || c == '\r' || c == '\n';
            }
            if (!quote) {
                out.write(text);
                return;
            }
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        }
    }
}
