package io.taoxi.jobs.ingest.forum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.demo.ForumDemoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo forum files are deterministic and every reader reads them without quarantine. */
class ForumDemoFilesTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesAndCleanReads() throws IOException {
        List<Path> a = ForumDemoFiles.write(dir.resolve("a"), 7);
        List<Path> b = ForumDemoFiles.write(dir.resolve("b"), 7);
        assertEquals(4, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
        String[] formats = {"stackexchange", "reddit", "mbox", "jsonl"};
        for (int i = 0; i < formats.length; i++) {
            ForumReaderBench.Pass p = ForumReaderBench.pass(formats[i], a.get(i));
            assertTrue(p.outcomes().getOrDefault("kept", 0L) >= 4, formats[i] + " " + p.outcomes());
            for (String reason : p.outcomes().keySet()) {
                assertTrue(List.of("kept", "empty_text", "forum_deleted_body").contains(reason),
                        formats[i] + " " + p.outcomes());
            }
        }
    }
}
