package io.taoxi.jobs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
  * A stage output folder written with parquet-hadoop, shaped like Spark's: zstd part files named
  * {@code part-NNNNN-<uuid>-c000.zstd.parquet}, a {@code _SUCCESS} marker, the document columns of
  * docs/schema.md (string, int64, timestamp-micros, double, int32, nulls) plus the outcome columns.
  */
final class ParquetFixtures {
    static final String CHINESE_TEXT = "中文文本，第一段。\n第二段有\"引号\"和逗号,结尾";

    private static final String DOCUMENT_COLUMNS = """
                required binary id (STRING);
                optional binary source (STRING);
                optional int64 source_offset;
                optional int64 fetch_time (TIMESTAMP(MICROS,true));
                optional double mojibake_ratio;
                optional binary title (STRING);
                optional binary text (STRING);
                optional int32 text_chars;
            """;
    static final MessageType KEPT = MessageTypeParser.parseMessageType(
            "message spark_schema {\n" + DOCUMENT_COLUMNS + "}");
    static final MessageType DROPPED = MessageTypeParser.parseMessageType(
            "message spark_schema {\n" + DOCUMENT_COLUMNS + "  optional binary reason (STRING);\n}");
    static final MessageType QUARANTINE = MessageTypeParser.parseMessageType(
            "message spark_schema {\n" + DOCUMENT_COLUMNS + """
                optional binary reason (STRING);
                optional binary error_class (STRING);
                optional binary error_message (STRING);
            }""");

    static final Instant FETCH_TIME = Instant.parse("2026-11-30T06:00:00.123456Z");

    private ParquetFixtures() {
    }

    /**
      * kept/: a1 (Chinese text with quote, comma and newline; null title) and a2 in part-00000, a3 in
      * part-00001; dropped/: d1 (too_short); quarantine/: q1 (truncated_record, null text).
      */
    static Path stage(Path root) throws IOException {
        Path stage = root.resolve("ingest");
        write(stage.resolve("kept/part-00000-0b1c.c000.zstd.parquet"), KEPT, List.of(
                document("a1", 0L, FETCH_TIME, 0.0, null, CHINESE_TEXT),
                document("a2", 4096L, Instant.parse("2026-11-30T06:00:01Z"), 0.25, "Title, with comma", "plain")));
        write(stage.resolve("kept/part-00001-0b1c.c000.zstd.parquet"), KEPT, List.of(
                document("a3", 8192L, null, 0.5, "", "third")));
        Files.writeString(stage.resolve("kept/_SUCCESS"), "");
        write(stage.resolve("dropped/part-00000-77aa.c000.zstd.parquet"), DROPPED, List.of(
                document("d1", 12288L, FETCH_TIME, 0.0, null, "短").andThen(g -> g.append("reason", "too_short"))));
        write(stage.resolve("quarantine/part-00000-99ff.c000.zstd.parquet"), QUARANTINE, List.of(
                ((Consumer<Group>) g -> {
                    g.append("id", "q1");
                    g.append("source", "web");
                    g.append("source_offset", 16384L);
                }).andThen(g -> g.append("reason", "truncated_record")
                        .append("error_class", "java.io.EOFException")
                        .append("error_message", "unexpected end of gzip member at offset 16384 of a.warc.gz"))));
        return stage;
    }

    static Consumer<Group> document(String id, long offset, Instant fetchTime, double mojibake, String title,
                                                                    String text) {
        return group -> {
            group.append("id", id);
            group.append("source", "web");
            group.append("source_offset", offset);
            if (fetchTime != null) {
                group.append("fetch_time", fetchTime.getEpochSecond() * 1_000_000L + fetchTime.getNano() / 1_000);
            }
            group.append("mojibake_ratio", mojibake);
            if (title != null) {
                group.append("title", title);
            }
            group.append("text", text);
            group.append("text_chars", text.codePointCount(0, text.length()));
        };
    }

    static void write(Path file, MessageType schema, List<Consumer<Group>> rows) throws IOException {
        Files.createDirectories(file.getParent());
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter
                .builder(new org.apache.hadoop.fs.Path(file.toUri()))
                .withType(schema)
                .withConf(new Configuration())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .build()) {
            for (Consumer<Group> row : rows) {
                Group group = groups.newGroup();
                row.accept(group);
                writer.write(group);
            }
        }
    }
}
