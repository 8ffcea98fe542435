package io.taoxi.jobs.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Record: the typed columns that only some sources fill (null elsewhere). Forums: {@code tags},
 * {@code score}, {@code posts}. Documents (Tika): {@code author}, {@code createdTime}, {@code pageCount},
 * {@code langHint}. Code: {@code codeLanguage}, {@code licenseSpdx}, {@code commentLineFrac},
 * {@code cjkCommentFrac}, {@code secretHints}. Any source: {@code externalId}, the source's own id of the
 * record (Stack Exchange post id, Reddit fullname, mail Message-ID, a dataset's id column, WARC-Record-ID).
 * docs/schema.md lists them.
 */
public record SourceExtras(
        List<String> tags,
        Long score,
        Integer posts,
        String author,
        Instant createdTime,
        Integer pageCount,
        String langHint,
        String codeLanguage,
        String licenseSpdx,
        Double commentLineFrac,
        Double cjkCommentFrac,
        Integer secretHints,
        String externalId) implements Serializable {

    /** No source-specific column. */
    public static final SourceExtras NONE = new SourceExtras(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public static SourceExtras forum(List<String> tags, Long score, Integer posts) {
        return new SourceExtras(tags == null ? null : List.copyOf(tags), score, posts, null, null, null, null, null,
                null, null, null, null, null);
    }

    public static SourceExtras document(String author, Instant created, Integer pageCount, String langHint) {
        return new SourceExtras(null, null, null, author, created, pageCount, langHint, null, null, null, null, null,
                null);
    }

    public static SourceExtras code(String codeLanguage, String licenseSpdx, Double commentLineFrac,
            Double cjkCommentFrac, Integer secretHints) {
        return new SourceExtras(null, null, null, null, null, null, null, codeLanguage, licenseSpdx, commentLineFrac,
                cjkCommentFrac, secretHints, null);
    }

    /** The same columns with the source's own id (blank counts as none). */
    public SourceExtras withExternalId(String id) {
        String v = id == null || id.isBlank() ? null : id.strip();
        return new SourceExtras(tags, score, posts, author, createdTime, pageCount, langHint, codeLanguage,
                licenseSpdx, commentLineFrac, cjkCommentFrac, secretHints, v);
    }
}
