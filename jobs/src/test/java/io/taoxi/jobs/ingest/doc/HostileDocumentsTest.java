package io.taoxi.jobs.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.IngestRow.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Hostile inputs end dropped or quarantined with their reason, in bounded time, and the reader goes on:
 * zip bomb, billion laughs (XML and inside a DOCX), encrypted and truncated PDFs, undecodable bytes, a
 * 200 MB text file, text over the output limit, and parsers that never finish.
 */
class HostileDocumentsTest {
    @TempDir
    static Path tmp;

    /** Releases the parse thread that ignores interrupts, once the test is over. */
    private static final AtomicBoolean RELEASE = new AtomicBoolean();

    @AfterAll
    static void release() {
        RELEASE.set(true);
    }

    private static IngestRow single(Path file, DocReaderOptions options, org.apache.tika.parser.Parser parser) {
        List<IngestRow> rows = DocFixtures.read(file, file.getFileName().toString(), options, parser);
        assertEquals(Outcome.SOURCE, rows.get(rows.size() - 1).outcome());
        assertEquals(rows.size() - 1, rows.get(rows.size() - 1).recordsFound(), "records found = rows");
        return rows.get(0);
    }

    @Test
    void eachHostileFixtureHasItsReasonWithinSeconds() {
        Map<String, String> expected = Map.of(
                "bomb.zip", "QUARANTINED:doc_zip_bomb",
                "billion-laughs.xml", "QUARANTINED:doc_xml_entities",
                "billion-laughs.docx", "QUARANTINED:doc_xml_entities",
                "encrypted.pdf", "QUARANTINED:doc_encrypted",
                "truncated.pdf", "QUARANTINED:doc_parse_error",
                "undecodable.txt", "DROPPED:doc_undecodable_text");
        DocFixtures.read(DocFixtures.corpus().resolve("guide-en.md")); // warm: Tika's first use loads its parsers
        expected.forEach((name, outcome) -> {
            long start = System.nanoTime();
            IngestRow r = single(DocFixtures.hostile().resolve(name), DocReaderOptions.defaults(), TikaParsers.shared());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(outcome, r.outcome() + ":" + r.reason(), name + ": " + r.errorMessage());
            assertTrue(millis < 10_000, name + " took " + millis + " ms");
            if (r.outcome() == Outcome.QUARANTINED) {
                assertTrue(r.errorMessage().contains(name), r.errorMessage());
                assertTrue(r.errorClass() != null && !r.errorClass().isEmpty());
            }
        });
        IngestRow bomb = single(DocFixtures.hostile().resolve("bomb.zip"), DocReaderOptions.defaults(),
                TikaParsers.shared());
        assertTrue(bomb.recordBytes() < 4L << 20, "stopped early: " + bomb.recordBytes());
        assertEquals("bomb.zip!/zeros.txt", bomb.url());
    }

    @Test
    void aTwoHundredMegabyteTextFileIsDroppedWithoutBeingRead() throws IOException {
        Path big = tmp.resolve("huge.txt");
        byte[] line = "这是一行用来把文件撑大的测试文本。This line only makes the file big.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 200L * 1000 * 1000; written += line.length) {
                out.write(line);
            }
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        IngestRow r = single(big, DocReaderOptions.defaults(), TikaParsers.shared());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("DROPPED:doc_too_large", r.outcome() + ":" + r.reason());
        assertEquals(Files.size(big), r.recordBytes());
        assertTrue(millis < 2_000, "took " + millis + " ms");
        assertTrue(rt.totalMemory() - rt.freeMemory() - before < 100L << 20, "no 200 MB buffer");

        // The same file read through the stream (a length the listing got wrong): stops at the limit.
        DocReaderOptions small = DocReaderOptions.defaults().withMaxDocumentBytes(8L << 20);
        List<IngestRow> rows = new java.util.ArrayList<>();
        try (DocFileReader reader = new DocFileReader("doc", "huge.txt", 0, () -> open(big), small,
                () -> new DocumentParser(TikaParsers.shared(), small), () -> TikaParsers.shared().getDetector())) {
            reader.forEachRemaining(rows::add);
        }
        assertEquals("doc_too_large", rows.get(0).reason());
    }

    @Test
    void textOverTheOutputLimitIsDroppedWithTheTextUpToTheLimit() throws IOException {
        Path html = tmp.resolve("long.html");
        StringBuilder b = new StringBuilder("<html><body>");
        for (int i = 0; i < 2000; i++) {
            b.append("<p>第").append(i).append("段：这一段只是为了让输出超过上限。</p>");
        }
        Files.writeString(html, b.append("</body></html>"));
        IngestRow r = single(html, DocReaderOptions.defaults().withMaxOutputChars(5000), TikaParsers.shared());
        assertEquals("DROPPED:doc_text_too_long", r.outcome() + ":" + r.reason());
        assertTrue(r.textChars() <= 5000 && r.textChars() > 4000, "chars " + r.textChars());
    }

    @Test
    void aParseThatNeverFinishesIsQuarantinedAndTheNextDocumentIsRead() {
        DocReaderOptions fast = DocReaderOptions.defaults().withParseTimeoutMillis(500);
        // An interruptible hang (sleeps) and one that ignores interrupts but keeps writing text.
        for (AbstractParser hang : List.of(new SleepingParser(), new BusyWritingParser())) {
            AutoDetectParser parser = new AutoDetectParser(hang);
            long start = System.nanoTime();
            IngestRow r = single(DocFixtures.corpus().resolve("zh-report.pdf"), fast, parser);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("QUARANTINED:doc_parse_timeout", r.outcome() + ":" + r.reason(), hang + ": " + r.errorMessage());
            assertTrue(r.errorMessage().contains("stopped"), r.errorMessage());
            assertTrue(millis < 3_000, hang + " took " + millis + " ms");
        }
    }

    @Test
    void aParseThreadThatCannotBeStoppedIsAbandonedAndTheArchiveGoesOn() throws IOException {
        DocReaderOptions fast = DocReaderOptions.defaults().withParseTimeoutMillis(300);
        // bundle.zip's docx member hangs in a loop that checks nothing; the members after it are still read.
        AutoDetectParser parser = new AutoDetectParser(new SpinningParser(), new org.apache.tika.parser.html.JSoupParser());
        List<IngestRow> rows = DocFixtures.read(DocFixtures.corpus().resolve("bundle.zip"), "bundle.zip", fast, parser);
        IngestRow docx = rows.stream().filter(r -> r.sourceInnerOffset() == 3).findFirst().orElseThrow();
        assertEquals("doc_parse_timeout", docx.reason());
        assertTrue(docx.errorMessage().contains("abandoned"), docx.errorMessage());
        IngestRow after = rows.stream().filter(r -> r.sourceInnerOffset() == 5).findFirst().orElseThrow();
        assertEquals(Outcome.KEPT, after.outcome());
        assertEquals(5L, rows.get(rows.size() - 1).recordsFound());
    }

    private static InputStream open(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A test-only Tika parser for PDFs that sleeps forever (interruptible). */
    static final class SleepingParser extends AbstractParser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException("woken");
            }
        }

        @Override
        public String toString() {
            return "SleepingParser";
        }
    }

    /** A test-only parser that ignores interrupts but writes text forever (stopped by the handler). */
    static final class BusyWritingParser extends AbstractParser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws SAXException {
            XHTMLContentHandler x = new XHTMLContentHandler(handler, metadata);
            x.startDocument();
            while (true) {
                x.element("p", "a");
                try {
                    Thread.sleep(1);
                } catch (InterruptedException ignored) {
                    // A badly behaved parser: swallows the interrupt.
                }
            }
        }

        @Override
        public String toString() {
            return "BusyWritingParser";
        }
    }

    /** A test-only parser for DOCX that spins, checking nothing, until the test class ends. */
    static final class SpinningParser extends AbstractParser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            long spins = 0;
            while (!RELEASE.get()) {
                spins++;
                if (spins % 1_000_000 == 0) {
                    Thread.onSpinWait();
                }
            }
        }
    }
}
