package io.taoxi.jobs.ingest.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.dataset.IngestFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reddit's split dumps (submissions and comments in two files, RS_/RC_ monthly and _submissions/_comments per
 * subreddit) joined into threads, end to end through IngestStage and StageRunner. The fixtures are made by
 * forum/make_fixtures.py with the zstd command-line tool.
 */
class RedditSplitDumpTest {
    @TempDir
    static Path dir;

    private static ReadTask file(String sourceFile) {
        return new ReadTask("reddit", "forum", "file:/x/" + sourceFile, sourceFile, 10, 1);
    }

    @Test
    void planPairsSubmissionsWithTheCommentsOfTheSameMonthOrSubreddit() {
        List<ReadTask> planned = RedditSourceReader.pairSplitDumps(List.of(file("in/RC_2024-06.zst"),
                file("in/RS_2024-06.zst"), file("in/RC_2024-07.zst"), file("in/RS_2024-05.zst"),
                file("in/other/RC_2024-06.zst"), file("in/sub/taoxi_ko_comments.jsonl"),
                file("in/sub/taoxi_ko_submissions.jsonl"), file("in/mixed.jsonl")));
        Map<String, List<String>> byTask = new TreeMap<>();
        for (ReadTask t : planned) {
            byTask.put(t.sourceFile(), t.companions().stream().map(ReadTask.Part::sourceFile).toList());
        }
        assertEquals(Map.of("in/RS_2024-06.zst", List.of("in/RC_2024-06.zst"),
                "in/RS_2024-05.zst", List.of(),
                "in/RC_2024-07.zst", List.of(),
                "in/other/RC_2024-06.zst", List.of(), // another folder: not the same dump
                "in/sub/taoxi_ko_submissions.jsonl", List.of("in/sub/taoxi_ko_comments.jsonl"),
                "in/mixed.jsonl", List.of()), byTask);
        ReadTask june = planned.stream().filter(t -> t.sourceFile().equals("in/RS_2024-06.zst")).findFirst()
                .orElseThrow();
        assertEquals(20, june.length(), "the task's length covers both files (input fingerprint)");
        assertEquals(planned.stream().map(ReadTask::sourceFile).sorted().toList(),
                planned.stream().map(ReadTask::sourceFile).toList(), "sorted by sourceFile");
        assertTrue(RedditSourceReader.accepts("RC_2024-06.zst"));
        assertTrue(RedditSourceReader.accepts("taoxi_submissions.zst"));
        assertFalse(RedditSourceReader.accepts("RS_2024-06.xz"), "xz is not read (LineInput: gzip, zstd)");
    }

    @Test
    void submissionsAndCommentsInTwoZstdFilesBecomeThreads() {
        Path in = IngestFixtures.copy("forum/reddit-split", dir);
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-split/ingest"), "forum", in.toString(),
                "reddit");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        // threads s1, s2, s3, old1 (comments only), q1 (per-subreddit pair); k4 deleted; one cut-off line
        assertEquals(5, r.kept().size(), r.kept().toString());
        assertEquals(Map.of("forum_deleted_body", 1L, "json_malformed_line", 1L), r.reasons());
        assertEquals(7, r.in());

        Row s1 = r.keptWith("墙角就发霉");
        String text = s1.getAs("text");
        assertEquals("老房子的墙面返潮怎么办？", s1.getAs("title"), "the title comes from the submissions file");
        assertEquals(4, (int) s1.getAs("posts"), "submission + k1 + k2 + k5 (k4 deleted)");
        assertTrue(text.indexOf("墙角就发霉") < text.indexOf("先查一下外墙")
                && text.indexOf("先查一下外墙") < text.indexOf("外墙看过了")
                && text.indexOf("外墙看过了") < text.indexOf("除湿机只能治标"), text);
        assertFalse(text.contains("> 先查一下外墙"), "parent in the thread: quote removed");
        assertTrue(text.contains("> 可以买一台除湿机"), "parent deleted: the quote stays as context");
        assertTrue(s1.<String>getAs("source_file").endsWith("reddit-split/RS_2024-06.zst"));
        assertEquals("t3_s1", s1.getAs("external_id"));
        assertEquals(List.of("taoxi_zh"), s1.getList(s1.fieldIndex("tags")));

        Row s2 = r.keptWith("自習室");
        assertTrue(s2.<String>getAs("text").contains("夜九時まで"), "a comment that came after s1's comments");
        Row s3 = r.keptWith("acetone");
        assertTrue(s3.<String>getAs("text").contains("Feed it twice a day"));

        Row old = r.keptWith("last month's dump");
        assertNull(old.getAs("title"), "its submission is in another month's file");
        assertTrue(old.<String>getAs("source_file").endsWith("RC_2024-06.zst"), "located where its first line is");
        assertEquals("t3_old1", old.getAs("external_id"));
        assertEquals(0L, (long) old.getAs("source_offset"), "zstd: the compressed offset is 0");
        assertTrue(old.<Long>getAs("source_inner_offset") > 0);

        Row ko = r.keptWith("자전거");
        assertTrue(ko.<String>getAs("text").contains("샤워실이 있어서"), ko.<String>getAs("text"));
        assertEquals(3, (int) ko.getAs("posts"));

        Row deleted = r.dropped().get(0);
        assertEquals("t1_k4", deleted.getAs("external_id"));
        assertTrue(deleted.<String>getAs("source_file").endsWith("RC_2024-06.zst"));
        Row bad = r.quarantined().get(0);
        assertTrue(bad.<String>getAs("source_file").endsWith("RC_2024-06.zst"), "quarantined in its own file");
        assertTrue(bad.<String>getAs("error_message").contains("RC_2024-06.zst"), bad.toString());
        assertTrue(bad.<Long>getAs("source_inner_offset") > 0, "located by its uncompressed offset");

        // each file has its own summary row; a thread counts in the file of its first line
        Map<String, Long> found = new TreeMap<>();
        SparkSession spark = io.taoxi.jobs.testing.TestSpark.session();
        for (Row s : spark.read().parquet(dir.resolve("out-split/ingest/sources").toString()).collectAsList()) {
            String f = s.getAs("source_file");
            found.put(f.substring(f.lastIndexOf('/') + 1), s.getAs("records_found"));
        }
        assertEquals(Map.of("RS_2024-06.zst", 3L, "RC_2024-06.zst", 3L, "taoxi_ko_submissions.jsonl", 1L,
                "taoxi_ko_comments.jsonl", 0L), found);
    }

    @Test
    void aTruncatedCommentsFileIsQuarantinedInItsOwnNameAndTheSubmissionsStillComeOut() throws IOException {
        Path src = IngestFixtures.copy("forum/reddit-split", dir.resolve("trunc-src"));
        Path in = dir.resolve("reddit-trunc");
        Files.createDirectories(in);
        Files.copy(src.resolve("RS_2024-06.zst"), in.resolve("RS_2024-06.zst"));
        byte[] rc = Files.readAllBytes(src.resolve("RC_2024-06.zst"));
        Files.write(in.resolve("RC_2024-06.zst"), java.util.Arrays.copyOf(rc, rc.length / 2));
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-trunc/ingest"), "forum", in.toString(),
                "reddit");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        List<Row> cut = r.quarantined().stream()
                .filter(q -> List.of("truncated_file", "bad_compressed_data").contains(q.<String>getAs("reason")))
                .toList();
        assertEquals(1, cut.size(), r.quarantined().toString());
        assertTrue(cut.get(0).<String>getAs("source_file").endsWith("RC_2024-06.zst"));
        // the three submissions are all in the intact file: every thread is still written
        for (String needle : List.of("墙角就发霉", "自習室", "acetone")) {
            assertTrue(r.keptWith(needle).<String>getAs("source_file").endsWith("RS_2024-06.zst"));
        }
    }
}
