package io.taoxi.jobs.ingest.code;

import io.taoxi.filters.code.CodeFiles;
import io.taoxi.filters.code.CodeRules;
import io.taoxi.filters.code.LicenseMatcher;
import io.taoxi.jobs.ingest.DocumentIds;
import io.taoxi.jobs.ingest.FileListing;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceExtras;
import io.taoxi.jobs.ingest.doc.ArchiveWalker;
import io.taoxi.jobs.ingest.doc.DocFormats;
import io.taoxi.jobs.ingest.doc.HostileInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: every outcome of one repository (a folder, an archive or a single file), lazily, then the
 * repository's summary row.
 *
 * <p>Records and their locators:
 * <ul>
 *   <li>folder: a file is a record with {@code source_file} = {@code <repository>/<path>}, offsets 0, so its
 *       id depends only on its own path (adding a file does not change the others');
 *   <li>archive: a member is a record with {@code source_file} = the archive, {@code source_offset} 0 and
 *       {@code source_inner_offset} = its entry ordinal in archive order (folders counted); {@code url} is
 *       {@code <archive>!/<member>};
 *   <li>a vendored tree (node_modules, vendor, .git, …) is one record, dropped {@code code_vendored}, with
 *       the bytes of all its files; in a folder its {@code source_file} is {@code <repository>/<tree>}, in an
 *       archive its inner offset is the ordinal of its first entry.
 * </ul>
 * The licence comes first: the licence files at the repository's root (an archive's single top folder,
 * as GitHub archives have, is its root) are read and matched ({@link LicenseMatcher#combine}). For an
 * archive this is a first pass over it; the second pass emits the rows (so a tar.gz is decompressed twice).
 * Every member is read under the size limit and the compression-ratio check in both passes.
 */
final class RepositoryReader implements Iterator<IngestRow> {
    private static final String SOURCE_CONTENT_TYPE = "text/plain";

    private final ReadTask task;
    private final Configuration hadoop;
    private final CodeReaderOptions options;
    private final Deque<IngestRow> pending = new ArrayDeque<>();
    private final Map<String, long[]> vendoredTrees = new LinkedHashMap<>();

    private boolean started;
    private boolean finished;
    private boolean summarised;
    private long startNanos;
    private long recordsFound;
    private long bytesRead;
    private String license;
    private String root = "";

    // folder mode
    private Iterator<FileStatus> files;
    private String folderPrefix;
    private FileSystem fs;
    // archive mode
    private ArchiveWalker walker;
    private InputStream archiveStream;
    private long ordinal;
    private long bombAt = -1;

    RepositoryReader(ReadTask task, Configuration hadoop, CodeReaderOptions options) {
        this.task = task;
        this.hadoop = hadoop;
        this.options = options;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !summarised) {
            advance();
        }
        return !pending.isEmpty();
    }

    @Override
    public IngestRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    private boolean isFolder() {
        return task.uri().endsWith("/");
    }

    private void advance() {
        try {
            if (!started) {
                started = true;
                startNanos = System.nanoTime();
                if (isFolder()) {
                    startFolder();
                } else if (CodeSourceReader.isArchive(task.sourceFile())) {
                    startArchive();
                } else {
                    singleFile();
                }
                return;
            }
            if (!finished) {
                if (files != null) {
                    stepFolder();
                } else if (walker != null) {
                    stepArchive();
                } else {
                    finished = true;
                }
                return;
            }
        } catch (IOException | RuntimeException e) {
            finished = true;
            recordsFound++;
            pending.add(IngestRow.quarantined(task.source(), task.sourceFile(), 0, walker != null ? ordinal++ : 0,
                    null, 0, started && recordsFound > 1 ? "read_error" : "unreadable_file", e.getClass().getName(),
                    task.sourceFile() + ": " + e.getMessage()));
            closeArchive();
            return;
        }
        for (Map.Entry<String, long[]> tree : vendoredTrees.entrySet()) {
            long[] v = tree.getValue();
            String sourceFile = walkerMode() ? task.sourceFile() : task.sourceFile() + "/" + tree.getKey();
            long inner = walkerMode() ? v[0] : 0;
            String url = walkerMode() ? task.sourceFile() + "!/" + root + tree.getKey() + "/" : null;
            pending.add(row(sourceFile, inner, url, tree.getKey() + "/ (" + v[1] + " files)", null, null, null,
                    v[2], Outcome.DROPPED, "code_vendored", null));
        }
        vendoredTrees.clear();
        summarised = true;
        closeArchive();
        pending.add(IngestRow.sourceSummary(task.source(), task.sourceFile(), recordsFound, bytesRead,
                (System.nanoTime() - startNanos) / 1_000_000));
    }

    private boolean archiveMode;

    private boolean walkerMode() {
        return archiveMode;
    }

    // ---- folder -----------------------------------------------------------------------------------------

    private void startFolder() throws IOException {
        Path dir = new Path(task.uri());
        fs = dir.getFileSystem(hadoop);
        folderPrefix = fs.getFileStatus(dir).getPath().toUri().getPath();
        folderPrefix = folderPrefix.endsWith("/") ? folderPrefix : folderPrefix + "/";
        List<FileStatus> all = FileListing.filesBelow(fs, dir);
        all.sort((a, b) -> relative(a).compareTo(relative(b)));
        List<String> texts = new ArrayList<>();
        for (FileStatus f : all) {
            String rel = relative(f);
            if (rel.indexOf('/') < 0 && LicenseMatcher.isLicenseFile(rel) && f.getLen() <= options.maxLicenseBytes()) {
                try (InputStream in = fs.open(f.getPath())) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        license = LicenseMatcher.combine(texts);
        files = all.iterator();
    }

    private String relative(FileStatus f) {
        String p = f.getPath().toUri().getPath();
        return p.startsWith(folderPrefix) ? p.substring(folderPrefix.length()) : f.getPath().getName();
    }

    private void stepFolder() throws IOException {
        if (!files.hasNext()) {
            finished = true;
            return;
        }
        FileStatus f = files.next();
        String rel = relative(f);
        bytesRead += f.getLen();
        String tree = CodeRules.vendoredDirectory(rel);
        if (tree != null) {
            vendored(tree, 0, f.getLen());
            return;
        }
        recordsFound++;
        byte[] bytes = null;
        if (f.getLen() <= options.files().maxFileBytes() && !CodeRules.isLockFile(rel)) {
            try (InputStream in = fs.open(f.getPath())) {
                bytes = in.readAllBytes();
            }
        }
        pending.add(file(task.sourceFile() + "/" + rel, 0, null, rel, bytes, f.getLen()));
    }

    // ---- archive ----------------------------------------------------------------------------------------

    private InputStream openTask() throws IOException {
        Path p = new Path(task.uri());
        return p.getFileSystem(hadoop).open(p);
    }

    private void startArchive() throws IOException {
        archiveMode = true;
        // Pass 1: the root folder and the licence texts; the first bomb is remembered.
        List<String[]> candidates = new ArrayList<>();
        String commonTop = null;
        boolean single = true;
        boolean nested = false;
        long at = 0;
        try (InputStream in = openTask(); ArchiveWalker first = ArchiveWalker.open(in, task.sourceFile())) {
            ArchiveWalker.Entry e;
            while ((e = first.next()) != null) {
                long index = at++;
                if (DocFormats.unsafeMemberName(e.name()) != null) {
                    continue; // never read (quarantined in the second pass); it must not change the root
                }
                String name = e.name().replace('\\', '/');
                int slash = name.indexOf('/');
                String top = slash < 0 ? name : name.substring(0, slash);
                nested |= slash >= 0 && slash < name.length() - 1;
                if (slash < 0 && !e.directory()) {
                    single = false;
                }
                if (commonTop == null) {
                    commonTop = top;
                } else if (!commonTop.equals(top)) {
                    single = false;
                }
                if (e.directory() || !first.canRead()) {
                    continue;
                }
                ArchiveWalker.Member m = first.read(options.files().maxFileBytes(), options.maxCompressionRatio(),
                        options.minBombCheckBytes());
                if (m.status() == ArchiveWalker.Status.BOMB) {
                    bombAt = index;
                    break;
                }
                String leaf = name.substring(name.lastIndexOf('/') + 1);
                if (m.status() == ArchiveWalker.Status.OK && LicenseMatcher.isLicenseFile(leaf)
                        && m.bytes().length <= options.maxLicenseBytes()) {
                    candidates.add(new String[] {name, new String(m.bytes(), StandardCharsets.UTF_8)});
                }
            }
        } catch (IOException | RuntimeException damaged) {
            // The second pass meets the same damage and quarantines it with its location.
        }
        root = single && nested && commonTop != null ? commonTop + "/" : "";
        List<String> texts = new ArrayList<>();
        for (String[] c : candidates) {
            if (c[0].startsWith(root) && c[0].indexOf('/', root.length()) < 0) {
                texts.add(c[1]);
            }
        }
        license = LicenseMatcher.combine(texts);
        archiveStream = openTask();
        walker = ArchiveWalker.open(archiveStream, task.sourceFile());
    }

    private void stepArchive() throws IOException {
        ArchiveWalker.Entry e;
        try {
            e = walker.next();
        } catch (IOException | RuntimeException damaged) {
            recordsFound++;
            long at = ordinal++;
            pending.add(quarantined(at, null, 0, "code_archive_error", damaged, task.sourceFile()
                    + ": the archive is damaged after entry " + (at - 1) + "; the rest is not read: "
                    + damaged.getMessage()));
            finished = true;
            return;
        }
        bytesRead = walker.compressedOffset();
        if (e == null) {
            finished = true;
            return;
        }
        long at = ordinal++;
        if (e.directory()) {
            return;
        }
        String name = e.name().replace('\\', '/');
        String url = task.sourceFile() + "!/" + name;
        String unsafe = DocFormats.unsafeMemberName(e.name());
        if (unsafe != null) {
            recordsFound++;
            pending.add(quarantined(at, url, Math.max(0, e.declaredSize()), "code_unsafe_member_path", null,
                    "member " + at + " of " + task.sourceFile() + " has an unsafe name (" + unsafe + "); not read"));
            return;
        }
        String rel = name.startsWith(root) ? name.substring(root.length()) : name;
        if (!walker.canRead()) {
            recordsFound++;
            pending.add(quarantined(at, url, Math.max(0, e.declaredSize()), "code_archive_error", null,
                    "member " + at + " (" + url + "): encrypted or an unsupported compression method"));
            return;
        }
        ArchiveWalker.Member m = walker.read(options.files().maxFileBytes(), options.maxCompressionRatio(),
                options.minBombCheckBytes());
        bytesRead = walker.compressedOffset();
        String tree = CodeRules.vendoredDirectory(rel);
        if (m.status() == ArchiveWalker.Status.BOMB || at == bombAt) {
            recordsFound++;
            pending.add(quarantined(at, url, m.bytesRead(), "code_zip_bomb", null, String.format(Locale.ROOT,
                    "member %d (%s): %,d bytes out of %,d compressed (ratio above %.0f); the rest of the archive is"
                            + " not read", at, url, m.bytesRead(), m.compressedBytes(), options.maxCompressionRatio())));
            finished = true;
            return;
        }
        if (tree != null) {
            vendored(tree, at, m.bytesRead());
            return;
        }
        recordsFound++;
        byte[] bytes = m.status() == ArchiveWalker.Status.OK ? m.bytes() : null;
        long size = m.status() == ArchiveWalker.Status.OK ? m.bytes().length : Math.max(m.bytesRead(), e.declaredSize());
        pending.add(file(task.sourceFile(), at, url, rel, bytes, size));
    }

    // ---- a single file ----------------------------------------------------------------------------------

    private void singleFile() throws IOException {
        recordsFound++;
        byte[] bytes = null;
        String name = new Path(task.uri()).getName();
        if (task.length() <= options.files().maxFileBytes()) {
            try (InputStream in = openTask()) {
                bytes = in.readAllBytes();
            }
        }
        bytesRead = task.length();
        pending.add(file(task.sourceFile(), 0, null, name, bytes, task.length()));
        finished = true;
    }

    // ---- rows -------------------------------------------------------------------------------------------

    private void vendored(String tree, long at, long bytes) {
        long[] v = vendoredTrees.get(tree);
        if (v == null) {
            recordsFound++;
            vendoredTrees.put(tree, new long[] {at, 1, bytes});
        } else {
            v[1]++;
            v[2] += bytes;
        }
    }

    private IngestRow file(String sourceFile, long inner, String url, String path, byte[] bytes, long size) {
        CodeFiles.CodeFile f = CodeFiles.classify(path, bytes, size, options.files());
        SourceExtras extras = SourceExtras.code(f.language(), license, f.text() == null ? null : f.commentLineFrac(),
                f.text() == null ? null : f.cjkCommentFrac(), f.text() == null ? null : f.secretHints());
        String text = f.kept() || isReviewable(f.dropReason()) ? f.text() : null;
        IngestRow row = row(sourceFile, inner, url, path, text, f.charset(), f.charsetSource(), size,
                f.kept() ? Outcome.KEPT : Outcome.DROPPED, f.dropReason(), extras);
        return row;
    }

    /** Dropped rows keep their text where a reviewer may want it (not for binaries, locks, huge files). */
    private static boolean isReviewable(String reason) {
        return reason.equals("code_generated") || reason.equals("code_unknown_language")
                || reason.equals("code_data_blob") || reason.equals("code_minified");
    }

    private IngestRow row(String sourceFile, long inner, String url, String title, String text, String charset,
            String charsetSource, long bytes, Outcome outcome, String reason, SourceExtras extras) {
        return new IngestRow(DocumentIds.of(task.source(), sourceFile, 0, inner), task.source(), sourceFile, 0, inner,
                url, null, text == null ? null : SOURCE_CONTENT_TYPE, null, charset, charsetSource, null, title, text,
                bytes, outcome, reason, null, null, null, null,
                extras == null ? SourceExtras.code(null, license, null, null, null) : extras);
    }

    private IngestRow quarantined(long inner, String url, long bytes, String reason, Throwable error, String message) {
        return IngestRow.quarantined(task.source(), task.sourceFile(), 0, inner, url, bytes, reason,
                error == null ? HostileInputException.class.getName() : error.getClass().getName(), message);
    }

    private void closeArchive() {
        try {
            if (walker != null) {
                walker.close();
            }
            if (archiveStream != null) {
                archiveStream.close();
            }
        } catch (IOException ignored) {
            // Read-only input: nothing is lost.
        }
        walker = null;
        archiveStream = null;
    }
}
