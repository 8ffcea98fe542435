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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: Reddit dumps in the common JSON Lines shape ({@code .jsonl}, {@code .ndjson}, {@code .json},
 * each optionally {@code .gz} or {@code .zst}; submissions {@code {id, name:"t3_…", title, selftext,
 * subreddit, score, created_utc, permalink}} and comments {@code {id, body, parent_id:"t1_…|t3_…",
 * link_id:"t3_…", score, author, created_utc}}, mixed or in separate files). One document per submission
 * thread: title, submission text, then the comment tree depth first, siblings by score (higher first) then
 * time. Quotes are stripped ({@link QuoteStripper}); a comment whose parent is missing or deleted keeps its
 * first-level quote as context.
 *
 * <p>Memory: one pass; threads are held in a buffer of at most {@code thread_buffer_mb} (default 256) of
 * text; when it is full the threads seen first are written out (dumps are ordered by time, so those are
 * the ones least likely to get more comments). Comments that arrive for a thread already written start a
 * new thread row (same thread, later part). Submissions and comments in different files (the RS_/RC_ split
 * of monthly dumps) cannot be joined by a per-file reader: a comments file gives one row per {@code link_id}
 * without a title. Joining them needs a shuffle (group by link_id) — not done here.
 *
 * <p>Records (the stage's "in"): each thread row, plus each line that is its own outcome. A line is either
 * folded into a thread (the thread's first line opens the record; later lines add to its {@code posts}), or
 * one outcome of its own: dropped {@code forum_deleted_body} ({@code [deleted]}), {@code forum_removed_body}
 * ({@code [removed]}), {@code forum_bot_post} (AutoModerator), {@code reddit_unknown_record} (neither a
 * submission nor a comment), {@code record_too_large}; quarantined {@code undecodable_bytes},
 * {@code json_malformed_line}, {@code json_not_an_object}. So lines = thread lines + own-outcome lines, and
 * in = threads + own-outcome lines. A thread is dropped {@code empty_text} when no post has text (a link
 * post without comments), or {@code forum_deleted_body}/{@code forum_removed_body} when its only text was
 * deleted. Locator: byte offset of the thread's first line (uncompressed offset as inner offset for .gz/.zst).
 */
public final class RedditSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "reddit";
    }

    public static boolean accepts(String name) {
        return io.taoxi.jobs.ingest.dataset.JsonlSourceReader.accepts(name);
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        return io.taoxi.jobs.ingest.dataset.JsonlSourceReader.planJsonLines(name(), input, inputIndex, hadoop);
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new FileReader(task.source(), task.sourceFile(), () -> {
            Path path = new Path(task.uri());
            return path.getFileSystem(hadoop).open(path);
        }, () -> DatasetOptions.forTask(task, hadoop).threadBufferMb() * (1L << 20), spec.maxRecordBytes(),
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

    /** One comment or submission inside a thread. */
    private record Post(String id, String parent, String author, long score, double created, String text,
            boolean gone) {
    }

    /** A thread being assembled. */
    private static final class Thread {
        final long firstOffset;
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

        Thread(long firstOffset) {
            this.firstOffset = firstOffset;
        }
    }

    /** The rows of one file. */
    public static final class FileReader extends OutcomeIterator {
        private static final String CONTENT_TYPE = "text/markdown";
        private final Opener opener;
        private final Budget budget;
        private final long maxRecordBytes;
        private final ThreadRenderer renderer;
        private final QuoteStripper quotes = new QuoteStripper(QuoteStripper.Spec.defaults());
        private final JsonLines json = new JsonLines();
        private final LinkedHashMap<String, Thread> open = new LinkedHashMap<>();
        private LineInput lines;
        private long budgetBytes;
        private long buffered;
        private long lineOffset;

        public FileReader(String source, String sourceFile, Opener opener, Budget budget, long maxRecordBytes,
                ThreadRenderer.Spec render) {
            super(source, sourceFile);
            this.opener = opener;
            this.budget = budget;
            this.maxRecordBytes = maxRecordBytes;
            this.renderer = new ThreadRenderer(render);
        }

        @Override
        protected void open() throws IOException {
            budgetBytes = budget.bytes();
            lines = LineInput.open(opener.open());
        }

        @Override
        protected boolean step() throws IOException {
            lineOffset = lines.position();
            LineInput.Line line = lines.next((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes));
            if (line == null) {
                return false;
            }
            countBytes(line.rawBytes());
            long off = lines.sourceOffset(line.offset());
            long inner = lines.innerOffset(line.offset());
            if (line.tooLong()) {
                countRecord();
                emit(ForumRows.droppedPost(source, sourceFile, off, inner, CONTENT_TYPE, null, line.rawBytes(),
                        "record_too_large", null, null, null));
                return true;
            }
            if (isBlank(line)) {
                return true; // blank lines are not records
            }
            JsonLines.Parsed parsed = json.parse(line, sourceFile);
            if (!parsed.ok()) {
                countRecord();
                emit(IngestRow.quarantined(source, sourceFile, off, inner, null, line.rawBytes(), parsed.reason(),
                        parsed.errorClass(), parsed.message()));
                return true;
            }
            JsonNode o = parsed.node();
            String linkId = text(o, "link_id");
            String name = text(o, "name");
            String id = text(o, "id");
            boolean comment = linkId != null && o.has("body");
            boolean submission = !comment && (o.has("title") || (name != null && name.startsWith("t3_")));
            if (!comment && !submission) {
                countRecord();
                emit(ForumRows.droppedPost(source, sourceFile, off, inner, CONTENT_TYPE, null, line.rawBytes(),
                        "reddit_unknown_record", null, null, null));
                return true;
            }
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
                countRecord();
                emit(ForumRows.droppedPost(source, sourceFile, off, inner, CONTENT_TYPE, body, line.rawBytes(),
                        goneReason, subreddit(o), longValue(o, "score"), created(o)));
                if (t != null) {
                    t.comments.add(new Post("t1_" + id, text(o, "parent_id"), null, 0, 0, null, true));
                }
                return true;
            }
            if (t == null) {
                countRecord();
                t = new Thread(line.offset());
                open.put(key, t);
            }
            t.bytes += line.rawBytes();
            long chars = (body == null ? 0 : body.length()) + 64L;
            t.chars += chars;
            buffered += chars * 2;
            Post post = new Post(comment ? "t1_" + id : key, comment ? text(o, "parent_id") : null,
                    "[deleted]".equals(author) ? null : author, longOrZero(o, "score"), createdSeconds(o),
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
            return true;
        }

        @Override
        protected void drain() {
            for (Thread t : open.values()) {
                flush(t);
            }
            open.clear();
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
            ForumRows.ThreadInfo info = new ForumRows.ThreadInfo(lines == null ? 0 : lines.sourceOffset(t.firstOffset),
                    lines == null ? t.firstOffset : lines.innerOffset(t.firstOffset), t.url, CONTENT_TYPE, t.title,
                    t.subreddit == null ? null : List.of(t.subreddit), t.score, t.created, t.bytes, "UTF-8",
                    "default", null);
            String emptyReason = t.goneReason != null && t.comments.stream().allMatch(Post::gone) ? t.goneReason
                    : "empty_text";
            emit(ForumRows.thread(source, sourceFile, info, rendered, emptyReason));
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
            return lines == null ? new long[] {0, 0}
                    : new long[] {lines.sourceOffset(lineOffset), lines.innerOffset(lineOffset)};
        }

        @Override
        protected void closeInput() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException ignored) {
                    // only read
                }
            }
        }
    }
}
