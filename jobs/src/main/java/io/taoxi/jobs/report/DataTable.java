package io.taoxi.jobs.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
  * Record: one table of a report as raw values (numbers stay numbers, no thousands separators), written
  * to {@code data/<name>.csv} and into {@code report.json}, and joined row by row by {@link CompareReport}.
  *
  * <p>Columns of kind {@link Kind#KEY} identify a row: two runs' tables are compared on them. The other
  * kinds say how a value is formatted when shown ({@code COUNT} → {@code 12,000}, {@code BYTES} →
  * {@code 878.9 KiB}, {@code FRACTION} → {@code 83.3%}, {@code NUMBER} → 4 significant digits,
  * {@code TEXT} as is) and whether a difference is computed (numeric kinds only).
  */
record DataTable(String name, String title, List<DataColumn> columns, List<List<Object>> rows) {
    DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    enum Kind { KEY, TEXT, COUNT, BYTES, FRACTION, NUMBER;
        boolean numeric() {
            return this == COUNT || this == BYTES || this == FRACTION || this == NUMBER;
        }
    }

    record DataColumn(String name, Kind kind) {
    }

    static DataColumn key(String name) {
        return new DataColumn(name, Kind.KEY);
    }

    static DataColumn column(String name, Kind kind) {
        return new DataColumn(name, kind);
    }

    List<String> columnNames() {
        return columns.stream().map(DataColumn::name).toList();
    }

    int keyCount() {
        return (int) columns.stream().filter(column -> column.kind() == Kind.KEY).count();
    }

    /** Rows as JSON-ready objects, column name → value, in column order. */
    List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i).name(), i < row.size() ? row.get(i) : null);
            }
            records.add(record);
        }
        return records;
    }

    void writeCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                RowWriter writer = RowWriter.csv(out, columnNames())) {
            for (List<Object> row : rows) {
                writer.write(row);
            }
        }
    }

    /** {@code report.json}: {@code {"run": …, "tables": {name: {"title", "columns": {name: kind}, "rows": […]}}}}. */
    static void writeJson(Path file, Map<String, Object> header, List<DataTable> tables) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>(header);
        Map<String, Object> byName = new LinkedHashMap<>();
        for (DataTable table : tables) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", table.title());
            Map<String, String> kinds = new LinkedHashMap<>();
            table.columns().forEach(column -> kinds.put(column.name(), column.kind().name().toLowerCase(java.util.Locale.ROOT)));
            entry.put("columns", kinds);
            entry.put("rows", table.records());
            byName.put(table.name(), entry);
        }
        root.put("tables", byName);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValue(file.toFile(), root);
    }

    /** Formats one value of this table for display (see the class comment). */
    static String format(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number && kind.numeric()) {
            double d = number.doubleValue();
            return switch (kind) {
                case COUNT -> number instanceof Double || number instanceof Float
                        ? String.format(java.util.Locale.ROOT, "%,.1f", d) : Formatting.count(number.longValue());
                case BYTES -> Formatting.bytes(number.longValue());
                case FRACTION -> Formatting.percent(d);
                default -> number(d);
            };
        }
        return String.valueOf(value);
    }

    /** 4 significant digits, no exponent for ordinary magnitudes: {@code 0.1235}, {@code 1,235}, {@code 12.5}. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return Formatting.NOT_APPLICABLE;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Formatting.count((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(java.util.Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 1e-4 || magnitude == 0) {
            java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(4));
            return rounded.stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3g", value);
    }
}
