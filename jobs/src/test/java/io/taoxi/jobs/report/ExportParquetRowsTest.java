package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportParquetRowsTest {
    @TempDir
    Path temp;

    private static List<LinkedHashMap<String, Object>> all(ParquetRows rows) throws IOException {
        List<LinkedHashMap<String, Object>> list = new ArrayList<>();
        try (rows) {
            rows.forEachRemaining(list::add);
        }
        return list;
    }

    @Test
    void readsPartFilesInNameOrderAndIgnoresOtherFiles() throws IOException {
        Path kept = ParquetFixtures.stage(temp).resolve("kept");
        Files.writeString(kept.resolve("part-00002-notes.txt"), "not Parquet");
        assertEquals(List.of("part-00000-0b1c.c000.zstd.parquet", "part-00001-0b1c.c000.zstd.parquet"),
                ParquetRows.partFiles(kept).stream().map(path -> path.getFileName().toString()).toList());

        List<LinkedHashMap<String, Object>> rows = all(ParquetRows.open(kept));
        assertEquals(3, rows.size());
        Map<String, Object> first = rows.get(0);
        assertEquals("a1", first.get("id"));
        assertEquals(0L, first.get("source_offset"));
        assertEquals(ParquetFixtures.FETCH_TIME, first.get("fetch_time"));
        assertEquals(0.0, first.get("mojibake_ratio"));
        assertTrue(first.containsKey("title"));
        assertNull(first.get("title"));
        assertEquals(ParquetFixtures.CHINESE_TEXT, first.get("text"));
        assertEquals("a3", rows.get(2).get("id"));
        assertEquals("", rows.get(2).get("title"));
    }

    @Test
    void projectionReadsOnlyAskedColumnsAndSkipsMissingOnes() throws IOException {
        Path stage = ParquetFixtures.stage(temp);
        List<Path> files = new ArrayList<>(ParquetRows.partFiles(stage.resolve("kept")));
        files.addAll(ParquetRows.partFiles(stage.resolve("dropped")));
        assertEquals(List.of("id", "source", "source_offset", "fetch_time", "mojibake_ratio", "title", "text",
                "text_chars", "reason"), ParquetRows.columns(files));

        List<LinkedHashMap<String, Object>> rows = all(ParquetRows.open(files, Set.of("reason", "id")));
        assertEquals(4, rows.size());
        assertEquals(List.of("id"), List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of("id", "reason"), List.copyOf(rows.get(3).keySet()));
        assertEquals("too_short", rows.get(3).get("reason"));
    }

    @Test
    void legacyInt96TimestampsAndNestedTypes() throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType("""
                message spark_schema {
                    optional int96 legacy_time;
                    optional int64 millis_time (TIMESTAMP(MILLIS,true));
                    optional int64 local_time (TIMESTAMP(MICROS,false));
                    optional int32 day (DATE);
                    optional boolean flag;
                    optional group meta (MAP) {
                        repeated group key_value {
                            required binary key (STRING);
                            optional binary value (STRING);
                        }
                    }
                    optional group tags (LIST) {
                        repeated group list {
                            optional binary element (STRING);
                        }
                    }
                }
                """);
        Path file = temp.resolve("part-00000-x.parquet");
        Instant instant = Instant.parse("2026-11-30T06:00:00.123456789Z");
        long nanosOfDay = (instant.getEpochSecond() % 86_400) * 1_000_000_000L + instant.getNano();
        int julianDay = (int) (instant.getEpochSecond() / 86_400 + 2_440_588);
        ParquetFixtures.write(file, schema, List.of(group -> {
            group.append("legacy_time", new NanoTime(julianDay, nanosOfDay));
            group.append("millis_time", instant.toEpochMilli());
            group.append("local_time", instant.getEpochSecond() * 1_000_000L);
            group.append("day", (int) (instant.getEpochSecond() / 86_400));
            group.append("flag", true);
            Group meta = group.addGroup("meta");
            meta.addGroup("key_value").append("key", "charset").append("value", "GB18030");
            meta.addGroup("key_value").append("key", "lang_hint");
            Group tags = group.addGroup("tags");
            tags.addGroup("list").append("element", "新闻");
            tags.addGroup("list");
        }, group -> { }));

        List<LinkedHashMap<String, Object>> rows = all(ParquetRows.open(List.of(file), null));
        Map<String, Object> row = rows.get(0);
        assertEquals(instant, row.get("legacy_time"));
        assertEquals(Instant.parse("2026-11-30T06:00:00.123Z"), row.get("millis_time"));
        assertEquals("2026-11-30T06:00", row.get("local_time").toString());
        assertEquals("2026-11-30", row.get("day").toString());
        assertEquals(true, row.get("flag"));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("charset", "GB18030");
        meta.put("lang_hint", null);
        assertEquals(meta, row.get("meta"));
        List<Object> tags = new ArrayList<>();
        tags.add("新闻");
        tags.add(null);
        assertEquals(tags, row.get("tags"));

        Map<String, Object> empty = rows.get(1);
        assertEquals(7, empty.size());
        assertTrue(empty.values().stream().allMatch(value -> value == null));
        assertFalse(new ParquetRowsHolder(file).hasRows(), "closed readers answer false");
    }

    /** Reads a file to the end and checks hasNext() stays false afterwards. */
    private record ParquetRowsHolder(Path file) {
        boolean hasRows() throws IOException {
            try (ParquetRows rows = ParquetRows.open(List.of(file), null)) {
                rows.forEachRemaining(row -> { });
                return rows.hasNext();
            }
        }
    }
}
