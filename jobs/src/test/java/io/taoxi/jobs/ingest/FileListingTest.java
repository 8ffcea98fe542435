package io.taoxi.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.stage.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input listing: the local walk finds what Hadoop's recursive listFiles finds, with the same sizes and times. */
class FileListingTest {
    @TempDir
    Path dir;

    private Path tree() throws IOException {
        Path root = dir.resolve("crawl");
        for (String name : List.of("a.warc.gz", "seg-1/b.warc.gz", "seg-1/deep/er/c.warc", "seg-2/d.warc.gz",
                "seg-2/.hidden.warc.gz", "_SUCCESS", "seg-2/notes.txt", "empty/.keep")) {
            Path f = root.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "bytes of " + name);
        }
        Files.createDirectories(root.resolve("no-files/at/all"));
        return root;
    }

    @Test
    void theLocalWalkFindsEveryFileHadoopsListFilesFinds() throws IOException {
        Path root = tree();
        org.apache.hadoop.fs.Path hRoot = new org.apache.hadoop.fs.Path(root.toUri());
        FileSystem fs = hRoot.getFileSystem(new Configuration());
        assertEquals("file", fs.getScheme());

        TreeMap<String, String> expected = new TreeMap<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(hRoot, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            expected.put(f.getPath().toString(), f.getLen() + "@" + f.getModificationTime());
        }
        TreeMap<String, String> walked = new TreeMap<>();
        for (FileStatus f : FileListing.filesBelow(fs, hRoot)) {
            assertTrue(f.isFile(), f.getPath().toString());
            walked.put(f.getPath().toString(), f.getLen() + "@" + f.getModificationTime());
        }
        assertEquals(8, expected.size());
        assertEquals(expected, walked);
    }

    @Test
    void tasksSkipHiddenNamesAndKeepPathsRelativeToTheInputFolder() throws IOException {
        Path root = tree();
        List<ReadTask> tasks = FileListing.files("warc", new InputSpec(root.toString(), "web"), 0, new Configuration(),
                name -> name.endsWith(".warc.gz") || name.endsWith(".warc"));
        List<String> names = new ArrayList<>();
        for (ReadTask t : tasks) {
            names.add(t.sourceFile());
            assertEquals(Files.size(Path.of(java.net.URI.create(t.uri()))), t.length());
        }
        assertEquals(List.of("crawl/a.warc.gz", "crawl/seg-1/b.warc.gz", "crawl/seg-1/deep/er/c.warc",
                "crawl/seg-2/d.warc.gz"), names);
    }

    @Test
    void aMissingInputNamesItsKey() {
        StageException e = assertThrows(StageException.class, () -> FileListing.files("warc",
                new InputSpec(dir.resolve("nowhere").toString(), "web"), 3, new Configuration(), name -> true));
        assertTrue(e.getMessage().startsWith("ingest.inputs[3].path: "), e.getMessage());
    }
}
