package io.taoxi.jobs.ingest.forum;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.filters.forum.QuoteStripper;
import io.taoxi.filters.forum.ThreadRenderer;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import io.taoxi.jobs.ingest.dataset.DatasetOptions;
import io.taoxi.jobs.ingest.dataset.JsonLines;
import io.taoxi.jobs.ingest.dataset.LineInput;
import io.taoxi.jobs.ingest.dataset.OutcomeIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: Reddit dumps in the common JSON Lines shape ({@code .jsonl}, {@code .ndjson}, {@code .json},
 * each optionally {@code .gz} or {@code .zst}, and the Pushshift names {@code RS_2024-05.zst} /
 * {@code RC_2024-05.zst}, {@code <subreddit>_submissions.zst} / {@code <subreddit>_comments.zst}; submissions
 * {@code {id, name:"t3_…", title, selftext, subreddit, score, created_utc, permalink}} and comments
 * {@code {id, body, parent_id:"t1_…|t3_…", link_id:"t3_…", score, author, created_utc}}, mixed in one file or
 * split in two). One document per submission thread: title, submission text, then the comment tree depth
 * first, siblings by score (higher first) then time. Quotes are stripped ({@link QuoteStripper}); a comment
 * whose parent is missing or deleted keeps its first-level quote as context.
 *
 * <p>Split dumps are joined: at planning a submissions file and the comments file of the same month (or
 * subreddit) in the same folder become one task ({@link ReadTask#companions()}), which reads both at once and
 * merges their lines by {@code created_utc} (both files are in time order, and a comment is never older than
 * its submission), so the one-pass thread buffer below sees the same stream a mixed dump gives. Comments of a
 * month's submissions that are in a later month's comments file are not joined (they start a thread row of
 * their own, without a title, as a comments-only file gives).
 *
 * <p>Memory: one pass; threads are held in a buffer of at most {@code thread_buffer_mb} (default 256) of
 * text; when it is full the threads seen first are written out (dumps are ordered by time, so those are
 * the ones least likely to get more comments). Comments that arrive for a thread already written start a
 * new thread row (same thread, later part).
 *
 * <p>Records (the stage's "in"): each thread row, plus each line that is its own outcome. A line is either
 * folded into a thread (the thread's first line opens the record; later lines add to its {@code posts}), or
 * its own outcome: dropped {@code forum_deleted_body} ({@code [deleted]}), {@code forum_removed_body}
 * ({@code [removed]}), {@code forum_bot_post} (AutoModerator), {@code reddit_unknown_record} (neither a
 * submission nor a comment), {@code record_too_large}; quarantined {@code undecodable_bytes},
 * {@code json_malformed_line}, {@code json_not_an_object}. So lines = thread lines + own-outcome lines, and
 * in = threads + own-outcome lines. A thread is dropped {@code empty_text} when no post has text (a link
 * post without comments), or {@code forum_deleted_body}/{@code forum_removed_body} when its only text was
 * deleted. Locator: file and byte offset of the thread's first line (uncompressed offset as inner offset for
 * .gz/.zst). Each file of a task has its own summary row; a thread counts in the file of its first line.
 * {@code external_id}: the thread's fullname ({@code t3_…}, known from {@code link_id} even without the
 * submission), a dropped comment's {@code t1_…}.
 */
public final class RedditSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;
    private static final String COMPRESSED_JSON = "((?:\\.(?:jsonl|ndjson|json))?(?:\\.(?:gz|zst))?)";
    /** Pushshift monthly dumps: {@code RS_2024-05.zst} (submissions), {@code RC_2024-05.zst} (comments). */
    private static final Pattern MONTHLY = Pattern.compile("(?i)^(RS|RC)_([^.]+)" + COMPRESSED_JSON + "$");
    /** Per-subreddit dumps: {@code taoxi_submissions.zst}, {@code taoxi_comments.zst}. */
    private static final Pattern PER_SUBREDDIT = Pattern.compile("(?i)^(.+)_(submissions|comments)"
            + COMPRESSED_JSON + "$");

    @Override
    public String name() {
        return "reddit";
    }

    public static boolean accepts(String name) {
        return io.taoxi.jobs.ingest.dataset.JsonlSourceReader.accepts(name) || MONTHLY.matcher(name).matches()
                || PER_SUBREDDIT.matcher(name).matches();
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return pairSplitDumps(io.taoxi.jobs.ingest.dataset.JsonlSourceReader.planJsonLines(name(), input, inputIndex,
                hadoop, RedditSourceReader::accepts));
    }

    /**
     * Joins each submissions file with the comments file of the same month or subreddit in the same folder
     * (the i-th of each, by name, when a folder has several); every other file stays a task of its own.
     * Result sorted by {@code sourceFile}.
     */
    public static List<ReadTask> pairSplitDumps(List<ReadTask> files) {
        Map<String, List<ReadTask>> submissions = new TreeMap<>();
        Map<String, List<ReadTask>> comments = new TreeMap<>();
        List<ReadTask> out = new ArrayList<>();
        for (ReadTask t : files) {
            String name = t.sourceFile().substring(t.sourceFile().lastIndexOf('/') + 1);
            String folder = t.sourceFile().substring(0, t.sourceFile().length() - name.length());
            Matcher m = MONTHLY.matcher(name);
            Matcher s = PER_SUBREDDIT.matcher(name);
            if (m.matches()) {
                boolean isSubmissions = m.group(1).equalsIgnoreCase("RS");
                (isSubmissions ? submissions : comments).computeIfAbsent(folder + "\u0000M" + m.group(2),
                        k -> new ArrayList<>()).add(t);
            } else if (s.matches()) {
                boolean isSubmissions = s.group(2).equalsIgnoreCase("submissions");
                (isSubmissions ? submissions : comments).computeIfAbsent(folder + "\u0000S" + s.group(1),
                        k -> new ArrayList<>()).add(t);
            } else {
                out.add(t);
            }
        }
        for (Map.Entry<String, List<ReadTask>> e : submissions.entrySet()) {
            List<ReadTask> subs = e.getValue();
            List<ReadTask> coms = comments.getOrDefault(e.getKey(), List.of());
            subs.sort(Comparator.comparing(ReadTask::sourceFile));
            for (int i = 0; i < subs.size(); i++) {
                ReadTask t = subs.get(i);
                if (i < coms.size()) {
                    ReadTask c = coms.get(i);
                    out.add(new ReadTask(t.reader(), t.source(), t.uri(), t.sourceFile(), t.length() + c.length(),
                            Math.max(t.modified(), c.modified()), t.options(), List.of(c.self())));
                } else {
                    out.add(t);
                }
            }
        }
        for (Map.Entry<String, List<ReadTask>> e : comments.entrySet()) {
            List<ReadTask> coms = e.getValue();
            int paired = submissions.getOrDefault(e.getKey(), List.of()).size();
            coms.sort(Comparator.comparing(ReadTask::sourceFile));
            out.addAll(coms.subList(Math.min(paired, coms.size()), coms.size()));
        }
        out.sort(Comparator.comparing(ReadTask::sourceFile));
        return out;
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        List<Input> inputs = new ArrayList<>();
        List<ReadTask.Part> parts = new ArrayList<>();
        parts.add(task.self());
        parts.addAll(task.companions());
        for (ReadTask.Part p : parts) {
            inputs.add(new Input(p.sourceFile(), () -> {
                Path path = new Path(p.uri());
                return path.getFileSystem(hadoop).open(path);
            }));
        }
        return new FileReader(task.source(), inputs,
                () -> DatasetOptions.forTask(task, hadoop).threadBufferMb() * (1L << 20), spec.maxRecordBytes(),
                ThreadRenderer.Spec.defaults());
    }

    /** Opens the file. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The buffer budget in bytes (read on the executor). */
    @FunctionalInterface
    public interface Budget {
        long bytes() throws IOException;
    }

    /** One file of a task: its {@code source_file} name and how to open it. */
    public record Input(String sourceFile, Opener opener) {
    }

    /** One comment or submission inside a thread. */
    private record Post(String id, String parent, String author, long score, double created, String text,
            boolean gone) {
    }

    /** A thread being assembled. */
    private static final class Thread {
        final String file;
        final long offset;
        final long innerOffset;
        final String key;
        long bytes;
        long chars;
        Post submission;
        String title;
        String subreddit;
        String url;
        Long score;
        Instant created;
        String goneReason;
        final List<Post> comments = new ArrayList<>();

        Thread(String file, long offset, long innerOffset, String key) {
            this.file = file;
            this.offset = offset;
            this.innerOffset = innerOffset;
            this.key = key;
        }
    }

    /** A submission or comment line read ahead, waiting for its turn in the time merge. */
    private record Pending(JsonNode o, boolean comment, double created, long offset, long innerOffset,
            long rawBytes) {
    }

    /** One input file of the task and where its reading stands. */
    private static final class Stream {
        final int index;
        final String file;
        final Opener opener;
        LineInput lines;
        boolean done;
        long lineOffset;
        long records;
        long bytes;
        Pending head;

        Stream(int index, Input input) {
            this.index = index;
            this.file = input.sourceFile();
            this.opener = input.opener();
        }
    }

    /** The rows of one file, or of a submissions file and its comments file read together. */
    public static final class FileReader extends OutcomeIterator {
        private static final String CONTENT_TYPE = "text/markdown";
        private final List<Stream> streams = new ArrayList<>();
        private final Budget budget;
        private final long maxRecordBytes;
        private final ThreadRenderer renderer;
        private final QuoteStripper quotes = new QuoteStripper(QuoteStripper.Spec.defaults());
        private final JsonLines json = new JsonLines();
        private final LinkedHashMap<String, Thread> open = new LinkedHashMap<>();
        private long budgetBytes;
        private long buffered;

        public FileReader(String source, String sourceFile, Opener opener, Budget budget, long maxRecordBytes,
                ThreadRenderer.Spec render) {
            this(source, List.of(new Input(sourceFile, opener)), budget, maxRecordBytes, render);
        }

        /** Reads {@code inputs} together, merged by time; the first names the task (its summary row is last). */
        public FileReader(String source, List<Input> inputs, Budget budget, long maxRecordBytes,
                ThreadRenderer.Spec render) {
            super(source, inputs.get(0).sourceFile());
            for (Input in : inputs) {
                streams.add(new Stream(streams.size(), in));
            }
            this.budget = budget;
            this.maxRecordBytes = maxRecordBytes;
            this.renderer = new ThreadRenderer(render);
        }

        @Override
        protected void open() throws IOException {
            budgetBytes = budget.bytes();
            for (Stream s : streams) {
                try {
                    s.lines = LineInput.open(s.opener.open());
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    if (streams.size() == 1) {
                        throw e; // a single file: the skeleton quarantines it
                    }
                    s.done = true;
                    count(s);
                    emit(IngestRow.quarantined(source, s.file, 0, 0, null, 0, "unreadable_file",
                            e.getClass().getName(), s.file + ": " + e.getMessage()));
                }
            }
        }

        private void count(Stream s) {
            if (s.index == 0) {
                countRecord();
            } else {
                s.records++;
            }
        }

        @Override
        protected boolean step() throws IOException {
            for (Stream s : streams) {
                if (!s.done && s.head == null) {
                    readAhead(s); // one line a step: a run of bad lines never piles up rows in memory
                    return true;
                }
            }
            Stream next = null;
            for (Stream s : streams) {
                if (s.head != null && (next == null || before(s.head, next.head))) {
                    next = s;
                }
            }
            if (next == null) {
                return false;
            }
            Pending p = next.head;
            next.head = null;
            add(next, p);
            return true;
        }

        /** Time order; at equal times a submission before a comment, else file order. */
        private static boolean before(Pending a, Pending b) {
            return a.created() < b.created() || (a.created() == b.created() && !a.comment() && b.comment());
        }

        /** Reads one line of {@code s}: a post becomes its head; anything else is its own outcome now. */
        private void readAhead(Stream s) throws IOException {
            s.lineOffset = s.lines.position();
            LineInput.Line line;
            try {
                line = s.lines.next((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes));
            } catch (IOException | RuntimeException e) {
                if (s.index == 0 && streams.size() == 1) {
                    throw e; // a single file: the skeleton's handling, as for every line reader
                }
                s.done = true;
                count(s);
                long off = s.lines.sourceOffset(s.lineOffset);
                long inner = s.lines.innerOffset(s.lineOffset);
                emit(IngestRow.quarantined(source, s.file, off, inner, null, 0, failureReason(e),
                        e.getClass().getName(), s.file + " at offset " + off + "/" + inner + ": " + e.getMessage()));
                closeQuietly(s);
                return;
            }
            if (line == null) {
                s.done = true;
                return;
            }
            if (s.index == 0) {
                countBytes(line.rawBytes());
            } else {
                s.bytes += line.rawBytes();
            }
            long off = s.lines.sourceOffset(line.offset());
            long inner = s.lines.innerOffset(line.offset());
            if (line.tooLong()) {
                count(s);
                emit(ForumRows.droppedPost(source, s.file, off, inner, CONTENT_TYPE, null, line.rawBytes(),
                        "record_too_large", null, null, null, null));
                return;
            }
            if (isBlank(line)) {
                return; // blank lines are not records
            }
            JsonLines.Parsed parsed = json.parse(line, s.file);
            if (!parsed.ok()) {
                count(s);
                emit(IngestRow.quarantined(source, s.file, off, inner, null, line.rawBytes(), parsed.reason(),
                        parsed.errorClass(), parsed.message()));
                return;
            }
            JsonNode o = parsed.node();
            String name = text(o, "name");
            boolean comment = text(o, "link_id") != null && o.has("body");
            boolean submission = !comment && (o.has("title") || (name != null && name.startsWith("t3_")));
            if (!comment && !submission) {
                count(s);
                emit(ForumRows.droppedPost(source, s.file, off, inner, CONTENT_TYPE, null, line.rawBytes(),
                        "reddit_unknown_record", null, null, null, name != null ? name : text(o, "id")));
                return;
            }
            s.head = new Pending(o, comment, createdSeconds(o), off, inner, line.rawBytes());
        }

        /** Folds a post into its thread (or emits it as its own outcome). */
        private void add(Stream s, Pending p) {
            JsonNode o = p.o();
            boolean comment = p.comment();
            String linkId = text(o, "link_id");
            String name = text(o, "name");
            String id = text(o, "id");
            String key = comment ? linkId : (name != null ? name : "t3_" + id);
            String body = unescape(comment ? text(o, "body") : text(o, "selftext"));
            String author = text(o, "author");
            String goneReason = goneReason(body);
            if (comment && goneReason == null && "AutoModerator".equals(author)) {
                goneReason = "forum_bot_post";
            }
            Thread t = open.get(key);
            if (comment && goneReason != null) {
                // its own outcome; stays in the tree as a placeholder so its replies keep their place
                count(s);
                emit(ForumRows.droppedPost(source, s.file, p.offset(), p.innerOffset(), CONTENT_TYPE, body,
                        p.rawBytes(), goneReason, subreddit(o), longValue(o, "score"), created(o),
                        id == null ? null : "t1_" + id));
                if (t != null) {
                    t.comments.add(new Post("t1_" + id, text(o, "parent_id"), null, 0, 0, null, true));
                }
                return;
            }
            if (t == null) {
                count(s);
                t = new Thread(s.file, p.offset(), p.innerOffset(), key);
                open.put(key, t);
            }
            t.bytes += p.rawBytes();
            long chars = (body == null ? 0 : body.length()) + 64L;
            t.chars += chars;
            buffered += chars * 2;
            Post post = new Post(comment ? "t1_" + id : key, comment ? text(o, "parent_id") : null,
                    "[deleted]".equals(author) ? null : author, longOrZero(o, "score"), p.created(),
                    goneReason == null ? body : null, goneReason != null);
            if (comment) {
                t.comments.add(post);
            } else {
                t.submission = post;
                t.title = unescape(text(o, "title"));
                t.subreddit = text(o, "subreddit");
                String permalink = text(o, "permalink");
                t.url = permalink == null ? null : permalink.startsWith("http") ? permalink
                        : "https://www.reddit.com" + permalink;
                t.score = longValue(o, "score");
                t.created = created(o);
                t.goneReason = goneReason;
            }
            if (t.subreddit == null) {
                t.subreddit = text(o, "subreddit");
            }
            if (t.created == null) {
                t.created = created(o);
            }
            while (buffered > budgetBytes && open.size() > 1) {
                Iterator<Map.Entry<String, Thread>> oldest = open.entrySet().iterator();
                Thread first = oldest.next().getValue();
                oldest.remove();
                flush(first);
            }
        }

        @Override
        protected void drain() {
            for (Thread t : open.values()) {
                flush(t);
            }
            open.clear();
            for (Stream s : streams) {
                if (s.index > 0) {
                    closeQuietly(s);
                    // read time is on the task file's summary row
                    emit(IngestRow.sourceSummary(source, s.file, s.records, s.bytes, 0));
                }
            }
        }

        private void flush(Thread t) {
            buffered -= t.chars * 2;
            Map<String, List<Post>> children = new HashMap<>();
            Map<String, Post> byId = new HashMap<>();
            for (Post c : t.comments) {
                byId.put(c.id(), c);
            }
            String rootId = t.submission == null ? null : t.submission.id();
            List<Post> roots = new ArrayList<>();
            for (Post c : t.comments) {
                if (c.parent() != null && byId.containsKey(c.parent())) {
                    children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
                } else {
                    roots.add(c); // top-level, or its parent is not in this file
                }
            }
            Comparator<Post> order = Comparator.comparingLong(Post::score).reversed()
                    .thenComparingDouble(Post::created).thenComparing(Post::id);
            List<ThreadRenderer.Post> posts = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            if (t.submission != null) {
                posts.add(new ThreadRenderer.Post(t.submission.author(), -1,
                        quotes.strip(t.submission.text(), false).text()));
                index.put(rootId, 0);
            }
            roots.sort(order);
            // iterative depth-first walk (deep reply chains must not overflow the stack)
            ArrayList<Post> stack = new ArrayList<>();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.add(roots.get(i));
            }
            while (!stack.isEmpty()) {
                Post c = stack.remove(stack.size() - 1);
                Post parent = c.parent() == null ? null : byId.get(c.parent());
                boolean parentMissing = c.parent() == null
                        || (!c.parent().equals(rootId) && (parent == null || parent.gone()));
                Integer replyTo = c.parent() == null ? null : index.get(c.parent());
                index.put(c.id(), posts.size());
                posts.add(new ThreadRenderer.Post(c.author(), replyTo == null ? -1 : replyTo,
                        c.gone() ? "" : quotes.strip(c.text(), parentMissing).text()));
                List<Post> kids = children.get(c.id());
                if (kids != null) {
                    kids.sort(order);
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        stack.add(kids.get(i));
                    }
                }
            }
            ThreadRenderer.Rendered rendered = renderer.render(t.title, posts);
            ForumRows.ThreadInfo info = new ForumRows.ThreadInfo(t.offset, t.innerOffset, t.url, CONTENT_TYPE, t.title,
                    t.subreddit == null ? null : List.of(t.subreddit), t.score, t.created, t.bytes, "UTF-8",
                    "default", null, t.key);
            String emptyReason = t.goneReason != null && t.comments.stream().allMatch(Post::gone) ? t.goneReason
                    : "empty_text";
            emit(ForumRows.thread(source, t.file, info, rendered, emptyReason));
        }

        static String goneReason(String body) {
            if (body == null) {
                return null;
            }
            String b = body.strip();
            return b.equals("[deleted]") ? "forum_deleted_body" : b.equals("[removed]") ? "forum_removed_body" : null;
        }

        /** Reddit's JSON escapes {@code & < >} in bodies as HTML entities. */
        static String unescape(String s) {
            if (s == null || s.indexOf('&') < 0) {
                return s;
            }
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&#x200B;", "").replace("&nbsp;", " ")
                    .replace("&amp;", "&");
        }

        private static boolean isBlank(LineInput.Line line) {
            for (int i = 0; i < line.length(); i++) {
                byte b = line.bytes()[i];
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }

        private static String text(JsonNode o, String field) {
            JsonNode n = o.get(field);
            return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
        }

        private static Long longValue(JsonNode o, String field) {
            JsonNode n = o.get(field);
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isNumber()) {
                return n.asLong();
            }
            try {
                return Long.parseLong(n.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static long longOrZero(JsonNode o, String field) {
            Long v = longValue(o, field);
            return v == null ? 0 : v;
        }

        private static double createdSeconds(JsonNode o) {
            JsonNode n = o.get("created_utc");
            if (n == null || n.isNull()) {
                return 0;
            }
            if (n.isNumber()) {
                return n.asDouble();
            }
            try {
                return Double.parseDouble(n.asText().strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static Instant created(JsonNode o) {
            double s = createdSeconds(o);
            return s <= 0 ? null : Instant.ofEpochSecond((long) s);
        }

        private static List<String> subreddit(JsonNode o) {
            String s = text(o, "subreddit");
            return s == null ? null : List.of(s);
        }

        @Override
        protected long[] failureLocation() {
            Stream s = streams.get(0);
            return s.lines == null ? new long[] {0, 0}
                    : new long[] {s.lines.sourceOffset(s.lineOffset), s.lines.innerOffset(s.lineOffset)};
        }

        private static void closeQuietly(Stream s) {
            if (s.lines != null) {
                try {
                    s.lines.close();
                } catch (IOException ignored) {
                    // only read
                }
            }
        }

        @Override
        protected void closeInput() {
            for (Stream s : streams) {
                closeQuietly(s);
            }
        }
    }
}
