package io.taoxi.jobs.ingest.forum;

import io.taoxi.filters.forum.PostHtml;
import io.taoxi.filters.forum.ThreadRenderer;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.FileListing;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import io.taoxi.jobs.ingest.dataset.DatasetRows;
import io.taoxi.jobs.ingest.dataset.LineInput;
import io.taoxi.jobs.ingest.dataset.OutcomeIterator;
import io.taoxi.jobs.ingest.web.SeekableInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: Stack Exchange data-dump {@code Posts.xml} files (any {@code .xml}; uncompressed, because
 * the reader seeks), one document per question thread: title, question, then the answers, accepted first,
 * then by score (higher first), then by id. Bodies are HTML ({@link PostHtml}); tags and the question's score
 * and creation date are columns.
 *
 * <p>Two passes over the file, bounded memory. Pass 1 frames {@code <row …/>} elements by line (the dump writes
 * one per line; a row spread over lines is joined up to max_record_bytes), parses each with the JDK's StAX
 * parser with DTDs and external entities off, and keeps only an index: (id, offset, length) of each question
 * and (parent id, offset, length) of each answer — about 20 bytes per post, no text. Pass 2 walks the
 * questions in file order, seeks to each question and its answers and parses them again. The trade-off: every
 * row is parsed twice and answers are read with random seeks (the page cache absorbs most of it), in exchange
 * for memory that does not grow with the text: a site of N posts needs about 20·N bytes (Stack Overflow's
 * 60 M posts ≈ 1.2 GB; every other site is far smaller). A one-pass buffer was rejected because answers come
 * years after their question in a dump ordered by id.
 *
 * <p>Records: each question (one thread row) and each row that is not part of a thread. Answers are folded
 * into their question's row ({@code posts} counts them). Outcomes: kept; dropped {@code empty_text},
 * {@code stackexchange_other_post_type} (tag wikis, excerpts, …), {@code forum_orphan_answer} (its question
 * is not in the file); quarantined {@code xml_malformed_row} (not well-formed, undeclared entity, no Id/
 * PostTypeId, or a stray line), {@code undecodable_bytes} (not UTF-8), {@code xml_doctype_refused} (a
 * {@code <!DOCTYPE} or {@code <!ENTITY} in the prolog: the whole file, as one record, unread — a billion-laughs
 * file is refused in microseconds), {@code unsupported_compression}. Locator: byte offset of the question's
 * row (of the row itself for stand-alone records).
 */
public final class StackExchangeSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "stackexchange";
    }

    public static boolean accepts(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return FileListing.files(name(), input, inputIndex, hadoop, StackExchangeSourceReader::accepts);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new FileReader(task.source(), task.sourceFile(), () -> {
            Path path = new Path(task.uri());
            return SeekableInput.open(path.getFileSystem(hadoop), path);
        }, spec.maxRecordBytes(), ThreadRenderer.Spec.defaults());
    }

    /** Opens the file (again, for each pass). */
    @FunctionalInterface
    public interface Opener extends java.io.Serializable {
        SeekableInput open() throws IOException;
    }

    /** The rows of one Posts.xml. */
    public static final class FileReader extends OutcomeIterator {
        private static final String CONTENT_TYPE = "text/html";
        private final Opener opener;
        private final long maxRecordBytes;
        private final ThreadRenderer renderer;
        private final XMLInputFactory xml;
        private final CharsetDecoder utf8 = DatasetRows.strictUtf8();
        private LineInput lines;
        private SeekableInput seekable;
        private boolean inProlog = true;
        private long lastOffset;
        // pass-1 index
        private long[] questionId = new long[1024];
        private long[] questionOffset = new long[1024];
        private int[] questionLength = new int[1024];
        private int questions;
        private long[] answerParent = new long[1024];
        private long[] answerOffset = new long[1024];
        private int[] answerLength = new int[1024];
        private int answers;
        // pass 2
        private int pass = 1;
        private int nextQuestion;
        private Integer[] answerOrder;

        public FileReader(String source, String sourceFile, Opener opener, long maxRecordBytes,
                ThreadRenderer.Spec render) {
            super(source, sourceFile);
            this.opener = opener;
            this.maxRecordBytes = maxRecordBytes;
            this.renderer = new ThreadRenderer(render);
            this.xml = XMLInputFactory.newDefaultFactory();
            xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        }

        @Override
        protected void open() throws IOException {
            seekable = opener.open();
            lines = LineInput.open(new SeekableStream(seekable, 0));
        }

        @Override
        protected boolean step() throws IOException {
            return pass == 1 ? scan() : thread();
        }

        /** Pass 1: one line (or one multi-line row). */
        private boolean scan() throws IOException {
            if (lines.compressed()) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, 0, 0, null, seekable.length(),
                        "unsupported_compression", "io.taoxi.jobs.ingest.dataset.LineInput", sourceFile
                                + ": compressed (" + lines.compression() + "); Posts.xml must be uncompressed to seek"));
                return false;
            }
            lastOffset = lines.position();
            int max = (int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes);
            LineInput.Line line = lines.next(max);
            if (line == null) {
                startPass2();
                return true;
            }
            countBytes(line.rawBytes());
            String head = line.tooLong() ? "<row" : ascii(line, 64).strip();
            if (inProlog && !head.startsWith("<row")) {
                String all = line.tooLong() ? "" : new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
                if (all.contains("<!DOCTYPE") || all.contains("<!ENTITY")) {
                    countRecord();
                    emit(IngestRow.quarantined(source, sourceFile, line.offset(), 0, null, seekable.length(),
                            "xml_doctype_refused", "javax.xml.stream.XMLStreamException", sourceFile + " line "
                                    + line.number() + ": a DOCTYPE/ENTITY declaration; dumps have none and entity "
                                    + "expansion is refused (the file is not read)"));
                    return false;
                }
                return true; // <?xml …?>, <posts>, comments, blank lines
            }
            if (head.isEmpty() || head.startsWith("</posts") || head.startsWith("<!--")) {
                return true;
            }
            inProlog = false;
            long offset = line.offset();
            if (line.tooLong()) {
                quarantine(offset, line.rawBytes(), "xml_malformed_row", "a row longer than max_record_bytes");
                return true;
            }
            if (!head.startsWith("<row")) {
                quarantine(offset, line.rawBytes(), "xml_malformed_row", "line " + line.number()
                        + " is not a <row …/> element");
                return true;
            }
            byte[] row = line.copy();
            long rawBytes = line.rawBytes();
            while (!endsRow(row)) {
                LineInput.Line more = lines.next(max);
                if (more == null || more.tooLong() || row.length + more.length() > max) {
                    if (more != null) {
                        countBytes(more.rawBytes());
                        rawBytes += more.rawBytes();
                    }
                    quarantine(offset, rawBytes, "xml_malformed_row", "the row starting at line " + line.number()
                            + " does not end with '/>'" + (more == null ? " before the end of the file" : ""));
                    return true;
                }
                countBytes(more.rawBytes());
                rawBytes += more.rawBytes();
                byte[] joined = Arrays.copyOf(row, row.length + 1 + more.length());
                joined[row.length] = '\n';
                System.arraycopy(more.bytes(), 0, joined, row.length + 1, more.length());
                row = joined;
            }
            Row parsed = parse(row, offset, line.number(), rawBytes);
            if (parsed == null) {
                return true;
            }
            String type = parsed.get("PostTypeId");
            if ("1".equals(type)) {
                countRecord(); // the thread's record; its answers are folded into it
                addQuestion(parsed.id, offset, (int) rawBytes);
            } else if ("2".equals(type) && parsed.longOrNull("ParentId") != null) {
                addAnswer(parsed.longOrNull("ParentId"), offset, (int) rawBytes);
            } else {
                countRecord();
                emit(ForumRows.droppedPost(source, sourceFile, offset, 0, CONTENT_TYPE, null, rawBytes,
                        "stackexchange_other_post_type", tags(parsed.get("Tags")), parsed.longOrNull("Score"),
                        date(parsed.get("CreationDate")), parsed.get("Id")));
            }
            return true;
        }

        private static boolean endsRow(byte[] row) {
            int end = row.length;
            while (end > 0 && (row[end - 1] == ' ' || row[end - 1] == '\t' || row[end - 1] == '\r')) {
                end--;
            }
            return end >= 2 && row[end - 2] == '/' && row[end - 1] == '>';
        }

        private static String ascii(LineInput.Line line, int max) {
            int n = Math.min(line.length(), max);
            return new String(line.bytes(), 0, n, StandardCharsets.ISO_8859_1);
        }

        /** One parsed row: its attributes. */
        private record Row(long id, Map<String, String> attributes) {
            String get(String name) {
                return attributes.get(name);
            }

            Long longOrNull(String name) {
                String v = attributes.get(name);
                if (v == null) {
                    return null;
                }
                try {
                    return Long.parseLong(v.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }

        /** Parses one row; on failure emits the quarantined row and returns null. */
        private Row parse(byte[] bytes, long offset, long lineNumber, long rawBytes) {
            String text = DatasetRows.utf8OrNull(utf8, bytes, bytes.length);
            if (text == null) {
                quarantine(offset, rawBytes, "undecodable_bytes", "line " + lineNumber + ": not UTF-8 at byte "
                        + DatasetRows.firstBadUtf8(bytes, bytes.length) + " of the row");
                return null;
            }
            Map<String, String> attributes = new HashMap<>();
            try {
                XMLStreamReader r = xml.createXMLStreamReader(new StringReader(text));
                try {
                    boolean seen = false;
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.START_ELEMENT) {
                            if (seen || !r.getLocalName().equals("row")) {
                                throw new XMLStreamException("expected one <row/> element, got <" + r.getLocalName() + ">");
                            }
                            seen = true;
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            }
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (XMLStreamException | RuntimeException e) {
                quarantine(offset, rawBytes, "xml_malformed_row", "line " + lineNumber + ": " + e.getMessage());
                return null;
            }
            Row row = new Row(0, attributes);
            Long id = row.longOrNull("Id");
            if (id == null || row.get("PostTypeId") == null) {
                quarantine(offset, rawBytes, "xml_malformed_row", "line " + lineNumber + ": no numeric Id or no PostTypeId");
                return null;
            }
            return new Row(id, attributes);
        }

        /** A stand-alone quarantined record of pass 1 (counted). */
        private void quarantine(long offset, long bytes, String reason, String message) {
            countRecord();
            quarantineCounted(offset, bytes, reason, message);
        }

        /** A quarantined row for a record already counted (a question that fails on the second read). */
        private void quarantineCounted(long offset, long bytes, String reason, String message) {
            emit(IngestRow.quarantined(source, sourceFile, offset, 0, null, bytes, reason,
                    "javax.xml.stream.XMLStreamException", sourceFile + " at offset " + offset + ": " + message));
        }

        private void addQuestion(long id, long offset, int length) {
            if (questions == questionId.length) {
                questionId = Arrays.copyOf(questionId, questions * 2);
                questionOffset = Arrays.copyOf(questionOffset, questions * 2);
                questionLength = Arrays.copyOf(questionLength, questions * 2);
            }
            questionId[questions] = id;
            questionOffset[questions] = offset;
            questionLength[questions] = length;
            questions++;
        }

        private void addAnswer(long parent, long offset, int length) {
            if (answers == answerParent.length) {
                answerParent = Arrays.copyOf(answerParent, answers * 2);
                answerOffset = Arrays.copyOf(answerOffset, answers * 2);
                answerLength = Arrays.copyOf(answerLength, answers * 2);
            }
            answerParent[answers] = parent;
            answerOffset[answers] = offset;
            answerLength[answers] = length;
            answers++;
        }

        /** Between the passes: sort answers by parent, find orphans. */
        private void startPass2() throws IOException {
            pass = 2;
            lines.close();
            lines = null;
            answerOrder = new Integer[answers];
            for (int i = 0; i < answers; i++) {
                answerOrder[i] = i;
            }
            Arrays.sort(answerOrder, Comparator.<Integer>comparingLong(i -> answerParent[i])
                    .thenComparingLong(i -> answerOffset[i]));
            long[] sortedIds = Arrays.copyOf(questionId, questions);
            Arrays.sort(sortedIds);
            for (int k = 0; k < answers; k++) {
                int i = answerOrder[k];
                if (Arrays.binarySearch(sortedIds, answerParent[i]) < 0) {
                    countRecord();
                    // orphans are rare: read the row again for its Id rather than keep every answer's id
                    Row orphan = parseQuiet(read(answerOffset[i], answerLength[i]));
                    emit(ForumRows.droppedPost(source, sourceFile, answerOffset[i], 0, CONTENT_TYPE, null,
                            answerLength[i], "forum_orphan_answer", null, null, null,
                            orphan == null ? null : orphan.get("Id")));
                }
            }
        }

        /** Pass 2: one question thread. */
        private boolean thread() throws IOException {
            if (nextQuestion >= questions) {
                return false;
            }
            int q = nextQuestion++;
            lastOffset = questionOffset[q];
            Row question = reread(questionOffset[q], questionLength[q]);
            if (question == null) {
                return true; // reread emitted the quarantined row
            }
            List<Row> answerRows = new ArrayList<>();
            long bytes = questionLength[q];
            int from = lowerBound(questionId[q]);
            for (int k = from; k < answers && answerParent[answerOrder[k]] == questionId[q]; k++) {
                int i = answerOrder[k];
                Row a = parseQuiet(read(answerOffset[i], answerLength[i]));
                if (a != null) {
                    answerRows.add(a);
                    bytes += answerLength[i];
                }
            }
            Long accepted = question.longOrNull("AcceptedAnswerId");
            answerRows.sort(Comparator.<Row>comparingInt(r -> r.id == (accepted == null ? Long.MIN_VALUE : accepted) ? 0 : 1)
                    .thenComparing(Comparator.<Row>comparingLong(r -> score(r)).reversed())
                    .thenComparingLong(r -> r.id));
            List<ThreadRenderer.Post> posts = new ArrayList<>();
            posts.add(new ThreadRenderer.Post(author(question), -1, PostHtml.toText(question.get("Body"))));
            for (Row a : answerRows) {
                posts.add(new ThreadRenderer.Post(author(a), 0, PostHtml.toText(a.get("Body"))));
            }
            ThreadRenderer.Rendered rendered = renderer.render(question.get("Title"), posts);
            ForumRows.ThreadInfo info = new ForumRows.ThreadInfo(questionOffset[q], 0, null, CONTENT_TYPE,
                    question.get("Title"), tags(question.get("Tags")), question.longOrNull("Score"),
                    date(question.get("CreationDate")), bytes, "UTF-8", "default", null, question.get("Id"));
            emit(ForumRows.thread(source, sourceFile, info, rendered, "empty_text"));
            return true;
        }

        private int lowerBound(long parent) {
            int lo = 0;
            int hi = answers;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (answerParent[answerOrder[mid]] < parent) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private Row reread(long offset, int length) throws IOException {
            byte[] bytes = read(offset, length);
            Row r = parseQuiet(bytes);
            if (r == null) {
                quarantineCounted(offset, length, "xml_malformed_row", "the row changed between the two passes");
            }
            return r;
        }

        private Row parseQuiet(byte[] bytes) {
            String text = DatasetRows.utf8OrNull(utf8, bytes, bytes.length);
            if (text == null) {
                return null;
            }
            Map<String, String> attributes = new HashMap<>();
            try {
                XMLStreamReader r = xml.createXMLStreamReader(new StringReader(text.strip()));
                try {
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamConstants.START_ELEMENT) {
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            }
                        }
                    }
                } finally {
                    r.close();
                }
            } catch (XMLStreamException | RuntimeException e) {
                return null;
            }
            Row row = new Row(0, attributes);
            Long id = row.longOrNull("Id");
            return id == null ? null : new Row(id, attributes);
        }

        private byte[] read(long offset, int length) throws IOException {
            byte[] bytes = new byte[length];
            seekable.seek(offset);
            int n = 0;
            while (n < length) {
                int r = seekable.read(bytes, n, length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return n == length ? bytes : Arrays.copyOf(bytes, n);
        }

        private static long score(Row r) {
            Long s = r.longOrNull("Score");
            return s == null ? 0 : s;
        }

        private static String author(Row r) {
            String id = r.get("OwnerUserId");
            if (id != null && !id.isBlank() && !id.equals("-1")) {
                return "u" + id;
            }
            String name = r.get("OwnerDisplayName");
            return name == null || name.isBlank() ? null : "n" + name;
        }

        /** {@code <a><b>} (dumps until 2024) or {@code |a|b|} (later dumps). */
        static List<String> tags(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            List<String> tags = new ArrayList<>();
            for (String t : raw.split("[<>|]")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
            return tags.isEmpty() ? null : tags;
        }

        /** {@code 2009-07-15T08:44:29.567}, UTC. */
        static Instant date(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(raw.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        @Override
        protected long[] failureLocation() {
            return new long[] {lastOffset, 0};
        }

        @Override
        protected void closeInput() {
            try {
                if (lines != null) {
                    lines.close();
                }
                if (seekable != null) {
                    seekable.close();
                }
            } catch (IOException ignored) {
                // only read
            }
            lines = null;
            seekable = null;
        }
    }

    /** An InputStream over a SeekableInput from a position (pass 1 streams it; pass 2 seeks). */
    static final class SeekableStream extends java.io.InputStream {
        private final SeekableInput in;
        private long position;

        SeekableStream(SeekableInput in, long start) {
            this.in = in;
            this.position = start;
        }

        @Override
        public int read() throws IOException {
            in.seek(position);
            int b = in.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            in.seek(position);
            int n = in.read(target, offset, length);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the SeekableInput is closed by its owner
        }
    }
}
