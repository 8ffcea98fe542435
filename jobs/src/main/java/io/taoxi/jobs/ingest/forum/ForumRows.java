package io.taoxi.jobs.ingest.forum;

import io.taoxi.filters.forum.ThreadRenderer;
import io.taoxi.jobs.ingest.DocumentIds;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.SourceExtras;
import java.time.Instant;
import java.util.List;

/**
 * Infrastructure: the outcome row of one reconstructed thread. Kept when the rendered text is not empty,
 * else dropped with the reason the caller gives ({@code empty_text}, {@code forum_deleted_body}, …). Forum
 * columns: {@code tags}, {@code score} (of the first post), {@code posts} (posts in the text) and
 * {@code created_time} (the first post's date).
 */
final class ForumRows {
    private ForumRows() {
    }

    /** What a reader knows about one thread besides its text. */
    record ThreadInfo(long offset, long innerOffset, String url, String contentType, String title, List<String> tags,
            Long score, Instant created, long recordBytes, String charset, String charsetSource, Double mojibakeRatio,
            String externalId) {
    }

    static IngestRow thread(String source, String sourceFile, ThreadInfo info, ThreadRenderer.Rendered rendered,
            String emptyReason) {
        boolean kept = !rendered.text().isEmpty();
        IngestRow row = new IngestRow(DocumentIds.of(source, sourceFile, info.offset(), info.innerOffset()), source,
                sourceFile, info.offset(), info.innerOffset(), info.url(), null, info.contentType(), null,
                info.charset(), info.charsetSource(), info.mojibakeRatio(), blankToNull(info.title()),
                kept ? rendered.text() : null, info.recordBytes(),
                kept ? IngestRow.Outcome.KEPT : IngestRow.Outcome.DROPPED, kept ? null : emptyReason, null, null, null,
                null);
        return row.withExtras(extras(info.tags(), info.score(), rendered.posts(), info.created())
                .withExternalId(info.externalId()));
    }

    /** A single post dropped on purpose (deleted body, bot, orphan), located by its own offset. */
    static IngestRow droppedPost(String source, String sourceFile, long offset, long innerOffset, String contentType,
            String text, long recordBytes, String reason, List<String> tags, Long score, Instant created,
            String externalId) {
        return new IngestRow(DocumentIds.of(source, sourceFile, offset, innerOffset), source, sourceFile, offset,
                innerOffset, null, null, contentType, null, null, null, null, null, text, recordBytes,
                IngestRow.Outcome.DROPPED, reason, null, null, null, null).withExtras(extras(tags, score, 1, created)
                .withExternalId(externalId));
    }

    static SourceExtras extras(List<String> tags, Long score, Integer posts, Instant created) {
        SourceExtras f = SourceExtras.forum(tags, score, posts);
        return new SourceExtras(f.tags(), f.score(), f.posts(), null, created, null, null, null, null, null, null, null,
                null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
