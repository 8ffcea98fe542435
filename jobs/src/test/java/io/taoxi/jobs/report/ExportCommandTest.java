package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path stage;
    private Path output;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeStage() throws IOException {
        stage = ParquetFixtures.stage(temp);
        output = temp.resolve("out/export.txt");
    }

    private int export(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--output");
        all.add(output.toString());
        return new CommandLine(new ExportCommand()).setErr(new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    private String written() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : written().split("\n", -1)) {
            if (!line.isEmpty()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonlOfAWholeStageHasEveryRowWithItsOutcome() throws IOException {
        assertEquals(0, export("--input", stage.toString()), err.toString());
        String text = written();
        assertTrue(text.endsWith("\n"));
        assertTrue(text.contains("中文文本，第一段。"), "UTF-8, not \\u escapes");

        List<JsonNode> rows = jsonLines();
        assertEquals(List.of("a1", "a2", "a3", "d1", "q1"), rows.stream().map(row -> row.get("id").asText()).toList());
        assertEquals(List.of("kept", "kept", "kept", "dropped", "quarantined"),
                rows.stream().map(row -> row.get("outcome").asText()).toList());
        assertEquals(List.of("outcome", "id", "source", "source_offset", "fetch_time", "mojibake_ratio", "title",
                "text", "text_chars", "reason", "error_class", "error_message"), fieldNames(rows.get(0)));

        JsonNode first = rows.get(0);
        assertEquals(ParquetFixtures.CHINESE_TEXT, first.get("text").asText());
        assertEquals("2026-11-30T06:00:00.123456Z", first.get("fetch_time").asText());
        assertTrue(first.get("source_offset").isIntegralNumber());
        assertTrue(first.get("mojibake_ratio").isDouble());
        assertEquals(ParquetFixtures.CHINESE_TEXT.codePointCount(0, ParquetFixtures.CHINESE_TEXT.length()),
                first.get("text_chars").asInt());
        assertTrue(first.get("title").isNull());
        assertTrue(first.get("reason").isNull(), "kept rows have no reason");
        assertEquals("2026-11-30T06:00:01Z", rows.get(1).get("fetch_time").asText());
        assertEquals("too_short", rows.get(3).get("reason").asText());
        assertEquals("java.io.EOFException", rows.get(4).get("error_class").asText());
        assertTrue(rows.get(4).get("text").isNull());
    }

    /**
     * A document dropped for personal data keeps its identifiers in dropped/ (and a flagged one in kept/):
     * export prints placeholders unless asked for the stored text.
     */
    @Test
    void personalIdentifiersAreMaskedUnlessAskedFor() throws IOException {
        String first17 = "11010519491231002";
        String cnId = first17 + io.taoxi.filters.pii.Checksums.cnIdCheck(first17);
        String text = "联系人邮箱 wang.fang@example.cn，身份证号 " + cnId + "，请核对。";
        Path piiStage = temp.resolve("filter");
        ParquetFixtures.write(piiStage.resolve("dropped/part-00000-1234.c000.zstd.parquet"), ParquetFixtures.DROPPED,
                List.of(ParquetFixtures.document("p1", 0L, ParquetFixtures.FETCH_TIME, 0.0,
                        "来信 wang.fang@example.cn", text).andThen(g -> g.append("reason", "pii_cn_id"))));

        assertEquals(0, export("--input", piiStage.toString()), err.toString());
        JsonNode masked = jsonLines().get(0);
        assertEquals("联系人邮箱 <EMAIL>，身份证号 <CN_ID>，请核对。", masked.get("text").asText());
        assertEquals("来信 <EMAIL>", masked.get("title").asText());
        assertFalse(written().contains(cnId));
        assertFalse(written().contains("wang.fang@"));
        assertEquals("pii_cn_id", masked.get("reason").asText());

        assertEquals(0, export("--input", piiStage.toString(), "--show-personal-data"), err.toString());
        assertEquals(text, jsonLines().get(0).get("text").asText());
    }

    @Test
    void csvQuotesCommasQuotesAndNewlines() throws IOException {
        assertEquals(0, export("--input", stage.toString(), "--format", "csv",
                "--columns", "id,title,text,fetch_time,outcome"), err.toString());
        String csv = written();
        String expected = "id,title,text,fetch_time,outcome\r\n"
                + "a1,,\"中文文本，第一段。\n第二段有\"\"引号\"\"和逗号,结尾\",2026-11-30T06:00:00.123456Z,kept\r\n"
                + "a2,\"Title, with comma\",plain,2026-11-30T06:00:01Z,kept\r\n"
                + "a3,\"\",third,,kept\r\n"
                + "d1,,短,2026-11-30T06:00:00.123456Z,dropped\r\n"
                + "q1,,,,quarantined\r\n";
        assertEquals(expected, csv);
    }

    @Test
    void limitStopsAcrossFilesAndFolders() throws IOException {
        assertEquals(0, export("--input", stage.toString(), "--limit", "4"));
        assertEquals(List.of("a1", "a2", "a3", "d1"), jsonLines().stream().map(row -> row.get("id").asText()).toList());

        assertEquals(0, export("--input", stage.toString(), "--limit", "0", "--format", "csv"));
        assertEquals(1, written().split("\r\n").length, "header only");
    }

    @Test
    void columnsChooseAndOrderFields() throws IOException {
        assertEquals(0, export("--input", stage.toString(), "--columns", "text_chars,outcome,id", "--limit", "1"));
        JsonNode row = jsonLines().get(0);
        assertEquals(List.of("text_chars", "outcome", "id"), fieldNames(row));
    }

    @Test
    void onlyOutcomeStillCountsEveryRow() throws IOException {
        assertEquals(0, export("--input", stage.toString(), "--columns", "outcome", "--format", "csv"));
        assertEquals("outcome\r\nkept\r\nkept\r\nkept\r\ndropped\r\nquarantined\r\n", written());
    }

    @Test
    void whichSelectsOneFolderWithoutOutcomeField() throws IOException {
        assertEquals(0, export("--input", stage.toString(), "--which", "dropped"));
        List<JsonNode> rows = jsonLines();
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).has("outcome"));
        assertEquals("too_short", rows.get(0).get("reason").asText());
        assertEquals("短", rows.get(0).get("text").asText());
    }

    @Test
    void inputMayBeAnOutcomeFolder() throws IOException {
        assertEquals(0, export("--input", stage.resolve("quarantine").toString()));
        List<JsonNode> rows = jsonLines();
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).has("outcome"));
        assertEquals("unexpected end of gzip member at offset 16384 of a.warc.gz", rows.get(0).get("error_message").asText());

        assertEquals(0, export("--input", stage.resolve("kept").toString(), "--which", "kept"));
        assertEquals(3, jsonLines().size());
    }

    @Test
    void maxTextCharsCutsByCodePoint() throws IOException {
        assertEquals(0, export("--input", stage.resolve("kept").toString(), "--max-text-chars", "3", "--limit", "2"));
        List<JsonNode> rows = jsonLines();
        assertEquals("中文文", rows.get(0).get("text").asText());
        assertEquals("pla", rows.get(1).get("text").asText());
        assertEquals("Title, with comma", rows.get(1).get("title").asText(), "only text is cut");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(2, export("--input", stage.toString(), "--columns", "id,nope"));
        assertTrue(err.toString().contains("unknown column 'nope' in --columns; the input has: outcome,id,"), err.toString());

        assertEquals(2, export("--input", stage.resolve("kept").toString(), "--which", "dropped"));
        assertTrue(err.toString().contains("--which dropped contradicts --input"), err.toString());

        assertEquals(2, export("--input", temp.resolve("missing").toString()));
        assertTrue(err.toString().contains("no folder at"), err.toString());

        assertEquals(2, export("--input", stage.toString(), "--format", "xml"));
        assertTrue(err.toString().contains("--format must be one of jsonl, csv, got 'xml'"), err.toString());
    }
}
