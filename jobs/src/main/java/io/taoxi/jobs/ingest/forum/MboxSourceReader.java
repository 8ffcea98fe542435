package io.taoxi.jobs.ingest.forum;

import io.taoxi.filters.forum.QuoteStripper;
import io.taoxi.filters.forum.ThreadRenderer;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.FileListing;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import io.taoxi.jobs.ingest.dataset.LineInput;
import io.taoxi.jobs.ingest.dataset.OutcomeIterator;
import io.taoxi.jobs.ingest.web.SeekableInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: mailing-list archives in mbox ({@code .mbox}, {@code .mbx}; uncompressed, because the reader
 * seeks), one document per thread. Messages start at a {@code From } line at the start of the file or after a
 * blank line; {@code >From } escapes are undone (mboxrd: one {@code >} less). Parsing is our own
 * ({@link MailMessage}: headers, RFC 2047, MIME, charsets).
 *
 * <p>Threads: message ids from {@code Message-ID}, {@code In-Reply-To} and {@code References} are joined
 * (union-find), so replies to a message missing from the archive still land in one thread. Inside a thread a
 * message's parent is its {@code In-Reply-To} if that message is in the file, else the last
 * {@code References} id that is; siblings go by date, then file order; the text is the tree depth first.
 * Title: the first message's subject without {@code Re:}/{@code Fwd:}/{@code 回复：}/{@code 答复：}/
 * {@code 転送:}/{@code AW:} prefixes; tags: the {@code List-Id}; created: its date. Quotes are stripped
 * ({@link QuoteStripper}); a reply whose parent is not in the file keeps its first-level quote as context.
 * Speakers are keyed by From address, which never reaches the text. No subject-only threading (JWZ's last
 * resort): a reply from a client that sets neither header starts its own thread.
 *
 * <p>Two passes, bounded memory: pass 1 keeps per message only (offset, length, ids, date) — the header
 * lines, never the bodies; pass 2 seeks to each message of a thread and parses it.
 *
 * <p>Records: each thread row, plus {@code mbox_garbage} (quarantined: non-blank bytes before the first
 * {@code From } line), {@code mbox_malformed_message} (quarantined: no header lines), and
 * {@code unsupported_compression}. Dropped {@code empty_text}: a thread with no text left (attachments only,
 * all quotes). Locator: byte offset of the thread's first message's {@code From } line.
 */
public final class MboxSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "mbox";
    }

    public static boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".mbox") || n.endsWith(".mbx");
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return FileListing.files(name(), input, inputIndex, hadoop, MboxSourceReader::accepts);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new FileReader(task.source(), task.sourceFile(), () -> {
            Path path = new Path(task.uri());
            return SeekableInput.open(path.getFileSystem(hadoop), path);
        }, spec.maxRecordBytes(), ThreadRenderer.Spec.defaults());
    }

    /** What pass 1 keeps of a message. */
    private record Entry(long offset, int length, String id, String inReplyTo, List<String> references,
            Instant date) {
        boolean isReply() {
            return inReplyTo != null || !references.isEmpty();
        }
    }

    /** The rows of one mbox file. */
    public static final class FileReader extends OutcomeIterator {
        private static final String CONTENT_TYPE = "message/rfc822";
        private static final int MAX_HEADER_BYTES = 256 << 10;
        private final StackExchangeSourceReader.Opener opener;
        private final long maxRecordBytes;
        private final ThreadRenderer renderer;
        private final QuoteStripper quotes = new QuoteStripper(QuoteStripper.Spec.defaults());
        private SeekableInput seekable;
        private LineInput lines;
        private final List<Entry> entries = new ArrayList<>();
        // the message being scanned
        private long messageOffset = -1;
        private long messageLine;
        private boolean inHeader;
        private final ByteArrayOutputStream header = new ByteArrayOutputStream();
        private boolean previousBlank = true;
        private long garbageOffset = -1;
        private long garbageBytes;
        private long lastOffset;
        // pass 2
        private int pass = 1;
        private List<List<Integer>> threads;
        private int nextThread;

        public FileReader(String source, String sourceFile, StackExchangeSourceReader.Opener opener,
                long maxRecordBytes, ThreadRenderer.Spec render) {
            super(source, sourceFile);
            this.opener = opener;
            this.maxRecordBytes = maxRecordBytes;
            this.renderer = new ThreadRenderer(render);
        }

        @Override
        protected void open() throws IOException {
            seekable = opener.open();
            lines = LineInput.open(new StackExchangeSourceReader.SeekableStream(seekable, 0));
        }

        @Override
        protected boolean step() throws IOException {
            return pass == 1 ? scan() : thread();
        }

        private boolean scan() throws IOException {
            if (lines.compressed()) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, 0, 0, null, seekable.length(),
                        "unsupported_compression", "io.taoxi.jobs.ingest.dataset.LineInput",
                        sourceFile + ": compressed (" + lines.compression() + "); mbox must be uncompressed to seek"));
                return false;
            }
            lastOffset = lines.position();
            LineInput.Line line = lines.next(MAX_HEADER_BYTES);
            if (line == null) {
                endMessage(lines.position());
                endGarbage();
                startPass2();
                return true;
            }
            countBytes(line.rawBytes());
            boolean blank = !line.tooLong() && line.length() == 0;
            boolean separator = previousBlank && !line.tooLong() && line.length() >= 5 && line.bytes()[0] == 'F'
                    && line.bytes()[1] == 'r' && line.bytes()[2] == 'o' && line.bytes()[3] == 'm'
                    && line.bytes()[4] == ' ';
            previousBlank = blank;
            if (separator) {
                endMessage(line.offset());
                endGarbage();
                messageOffset = line.offset();
                messageLine = line.number();
                inHeader = true;
                header.reset();
                return true;
            }
            if (messageOffset < 0) {
                if (!blank) {
                    if (garbageOffset < 0) {
                        garbageOffset = line.offset();
                    }
                }
                if (garbageOffset >= 0) {
                    garbageBytes += line.rawBytes();
                }
                return true;
            }
            if (inHeader) {
                if (blank || line.tooLong() || header.size() + line.length() > MAX_HEADER_BYTES) {
                    inHeader = false;
                } else {
                    header.write(line.bytes(), 0, line.length());
                    header.write('\n');
                }
            }
            return true;
        }

        private void endGarbage() {
            if (garbageOffset >= 0) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, garbageOffset, 0, null, garbageBytes, "mbox_garbage",
                        "io.taoxi.jobs.ingest.forum.MboxSourceReader", sourceFile + " at offset " + garbageOffset
                                + ": " + garbageBytes + " bytes before the first 'From ' line"));
                garbageOffset = -1;
            }
        }

        private void endMessage(long end) {
            if (messageOffset < 0) {
                return;
            }
            long length = end - messageOffset;
            byte[] h = header.toByteArray();
            MailMessage.Headers headers = MailMessage.headers(h, 0, h.length);
            if (headers.isEmpty() || length > maxRecordBytes || length > Integer.MAX_VALUE) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, messageOffset, 0, null, length,
                        headers.isEmpty() ? "mbox_malformed_message" : "record_too_large",
                        "io.taoxi.jobs.ingest.forum.MailMessage", sourceFile + " line " + messageLine + " (offset "
                                + messageOffset + "): " + (headers.isEmpty() ? "no header lines"
                                        : "a message longer than max_record_bytes")));
            } else {
                List<String> ids = MailMessage.messageIds(headers.first("message-id"));
                List<String> reply = MailMessage.messageIds(headers.first("in-reply-to"));
                entries.add(new Entry(messageOffset, (int) length, ids.isEmpty() ? null : ids.get(0),
                        reply.isEmpty() ? null : reply.get(0), MailMessage.messageIds(headers.first("references")),
                        MailMessage.date(headers.first("date"))));
            }
            messageOffset = -1;
        }

        /** Union-find over message ids; one list of entry indexes per thread, in order of first message. */
        private void startPass2() throws IOException {
            pass = 2;
            lines.close();
            lines = null;
            Map<String, Integer> node = new HashMap<>();
            int[] parent = new int[0];
            List<String> keys = new ArrayList<>();
            int[][] entryKeys = new int[entries.size()][];
            for (int e = 0; e < entries.size(); e++) {
                Entry entry = entries.get(e);
                List<String> ids = new ArrayList<>();
                ids.add(entry.id() != null ? entry.id() : "\u0000entry-" + e);
                if (entry.inReplyTo() != null) {
                    ids.add(entry.inReplyTo());
                }
                ids.addAll(entry.references());
                entryKeys[e] = new int[ids.size()];
                for (int k = 0; k < ids.size(); k++) {
                    Integer n = node.get(ids.get(k));
                    if (n == null) {
                        n = keys.size();
                        node.put(ids.get(k), n);
                        keys.add(ids.get(k));
                    }
                    entryKeys[e][k] = n;
                }
            }
            parent = new int[keys.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int[] ks : entryKeys) {
                for (int k = 1; k < ks.length; k++) {
                    union(parent, ks[0], ks[k]);
                }
            }
            LinkedHashMap<Integer, List<Integer>> groups = new LinkedHashMap<>();
            for (int e = 0; e < entries.size(); e++) {
                groups.computeIfAbsent(find(parent, entryKeys[e][0]), k -> new ArrayList<>()).add(e);
            }
            threads = new ArrayList<>(groups.values());
            for (int t = 0; t < threads.size(); t++) {
                countRecord();
            }
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        private boolean thread() throws IOException {
            if (nextThread >= threads.size()) {
                return false;
            }
            List<Integer> members = threads.get(nextThread++);
            lastOffset = entries.get(members.get(0)).offset();
            Map<String, Integer> byId = new HashMap<>();
            for (int e : members) {
                if (entries.get(e).id() != null) {
                    byId.putIfAbsent(entries.get(e).id(), e);
                }
            }
            Map<Integer, List<Integer>> children = new HashMap<>();
            List<Integer> roots = new ArrayList<>();
            Map<Integer, Integer> parentOf = new HashMap<>();
            for (int e : members) {
                Integer p = parentIn(entries.get(e), byId, e);
                if (p == null) {
                    roots.add(e);
                } else {
                    parentOf.put(e, p);
                    children.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                }
            }
            if (roots.isEmpty()) { // a reference cycle: break it at the first message
                int first = members.get(0);
                roots.add(first);
                children.get(parentOf.remove(first)).remove((Integer) first);
            }
            Comparator<Integer> order = Comparator.<Integer, Instant>comparing(e -> entries.get(e).date(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(e -> entries.get(e).offset());
            roots.sort(order);
            List<ThreadRenderer.Post> posts = new ArrayList<>();
            Map<Integer, Integer> postIndex = new HashMap<>();
            String title = null;
            List<String> tags = null;
            Instant created = null;
            String charset = null;
            String charsetSource = null;
            Double mojibake = null;
            String rootMessageId = null;
            long bytes = 0;
            ArrayList<Integer> stack = new ArrayList<>();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.add(roots.get(i));
            }
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            while (!stack.isEmpty()) {
                int e = stack.remove(stack.size() - 1);
                if (!seen.add(e)) {
                    continue;
                }
                Entry entry = entries.get(e);
                bytes += entry.length();
                byte[] raw = message(entry);
                MailMessage.Headers h = MailMessage.headers(raw, 0, raw.length);
                MailMessage.Body body;
                try {
                    body = MailMessage.body(raw);
                } catch (RuntimeException bug) {
                    body = new MailMessage.Body("", "UTF-8", "default", 0.0);
                }
                Integer p = parentOf.get(e);
                boolean parentMissing = p == null && entry.isReply();
                String text = quotes.strip(body.text(), parentMissing).text();
                if (title == null) {
                    title = subject(h.first("subject"));
                    tags = listId(h.first("list-id"));
                    created = entry.date();
                    charset = body.charset();
                    charsetSource = body.charsetSource();
                    mojibake = body.mojibakeRatio();
                }
                if (posts.isEmpty()) {
                    rootMessageId = entry.id(); // the thread starter's Message-ID: external_id
                }
                Integer replyTo = p == null ? null : postIndex.get(p);
                postIndex.put(e, posts.size());
                posts.add(new ThreadRenderer.Post(MailMessage.address(h.first("from")), replyTo == null ? -1 : replyTo,
                        text));
                List<Integer> kids = children.get(e);
                if (kids != null) {
                    kids.sort(order);
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        stack.add(kids.get(i));
                    }
                }
            }
            ThreadRenderer.Rendered rendered = renderer.render(title, posts);
            ForumRows.ThreadInfo info = new ForumRows.ThreadInfo(entries.get(members.get(0)).offset(), 0, null,
                    CONTENT_TYPE, title, tags, null, created, bytes, charset, charsetSource, mojibake,
                    rootMessageId);
            emit(ForumRows.thread(source, sourceFile, info, rendered, "empty_text"));
            return true;
        }

        private static Integer parentIn(Entry entry, Map<String, Integer> byId, int self) {
            if (entry.inReplyTo() != null) {
                Integer p = byId.get(entry.inReplyTo());
                if (p != null && p != self) {
                    return p;
                }
            }
            for (int i = entry.references().size() - 1; i >= 0; i--) {
                Integer p = byId.get(entry.references().get(i));
                if (p != null && p != self) {
                    return p;
                }
            }
            return null;
        }

        /** The message bytes without the From_ line, {@code >From} escapes undone. */
        private byte[] message(Entry entry) throws IOException {
            byte[] raw = new byte[entry.length()];
            seekable.seek(entry.offset());
            int n = 0;
            while (n < raw.length) {
                int r = seekable.read(raw, n, raw.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            int start = 0;
            while (start < n && raw[start] != '\n') {
                start++;
            }
            start = Math.min(n, start + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(n - start);
            int i = start;
            while (i < n) {
                int end = i;
                while (end < n && raw[end] != '\n') {
                    end++;
                }
                int gt = i;
                while (gt < end && raw[gt] == '>') {
                    gt++;
                }
                boolean escaped = gt > i && end - gt >= 5 && raw[gt] == 'F' && raw[gt + 1] == 'r' && raw[gt + 2] == 'o'
                        && raw[gt + 3] == 'm' && raw[gt + 4] == ' ';
                int from = escaped ? i + 1 : i;
                out.write(raw, from, Math.min(n, end + 1) - from);
                i = end + 1;
            }
            return out.toByteArray();
        }

        static String subject(String raw) {
            if (raw == null) {
                return null;
            }
            String s = raw.strip();
            String previous;
            do {
                previous = s;
                s = s.replaceFirst("(?i)^(re|fwd?|aw|sv|vs|r|答复|回复|回覆|转发|轉寄|転送|返信)\\s*(\\[\\d+\\])?\\s*[:：]\\s*", "");
            } while (!s.equals(previous));
            return s.isEmpty() ? null : s;
        }

        static List<String> listId(String raw) {
            if (raw == null) {
                return null;
            }
            List<String> ids = MailMessage.messageIds(raw);
            String id = ids.isEmpty() ? raw.strip() : ids.get(0);
            return id.isEmpty() ? null : List.of(id);
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
}
