package io.taoxi.filters.forum;

import io.taoxi.filters.normalize.TextNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator (a pure transform, {@value #NAME}): one forum thread as one readable text. The posts come in
 * reading order (the caller decides it: question then answers, or a reply tree depth first); each post's text
 * is already free of quotes ({@link QuoteStripper}).
 *
 * <pre>
 * 如何在 Spark 里读取 GBK 编码的 CSV？       ← title, then a blank line
 *
 * — #1:                                      ← speaker turn: a per-thread pseudonym, no user name
 * 我有一个 GBK 编码的文件……
 *
 * — #2:
 * 用 encoding 选项……
 *
 * — #3 → #2:                                 ← a reply to a post other than the opening one
 * 谢谢，可以了。
 *
 * — #1 → #2:                                 ← the same author keeps the same number
 * 确认解决。
 * </pre>
 *
 * <p>Speakers are numbered {@code #1, #2, …} in order of first appearance, keyed by an opaque author key the
 * caller gives (a user id, an author name, a mail address); the key itself never reaches the text, so user
 * names and addresses (PII) stay out of the corpus while the conversation structure (who answers whom, the
 * asker coming back) stays in. A post without an author key (deleted account, anonymous) gets a fresh
 * number. The arrow {@code → #k} is written only for replies to a post other than the first, and only when
 * {@code #k} has already appeared. Scores and dates are not written into the text (they are columns).
 *
 * <p>Posts with empty text are skipped. At most {@link Spec#maxPosts()} posts and about
 * {@link Spec#maxChars()} characters are rendered (a post is never cut in the middle, except a first post
 * that alone is longer than the limit).
 *
 * <p>Known weaknesses: the separator line {@code — #n:} is the same in every language; a thread whose title
 * repeats its first sentence says it twice.
 */
public final class ThreadRenderer {
    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "thread_render_v1";

    /**
     * @param maxPosts most posts rendered into one thread text
     * @param maxChars about the most characters of one thread text
     */
    public record Spec(int maxPosts, int maxChars) {
        public Spec {
            if (maxPosts < 1 || maxPosts > 1_000_000) {
                throw new IllegalArgumentException("maxPosts must be in [1, 1000000], got: " + maxPosts);
            }
            if (maxChars < 100 || maxChars > 100_000_000) {
                throw new IllegalArgumentException("maxChars must be in [100, 100000000], got: " + maxChars);
            }
        }

        public static Spec defaults() {
            return new Spec(2_000, 4_000_000);
        }
    }

    /**
     * One post in reading order.
     *
     * @param authorKey opaque author identity, or null when unknown
     * @param replyTo index (in the same list) of the post this one answers, or -1
     * @param text the post text, quotes already removed
     */
    public record Post(String authorKey, int replyTo, String text) {
    }

    /**
     * @param text the thread text (empty when no post had text)
     * @param posts posts rendered
     * @param omitted posts with text left out by the limits
     */
    public record Rendered(String text, int posts, int omitted) {
    }

    private final Spec spec;

    public ThreadRenderer(Spec spec) {
        this.spec = spec;
    }

    public Rendered render(String title, List<Post> posts) {
        StringBuilder b = new StringBuilder();
        String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (!cleanTitle.isEmpty()) {
            b.append(cleanTitle).append("\n\n");
        }
        Map<String, Integer> speakers = new HashMap<>();
        int[] speakerOf = new int[posts.size()];
        int next = 1;
        int rendered = 0;
        int omitted = 0;
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            String text = p.text() == null ? "" : p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean full = rendered >= spec.maxPosts() || (rendered > 0 && b.length() + text.length() > spec.maxChars());
            if (full) {
                omitted++;
                continue;
            }
            int speaker;
            if (p.authorKey() == null || p.authorKey().isEmpty()) {
                speaker = next++;
            } else {
                Integer known = speakers.get(p.authorKey());
                if (known == null) {
                    known = next++;
                    speakers.put(p.authorKey(), known);
                }
                speaker = known;
            }
            speakerOf[i] = speaker;
            b.append("— #").append(speaker);
            if (p.replyTo() > 0 && p.replyTo() < i && speakerOf[p.replyTo()] > 0) {
                b.append(" → #").append(speakerOf[p.replyTo()]);
            }
            b.append(":\n");
            if (rendered == 0 && text.length() > spec.maxChars()) {
                text = text.substring(0, Character.isHighSurrogate(text.charAt(spec.maxChars() - 1))
                        ? spec.maxChars() - 1 : spec.maxChars());
            }
            b.append(text).append("\n\n");
            rendered++;
        }
        if (rendered == 0) {
            return new Rendered("", 0, 0);
        }
        return new Rendered(TextNormalizer.storedText(b.toString().strip()), rendered, omitted);
    }
}
