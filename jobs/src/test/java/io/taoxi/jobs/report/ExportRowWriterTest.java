package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportRowWriterTest {
    private static final List<String> COLUMNS = List.of("ts", "local", "bytes", "nested", "empty", "missing", "dec");
    private static final List<Object> ROW = Arrays.asList(
            Instant.parse("2026-11-30T06:00:00Z"),
            LocalDateTime.parse("2026-11-30T06:00:00"),
            "淘洗".getBytes(StandardCharsets.UTF_8),
            Map.of("tags", List.of("新闻")),
            "",
            null,
            new BigDecimal("1E+3"));

    @Test
    void jsonl() throws IOException {
        StringWriter out = new StringWriter();
        try (RowWriter writer = RowWriter.jsonl(out, COLUMNS)) {
            writer.write(ROW);
            writer.write(ROW);
        }
        String line = "{\"ts\":\"2026-11-30T06:00:00Z\",\"local\":\"2026-11-30T06:00:00\",\"bytes\":\"5reY5rSX\","
                + "\"nested\":{\"tags\":[\"新闻\"]},\"empty\":\"\",\"missing\":null,\"dec\":1E+3}\n";
        assertEquals(line + line, out.toString());
    }

    @Test
    void csvKeepsEmptyAndNullApart() throws IOException {
        StringWriter out = new StringWriter();
        try (RowWriter writer = RowWriter.csv(out, COLUMNS)) {
            writer.write(ROW);
        }
        assertEquals("ts,local,bytes,nested,empty,missing,dec\r\n"
                + "2026-11-30T06:00:00Z,2026-11-30T06:00:00,5reY5rSX,\"{\"\"tags\"\":[\"\"新闻\"\"]}\",\"\",,1000\r\n",
                out.toString());
    }
}
