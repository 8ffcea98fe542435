package io.taoxi.jobs.ingest.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Infrastructure: one Tika parse under the reader's limits, on a watchdog-guarded worker thread.
 *
 * <p>Limits: the bytes are already capped by the caller; text stops at {@code maxOutputChars}
 * ({@link WriteOutContentHandler}); the parse gets {@code parseTimeoutMillis} of wall time; embedded
 * documents are parsed {@code maxEmbeddedDepth} deep and at most {@code maxEmbeddedResources} per document;
 * PDFBox gets {@code pdfMaxMainMemoryBytes}; OCR is off. Tika's own defaults stay on: secure XML parsing
 * (no DTD entity expansion, no external entities) and {@code SecureContentHandler}'s output/input ratio.
 *
 * <p>The timeout: the parse runs on a daemon worker thread. When the time is up the caller stops waiting,
 * the thread is interrupted, and the parse's input stream and content handler start throwing at their next
 * call, which stops any parser that reads input or writes text. A parser that does neither (a CPU loop
 * inside one call) cannot be stopped inside the JVM: after {@code abandonGraceMillis} its thread is
 * abandoned (a daemon; counted in {@link #abandonedThreads()}) and a fresh worker takes the next document.
 * Tika's {@code ForkParser} would kill such a parse with its JVM, at the cost docs/ingest-docs.md measures.
 *
 * <p>Never throws for bad data: every failure becomes a {@link Result} with a reason.
 */
public final class DocumentParser implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final char[] NEWLINE = {'\n'};

    /** What a parse yielded. */
    public record Extracted(String text, String title, String author, Instant created, Integer pageCount,
            String langHint, String contentType, String charset, int embeddedSkipped) {
    }

    /**
     * The result: {@code extracted} on success; otherwise {@code reason} with {@code dropped} telling a
     * decision ({@code doc_text_too_long}, with the text up to the limit in {@code extracted}) from a
     * failure (quarantine; {@code error} says what failed).
     */
    public record Result(Extracted extracted, String reason, boolean dropped, Throwable error, String message) {
        static Result ok(Extracted e) {
            return new Result(e, null, false, null, null);
        }

        static Result failed(String reason, Throwable error, String message) {
            return new Result(null, reason, false, error, message);
        }

        public boolean ok() {
            return reason == null;
        }
    }

    private final Parser parser;
    private final DocReaderOptions options;
    private ExecutorService worker;
    private int abandoned;

    public DocumentParser(Parser parser, DocReaderOptions options) {
        this.parser = parser;
        this.options = options;
    }

    /** Threads given up on after a timeout (they could not be interrupted). */
    public int abandonedThreads() {
        return abandoned;
    }

    /** Parses {@code bytes} (a document named {@code name}) under the limits. */
    public Result parse(byte[] bytes, String name) {
        if (worker == null) {
            worker = newWorker();
        }
        Deadline deadline = new Deadline();
        CountDownLatch finished = new CountDownLatch(1);
        Future<Result> future = worker.submit(() -> {
            try {
                return parseNow(bytes, name, deadline);
            } finally {
                finished.countDown();
            }
        });
        try {
            return future.get(options.parseTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            deadline.expire();
            future.cancel(true);
            boolean stopped;
            try {
                stopped = finished.await(options.abandonGraceMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                stopped = false;
            }
            if (!stopped) {
                abandoned++;
                worker.shutdownNow();
                worker = newWorker();
            }
            return Result.failed("doc_parse_timeout", e, "parse took more than " + options.parseTimeoutMillis()
                    + " ms" + (stopped ? "; stopped" : "; the parse thread did not stop and was abandoned"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Result.failed(classify(cause), cause, describe(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Result.failed("doc_parse_error", e, "interrupted while waiting for the parse");
        }
    }

    private Result parseNow(byte[] bytes, String name, Deadline deadline) {
        StringWriter out = new StringWriter();
        WriteOutContentHandler limited = new WriteOutContentHandler(out, options.maxOutputChars());
        Metadata metadata = new Metadata();
        ContentHandler handler = new DeadlineHandler(new BodyContentHandler(limited), deadline, metadata);
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParseContext context = context();
        EmbeddedLimiter embedded = new EmbeddedLimiter(parser, options.maxEmbeddedDepth(),
                options.maxEmbeddedResources());
        context.set(Parser.class, embedded);
        ParsingEmbeddedDocumentExtractor extractor = new ParsingEmbeddedDocumentExtractor(context);
        extractor.setWriteFileNameToContent(false);
        context.set(EmbeddedDocumentExtractor.class, extractor);
        try (InputStream in = TikaInputStream.get(new DeadlineInputStream(new ByteArrayInputStream(bytes), deadline))) {
            parser.parse(in, handler, metadata, context);
        } catch (Throwable t) { // NOPMD: a parser may throw anything, Errors included; all are outcomes
            if (WriteLimitReachedException.isWriteLimitReached(t)) {
                return new Result(extracted(out.toString(), metadata, embedded.skipped()), "doc_text_too_long", true,
                        null, "more than " + options.maxOutputChars() + " characters of text");
            }
            if (t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError) && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t;
            }
            return Result.failed(classify(t), t, describe(t));
        }
        return Result.ok(extracted(out.toString(), metadata, embedded.skipped()));
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setMaxMainMemoryBytes(options.pdfMaxMainMemoryBytes());
        pdf.setExtractAnnotationText(true);
        pdf.setExtractBookmarksText(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private static Extracted extracted(String text, Metadata m, int embeddedSkipped) {
        Integer pages = firstInt(m, PagedText.N_PAGES.getName(), Office.PAGE_COUNT.getName(),
                Office.SLIDE_COUNT.getName());
        String contentType = m.get(Metadata.CONTENT_TYPE);
        if (contentType != null) {
            int semi = contentType.indexOf(';');
            contentType = (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
        }
        Date created = m.getDate(TikaCoreProperties.CREATED);
        String lang = firstNonBlank(m.get(TikaCoreProperties.LANGUAGE), m.get(Metadata.CONTENT_LANGUAGE));
        return new Extracted(text, blankToNull(m.get(TikaCoreProperties.TITLE)),
                blankToNull(m.get(TikaCoreProperties.CREATOR)), created == null ? null : created.toInstant(), pages,
                lang == null ? null : lang.trim().replace('_', '-').toLowerCase(Locale.ROOT), contentType,
                blankToNull(m.get(Metadata.CONTENT_ENCODING)), embeddedSkipped);
    }

    /** The reason for a failure, from the exception chain. */
    static String classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String cls = c.getClass().getName();
            String msg = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (c instanceof EncryptedDocumentException || cls.endsWith("EncryptedDocumentException")
                    || cls.endsWith("InvalidPasswordException")) {
                return "doc_encrypted";
            }
            if (msg.contains("zip bomb") || cls.endsWith("ZipBombException")) {
                return "doc_zip_bomb";
            }
            if (msg.contains("entity expansion") || msg.contains("doctype is disallowed")
                    || msg.contains("entityexpansion") || msg.contains("jaxp00010")) {
                return "doc_xml_entities";
            }
            if (c instanceof OutOfMemoryError) {
                return "doc_out_of_memory";
            }
            if (c instanceof DeadlineExpired) {
                return "doc_parse_timeout";
            }
        }
        return "doc_parse_error";
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = t.getClass().getSimpleName() + ": " + t.getMessage();
        return root == t ? msg : msg + " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static Integer firstInt(Metadata m, String... keys) {
        for (String key : keys) {
            String v = m.get(key);
            if (v != null) {
                try {
                    return Integer.valueOf(v.trim());
                } catch (NumberFormatException ignored) {
                    // Some writers store "3 pages"; try the next key.
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? a : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "taoxi-doc-parse-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** Set when the parse is out of time; the stream and handler check it at every call. */
    private static final class Deadline {
        private volatile boolean expired;

        void expire() {
            expired = true;
        }

        void check() throws DeadlineExpired {
            if (expired || Thread.currentThread().isInterrupted()) {
                throw new DeadlineExpired();
            }
        }
    }

    /** Thrown inside the parse once its time is up. */
    static final class DeadlineExpired extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        DeadlineExpired() {
            super("parse time limit reached");
        }
    }

    private static final class DeadlineInputStream extends java.io.FilterInputStream {
        private final Deadline deadline;

        DeadlineInputStream(InputStream in, Deadline deadline) {
            super(in);
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            deadline.check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            deadline.check();
            return super.read(b, off, len);
        }
    }

    /**
     * Checks the deadline at every SAX event; ends every block element with a newline (some parsers, ODF
     * headings for one, leave it out); inside a PDF paragraph turns PDFBox's line breaks into
     * {@link DocText#SOFT_BREAK}, which {@link DocText#paragraphs} joins.
     */
    private static final class DeadlineHandler extends ContentHandlerDecorator {
        private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li",
                "tr", "td", "th", "dt", "dd", "blockquote", "pre", "title", "section", "article");
        private final Deadline deadline;
        private final Metadata metadata;
        private Boolean pdf;
        private int paragraphDepth;

        DeadlineHandler(ContentHandler handler, Deadline deadline, Metadata metadata) {
            super(handler);
            this.deadline = deadline;
            this.metadata = metadata;
        }

        private void check() throws SAXException {
            try {
                deadline.check();
            } catch (DeadlineExpired e) {
                throw new SAXException(e);
            }
        }

        private boolean pdf() {
            if (pdf == null) {
                String type = metadata.get(Metadata.CONTENT_TYPE);
                pdf = type != null && type.startsWith("application/pdf");
            }
            return pdf;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            if ("p".equals(localName)) {
                paragraphDepth++;
            }
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            check();
            if ("p".equals(localName) && paragraphDepth > 0) {
                paragraphDepth--;
            }
            super.endElement(uri, localName, name);
            if (BLOCKS.contains(localName)) {
                super.characters(NEWLINE, 0, 1);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            if (paragraphDepth > 0 && pdf()) {
                char[] copy = softBreaks(ch, start, length);
                super.characters(copy, 0, copy.length);
                return;
            }
            super.characters(ch, start, length);
        }

        /** Tika writes line breaks as ignorable whitespace. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            if (paragraphDepth > 0 && pdf()) {
                char[] copy = softBreaks(ch, start, length);
                super.ignorableWhitespace(copy, 0, copy.length);
                return;
            }
            super.ignorableWhitespace(ch, start, length);
        }

        private static char[] softBreaks(char[] ch, int start, int length) {
            char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] == '\n') {
                    copy[i] = DocText.SOFT_BREAK;
                }
            }
            return copy;
        }
    }

    /** Parses embedded documents up to a depth and a count; beyond them they are skipped (counted). */
    private static final class EmbeddedLimiter extends ParserDecorator {
        private static final long serialVersionUID = 1L;
        private final int maxDepth;
        private final int maxResources;
        private int depth;
        private int parsed;
        private int skipped;

        EmbeddedLimiter(Parser parser, int maxDepth, int maxResources) {
            super(parser);
            this.maxDepth = maxDepth;
            this.maxResources = maxResources;
        }

        int skipped() {
            return skipped;
        }

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return super.getSupportedTypes(context);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, org.apache.tika.exception.TikaException {
            if (depth >= maxDepth || parsed >= maxResources) {
                skipped++;
                return;
            }
            depth++;
            parsed++;
            try {
                super.parse(stream, handler, metadata, context);
            } finally {
                depth--;
            }
        }
    }
}
