package io.taoxi.jobs.ingest.doc;

import io.taoxi.filters.charset.DecodedText;
import io.taoxi.filters.charset.TextDecoder;
import io.taoxi.jobs.ingest.DocumentIds;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import io.taoxi.jobs.ingest.SourceExtras;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Infrastructure: every outcome of one document file or archive, lazily, then the file's summary row.
 *
 * <p>A document file is one record: {@code source_offset} 0, {@code source_inner_offset} 0. An archive
 * (zip, tar, tar.gz) is walked in archive order, nested archives depth first up to
 * {@code maxArchiveDepth}; every entry met gets the next ordinal (0, 1, 2, …, folders and nested archives
 * included), and a member's record has {@code source_offset} 0 and {@code source_inner_offset} = its
 * ordinal, so ids are stable and unique; its {@code url} is {@code <source_file>!/<member>} (with one
 * {@code !/} per nesting level). Folders and nested archives are not records; every other entry is one.
 *
 * <p>The summary's {@code recordsFound} counts documents and members as they are met, before they are
 * processed. Nothing throws for bad data: a file that cannot be opened, a damaged archive, a zip bomb,
 * an unsafe member name, a parse failure or timeout all become rows (docs/ingest-docs.md lists the reasons).
 */
public final class DocFileReader implements Iterator<IngestRow>, AutoCloseable {
    /** Opens the file; {@link UncheckedIOException} from it becomes an {@code unreadable_file} row. */
    public interface Opener {
        InputStream open();
    }

    /** Share of U+FFFD and control characters above which text counts as undecodable. */
    public static final double MAX_UNDECODABLE_SHARE = 0.05;

    private static final Set<String> TIKA_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-powerpoint", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.presentation", "application/epub+zip", "application/rtf",
            "text/html", "application/xhtml+xml", "application/xml");

    private final String source;
    private final String sourceFile;
    private final long length;
    private final Opener opener;
    private final DocReaderOptions options;
    private final Supplier<DocumentParser> parserFactory;
    private final Supplier<Detector> detectorFactory;
    private Detector detector;

    private DocumentParser parser;
    private final Deque<Level> archives = new ArrayDeque<>();
    private final Deque<IngestRow> pending = new ArrayDeque<>();
    private InputStream raw;
    private boolean started;
    private boolean done;
    private boolean summarised;
    private long recordsFound;
    private long bytesRead;
    private long ordinal;
    private long archiveBytes;
    private long startNanos;

    /** One open archive: its walker and the url prefix of its members. */
    private record Level(ArchiveWalker walker, String prefix, int depth) {
    }

    /**
     * @param length the file's length as listed (for the size check before reading)
     * @param parserFactory makes the Tika parser on first use (so a text-only file never loads Tika)
     * @param detectorFactory content detection for archive members whose names say nothing
     */
    public DocFileReader(String source, String sourceFile, long length, Opener opener, DocReaderOptions options,
            Supplier<DocumentParser> parserFactory, Supplier<Detector> detectorFactory) {
        this.source = source;
        this.sourceFile = sourceFile;
        this.length = length;
        this.opener = opener;
        this.options = options;
        this.parserFactory = parserFactory;
        this.detectorFactory = detectorFactory;
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

    /** Threads abandoned by the parser after timeouts (for tests and the benchmark). */
    public int abandonedThreads() {
        return parser == null ? 0 : parser.abandonedThreads();
    }

    private void advance() {
        if (!started) {
            started = true;
            startNanos = System.nanoTime();
            start();
            return;
        }
        if (!done && !archives.isEmpty()) {
            step();
            return;
        }
        done = true;
        summarised = true;
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        close();
        pending.add(IngestRow.sourceSummary(source, sourceFile, recordsFound, bytesRead, millis));
    }

    private void start() {
        DocFormats.Kind kind = DocFormats.of(sourceFile);
        if (kind != DocFormats.Kind.ARCHIVE && length > options.maxDocumentBytes()) {
            recordsFound++;
            bytesRead = length;
            pending.add(dropped(0, null, length, "doc_too_large", null));
            done = true;
            return;
        }
        try {
            raw = opener.open();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            recordsFound++;
            pending.add(quarantined(0, null, 0, "unreadable_file", e, sourceFile + ": " + e.getMessage()));
            done = true;
            return;
        }
        if (kind == DocFormats.Kind.ARCHIVE) {
            try {
                archives.push(new Level(ArchiveWalker.open(raw, sourceFile), sourceFile + "!/", 1));
            } catch (IOException | RuntimeException e) {
                recordsFound++;
                bytesRead = length;
                pending.add(quarantined(0, null, length, "doc_archive_error", e,
                        sourceFile + ": not a readable archive: " + e.getMessage()));
                done = true;
            }
            return;
        }
        recordsFound++;
        byte[] bytes;
        try {
            bytes = readAtMost(raw, options.maxDocumentBytes());
        } catch (IOException | RuntimeException e) {
            pending.add(quarantined(0, null, 0, "read_error", e, sourceFile + ": " + e.getMessage()));
            done = true;
            return;
        }
        if (bytes == null) {
            bytesRead = Math.max(length, options.maxDocumentBytes() + 1);
            pending.add(dropped(0, null, bytesRead, "doc_too_large", null));
        } else {
            bytesRead = bytes.length;
            pending.add(document(bytes, sourceFile, 0, null));
        }
        done = true;
    }

    /** One entry of the innermost open archive. */
    private void step() {
        Level level = archives.peek();
        ArchiveWalker.Entry entry;
        try {
            entry = level.walker().next();
        } catch (IOException | RuntimeException e) {
            recordsFound++;
            long at = ordinal++;
            pending.add(quarantined(at, level.prefix(), 0, "doc_archive_error", e, level.prefix()
                    + ": the archive is damaged after entry " + (at - 1) + "; the rest is not read: "
                    + e.getMessage()));
            popLevel();
            return;
        }
        if (entry == null) {
            popLevel();
            return;
        }
        long at = ordinal++;
        if (ordinal > options.maxArchiveEntries()) {
            recordsFound++;
            pending.add(quarantined(at, level.prefix(), 0, "doc_archive_too_many_entries", null, sourceFile
                    + ": more than " + options.maxArchiveEntries() + " entries; the rest is not read"));
            abandonArchives();
            return;
        }
        if (entry.directory()) {
            return;
        }
        recordsFound++;
        String url = level.prefix() + printable(entry.name());
        String unsafe = DocFormats.unsafeMemberName(entry.name());
        if (unsafe != null) {
            pending.add(quarantined(at, url, Math.max(0, entry.declaredSize()), "doc_unsafe_member_path", null,
                    "member " + at + " of " + sourceFile + " has an unsafe name (" + unsafe + "): "
                            + printable(entry.name()) + "; not read, never extracted"));
            return;
        }
        if (!level.walker().canRead()) {
            pending.add(quarantined(at, url, Math.max(0, entry.declaredSize()), "doc_archive_error", null,
                    "member " + at + " (" + url + "): encrypted or an unsupported compression method"));
            return;
        }
        ArchiveWalker.Member member;
        try {
            member = level.walker().read(options.maxDocumentBytes(), options.maxCompressionRatio(),
                    options.minBombCheckBytes());
        } catch (IOException | RuntimeException e) {
            pending.add(quarantined(at, url, 0, "doc_archive_error", e, "member " + at + " (" + url
                    + "): " + e.getMessage() + "; the rest of the archive is not read"));
            popLevel();
            return;
        }
        archiveBytes += member.bytesRead();
        bytesRead = archives.peekLast().walker().compressedOffset();
        switch (member.status()) {
            case BOMB -> {
                pending.add(quarantined(at, url, member.bytesRead(), "doc_zip_bomb", null, String.format(Locale.ROOT,
                        "member %d (%s): %,d bytes out of %,d compressed (ratio above %.0f); the rest of the archive"
                                + " is not read", at, url, member.bytesRead(), member.compressedBytes(),
                        options.maxCompressionRatio())));
                abandonArchives();
            }
            case TOO_LARGE -> pending.add(dropped(at, url, member.bytesRead(), "doc_too_large", null));
            case OK -> {
                if (archiveBytes > options.maxArchiveBytes()) {
                    pending.add(quarantined(at, url, member.bytesRead(), "doc_archive_too_large", null, sourceFile
                            + ": more than " + options.maxArchiveBytes() + " uncompressed bytes; the rest is not read"));
                    abandonArchives();
                } else if (DocFormats.of(entry.name()) == DocFormats.Kind.ARCHIVE) {
                    openNested(member.bytes(), entry.name(), url, level.depth(), at);
                } else {
                    pending.add(document(member.bytes(), entry.name(), at, url));
                }
            }
            default -> throw new IllegalStateException(member.status().name());
        }
    }

    private void openNested(byte[] bytes, String name, String url, int depth, long at) {
        if (depth >= options.maxArchiveDepth()) {
            pending.add(dropped(at, url, bytes.length, "doc_archive_too_deep", null));
            return;
        }
        // A nested archive is not a record itself: its members are. Undo the count made for it.
        recordsFound--;
        try {
            archives.push(new Level(ArchiveWalker.open(new ByteArrayInputStream(bytes), name), url + "!/", depth + 1));
        } catch (IOException | RuntimeException e) {
            recordsFound++;
            pending.add(quarantined(at, url, bytes.length, "doc_archive_error", e, url + ": not a readable archive: "
                    + e.getMessage()));
        }
    }

    /** Reads, decodes or parses one document's bytes into its row. */
    private IngestRow document(byte[] bytes, String name, long inner, String url) {
        DocFormats.Kind kind = DocFormats.of(name);
        String detected = null;
        if (kind == DocFormats.Kind.OTHER) {
            detected = detect(bytes, name);
            if (detected.startsWith("text/") && !detected.equals("text/html")) {
                kind = DocFormats.Kind.TEXT;
            } else if (TIKA_TYPES.contains(detected)) {
                kind = DocFormats.Kind.TIKA;
            } else {
                return dropped(inner, url, bytes.length, "doc_unsupported_type", null, detected);
            }
        }
        if (kind == DocFormats.Kind.TEXT) {
            DecodedText decoded = TextDecoder.decode(bytes, null, false);
            double undecodable = DocText.undecodableShare(decoded.text());
            String text = DocText.plain(decoded.text());
            String title = DocFormats.isMarkdown(name) ? DocText.markdownTitle(text) : null;
            String type = DocFormats.isMarkdown(name) ? "text/markdown" : "text/plain";
            return finish(inner, url, bytes.length, type, decoded.charset(), decoded.charsetSource(),
                    decoded.mojibakeRatio(), title, text, undecodable, SourceExtras.document(null, null, null, null));
        }
        if (parser == null) {
            parser = parserFactory.get();
        }
        DocumentParser.Result result = parser.parse(bytes, leafName(name));
        String where = url == null ? sourceFile : url;
        if (!result.ok() && !result.dropped()) {
            return quarantined(inner, url, bytes.length, result.reason(), result.error(), where + ": " + result.message());
        }
        DocumentParser.Extracted e = result.extracted();
        DecodedText normalised = TextDecoder.decode(DocText.paragraphs(e.text()).getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", false);
        SourceExtras extras = SourceExtras.document(e.author(), e.created(), e.pageCount(), e.langHint());
        IngestRow row = finish(inner, url, bytes.length, e.contentType(), e.charset(),
                e.charset() == null ? null : "tika", normalised.mojibakeRatio(), e.title(), normalised.text(),
                DocText.undecodableShare(e.text()), extras);
        return result.dropped() ? row.withOutcome(Outcome.DROPPED, result.reason()) : row;
    }

    private IngestRow finish(long inner, String url, long bytes, String contentType, String charset,
            String charsetSource, double mojibake, String title, String text, double undecodable,
            SourceExtras extras) {
        Outcome outcome = Outcome.KEPT;
        String reason = null;
        if (undecodable > MAX_UNDECODABLE_SHARE) {
            outcome = Outcome.DROPPED;
            reason = "doc_undecodable_text";
        } else if (text.isBlank()) {
            outcome = Outcome.DROPPED;
            reason = "empty_text";
        }
        return new IngestRow(DocumentIds.of(source, sourceFile, 0, inner), source, sourceFile, 0, inner, url, null,
                contentType, null, charset, charsetSource, mojibake, title, text, bytes, outcome, reason, null, null,
                null, null, extras);
    }

    private IngestRow dropped(long inner, String url, long bytes, String reason, String text) {
        return dropped(inner, url, bytes, reason, text, null);
    }

    private IngestRow dropped(long inner, String url, long bytes, String reason, String text, String contentType) {
        return new IngestRow(DocumentIds.of(source, sourceFile, 0, inner), source, sourceFile, 0, inner, url, null,
                contentType, null, null, null, null, null, text, bytes, Outcome.DROPPED, reason, null, null, null, null,
                SourceExtras.document(null, null, null, null));
    }

    private IngestRow quarantined(long inner, String url, long bytes, String reason, Throwable error,
            String message) {
        String errorClass = error == null ? HostileInputException.class.getName() : error.getClass().getName();
        return IngestRow.quarantined(source, sourceFile, 0, inner, url, bytes, reason, errorClass, message);
    }

    private String detect(byte[] bytes, String name) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, leafName(name));
        if (detector == null) {
            detector = detectorFactory.get();
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = detector.detect(in, m);
            return type.getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private void popLevel() {
        Level level = archives.pop();
        if (!archives.isEmpty()) {
            try {
                level.walker().close();
            } catch (IOException ignored) {
                // An in-memory nested archive: nothing to release.
            }
        }
    }

    private void abandonArchives() {
        while (archives.size() > 1) {
            popLevel();
        }
        archives.clear();
    }

    /** Reads up to {@code max} bytes; null when there are more. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 << 10];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static String leafName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** A member name as it may appear in a url or message: controls escaped, at most 300 characters. */
    private static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(300).forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    @Override
    public void close() {
        if (parser != null) {
            parser.close();
        }
        archives.clear();
        if (raw != null) {
            try {
                raw.close();
            } catch (IOException ignored) {
                // A file we only read: nothing is lost.
            }
            raw = null;
        }
    }
}
