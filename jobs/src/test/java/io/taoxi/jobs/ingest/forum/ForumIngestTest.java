package io.taoxi.jobs.ingest.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import io.taoxi.jobs.ingest.dataset.IngestFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forum readers end to end through IngestStage and StageRunner (local[2]): counts per reason, invariant, text. */
class ForumIngestTest {
    @TempDir
    static Path dir;

    @Test
    void stackExchangeThreadsAnswersAcceptedFirstAndHostileRows() {
        Path in = IngestFixtures.copy("forum/stackexchange", dir);
        long start = System.nanoTime();
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-se/ingest"), "forum", in.toString(),
                "stackexchange");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("empty_text", 1L, "forum_orphan_answer", 1L, "stackexchange_other_post_type", 1L,
                "undecodable_bytes", 1L, "xml_doctype_refused", 1L, "xml_malformed_row", 2L), r.reasons());
        assertEquals(4, r.kept().size());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "billion laughs must not take time");

        Row zh = r.keptWith("GBK");
        String text = zh.getAs("text");
        assertEquals("如何在 Spark 中读取 GBK 编码的 CSV 文件？", zh.getAs("title"));
        assertTrue(text.startsWith("如何在 Spark 中读取 GBK 编码的 CSV 文件？\n\n— #1:\n我有一个 GBK"), text);
        // accepted answer (score 3) before the higher-scored one (score 5)
        assertTrue(text.indexOf("设置 encoding 选项") < text.indexOf("iconv -f GBK"), text);
        assertTrue(text.contains("spark.read.option(\"encoding\", \"GBK\").csv(\"data.csv\")"), text);
        assertTrue(text.contains("- GBK 是 GB2312 的超集"), text);
        assertEquals(List.of("apache-spark", "csv", "encoding"), zh.getList(zh.fieldIndex("tags")));
        assertEquals(12L, (long) zh.getAs("score"));
        assertEquals(3, (int) zh.getAs("posts"));
        assertEquals("1", zh.getAs("external_id"), "the question's post Id");
        assertEquals("text/html", zh.getAs("content_type"));
        assertEquals(java.sql.Timestamp.from(java.time.Instant.parse("2024-05-01T08:00:00Z")), zh.getAs("created_time"));

        Row ja = r.keptWith("StringBuilder");
        String jaText = ja.getAs("text");
        assertTrue(jaText.contains("— #2:\nStringBuilder を使います。"), jaText);
        assertTrue(jaText.contains("— #1:\nありがとうございます。"), "the asker comes back as #1: " + jaText);
        assertEquals(List.of("java", "string"), ja.getList(ja.fieldIndex("tags")));

        Row ko = r.keptWith("딕셔너리");
        assertTrue(ko.<String>getAs("text").contains("TypeError: '<' not supported"));
        Map<String, String> droppedIds = new java.util.TreeMap<>();
        for (Row d : r.dropped()) {
            droppedIds.put(d.getAs("reason"), d.getAs("external_id"));
        }
        assertEquals("8", droppedIds.get("forum_orphan_answer"), "read again for its Id");
        assertEquals("6", droppedIds.get("stackexchange_other_post_type"));
        Row en = r.keptWith("zcat f.gz | wc -l");
        assertEquals(2, (int) en.getAs("posts"), "the answer spread over two lines is read");
        for (Row q : r.quarantined()) {
            assertTrue(q.<String>getAs("error_message").contains("Posts.xml"), q.toString());
        }
    }

    @Test
    void redditTreesDeletedBodiesAndHostileLines() {
        Path in = IngestFixtures.copy("forum/reddit", dir);
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-reddit/ingest"), "forum", in.toString(),
                "reddit");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("empty_text", 1L, "forum_bot_post", 1L, "forum_deleted_body", 2L,
                "forum_removed_body", 1L, "json_malformed_line", 1L, "json_not_an_object", 1L,
                "reddit_unknown_record", 1L, "undecodable_bytes", 1L), r.reasons());
        assertEquals(4, r.kept().size());
        assertEquals(13, r.in());

        Row hike = r.keptWith("西山步道");
        assertEquals("周末去哪里爬山比较好？\n\n— #1:\n住在城西，想找一条半天能走完的路线，有推荐吗？\n\n"
                + "— #2:\n西山步道不错，来回大概三个小时。\n\n— #1 → #2:\n谢谢！停车方便吗？\n\n"
                + "— #2 → #1:\n山脚有停车场，周末要早点去。\n\n— #3:\n> 东湖那边也可以\n\n东湖那条路线夏天太晒了。",
                hike.getAs("text"));
        assertEquals(List.of("taoxi_zh"), hike.getList(hike.fieldIndex("tags")));
        assertEquals("https://www.reddit.com/r/taoxi_zh/comments/abc1/", hike.getAs("url"));
        assertEquals(5, (int) hike.getAs("posts"));
        assertFalse(hike.<String>getAs("text").contains("alice"), "no user names");

        Row ko = r.keptWith("북한산");
        assertTrue(ko.<String>getAs("text").startsWith("주말 등산 코스 추천\n\n— #1:\n북한산"), ko.<String>getAs("text"));
        Row orphan = r.keptWith("another file");
        assertNull(orphan.getAs("title"));
        Row en = r.keptWith("touch typing");
        assertTrue(en.<String>getAs("text").contains("Any advice & tools?"), "entities unescaped");
        assertFalse(en.<String>getAs("text").contains("> don't look"), "parent is in the thread: quote goes");
    }

    @Test
    void redditCompressedVariantsAndATruncatedGzip() throws IOException {
        Path src = IngestFixtures.copy("forum/reddit", dir.resolve("compressed-src"));
        byte[] plain = Files.readAllBytes(src.resolve("dump.jsonl"));
        // only the first nine lines (clean records) go into the compressed files
        int cut = 0;
        for (int lines = 0; lines < 9; cut++) {
            if (plain[cut] == '\n') {
                lines++;
            }
        }
        byte[] clean = Arrays.copyOf(plain, cut);
        Path in = dir.resolve("reddit-compressed");
        Files.createDirectories(in);
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(in.resolve("a.jsonl.zst")))) {
            out.write(clean);
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(clean);
        }
        byte[] gzip = gz.toByteArray();
        Files.write(in.resolve("b.jsonl.gz"), Arrays.copyOf(gzip, gzip.length * 2 / 3));
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-reddit-z/ingest"), "forum", in.toString(),
                "reddit");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(1L, r.reasons().get("truncated_file"), r.reasons().toString());
        // zst: threads abc1 and abc2 (abc2 is a link post without text); gz: what decoded before the cut
        assertTrue(r.kept().size() >= 1, r.kept().toString());
        Row zst = r.kept().stream().filter(k -> k.<String>getAs("source_file").endsWith("a.jsonl.zst")).findFirst()
                .orElseThrow();
        assertEquals(0L, (long) zst.getAs("source_offset"));
        assertEquals(0L, (long) zst.getAs("source_inner_offset"));
        Row truncated = r.quarantined().get(0);
        assertTrue(truncated.<String>getAs("source_file").endsWith("b.jsonl.gz"));
        assertTrue(truncated.<Long>getAs("source_inner_offset") > 0, "located in the uncompressed stream");
    }

    @Test
    void mboxThreadsCharsetsQuotesAndAMalformedMessage() {
        Path in = IngestFixtures.copy("forum/mbox", dir);
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-mbox/ingest"), "forum", in.toString(), "mbox");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("empty_text", 1L, "mbox_malformed_message", 1L), r.reasons());
        assertEquals(4, r.kept().size());

        Row zh = r.keptWith("0.2 版本");
        String text = zh.getAs("text");
        assertEquals("关于下周发布计划的讨论", zh.getAs("title"));
        assertEquals("关于下周发布计划的讨论\n\n— #1:\n大家好：\n\n下周三准备发布 0.2 版本，主要是论坛数据的导入。\n"
                + "请在周一前提交测试结果。\n\n— #2:\n我同意，测试结果周日发出来。\n\n— #3 → #2:\n补充一點：發布前請先備份資料庫。"
                        .replace("补充", "補充"), text);
        assertEquals(List.of("dev.taoxi.example.org"), zh.getList(zh.fieldIndex("tags")));
        assertEquals(3, (int) zh.getAs("posts"));
        assertEquals("GB18030", zh.getAs("charset"));
        assertEquals("m1@example.cn", zh.getAs("external_id"), "the thread starter's Message-ID");

        Row ja = r.keptWith("水曜日の午後で大丈夫です。");
        assertTrue(ja.<String>getAs("text").startsWith("日程調整のお願い\n\n— #1:\n皆様\n\n来週の打ち合わせ"), ja.<String>getAs("text"));
        assertFalse(ja.<String>getAs("text").contains("さんは書きました"), ja.<String>getAs("text"));

        Row ko = r.keptWith("목요일");
        assertEquals("회의 일정", ko.getAs("title"));
        assertTrue(ko.<String>getAs("text").contains("> 회의를 언제 하면 좋을까요?"),
                "the parent is missing from the archive: its quote stays as context: " + ko.getAs("text"));

        Row en = r.keptWith("gzip trailers");
        String enText = en.getAs("text");
        assertTrue(enText.contains("\nFrom the start of a member"), ">From is unescaped: " + enText);
        assertTrue(enText.endsWith("— #2:\nThanks, looks good to me."), "top-posted original removed: " + enText);
        assertFalse(enText.contains("binary-payload"));
    }
}
