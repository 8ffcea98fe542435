package io.taoxi.filters.dedup;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Operator: which document of a duplicate cluster survives. Best first: the source ranked earliest in
 * {@code sourceRanking} (unlisted sources after all listed ones, in no particular order among themselves
 * but broken by the next keys), then the higher quality signal (a missing signal ranks last), then more
 * characters, then the smallest id. A total order on distinct ids, so the survivor never depends on the
 * order rows arrive in.
 *
 * <pre>
 *   ranking [doc, forum, web]:  (web, q 0.9, 900 chars) loses to (forum, q 0.1, 100 chars)
 *   same source and quality:    the longer text wins; equal length: id "0a…" beats "3f…"
 * </pre>
 */
public record KeepPolicy(List<String> sourceRanking) implements Serializable {
    /** One member of a cluster, as the policy sees it. */
    public record Candidate(String id, String source, Double quality, long chars) {
    }

    public KeepPolicy {
        sourceRanking = sourceRanking == null ? List.of("doc", "forum", "web")
                : sourceRanking.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** Rank of a source: its index in the ranking, or the ranking's size when unlisted. */
    public int sourceRank(String source) {
        int i = source == null ? -1 : sourceRanking.indexOf(source.toLowerCase(Locale.ROOT));
        return i < 0 ? sourceRanking.size() : i;
    }

    /** Best first. */
    public Comparator<Candidate> order() {
        return Comparator.<Candidate>comparingInt(c -> sourceRank(c.source()))
                .thenComparing(Candidate::quality, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(Candidate::chars).reversed())
                .thenComparing(Candidate::id);
    }

    public Candidate best(List<Candidate> cluster) {
        return cluster.stream().min(order()).orElseThrow();
    }
}
