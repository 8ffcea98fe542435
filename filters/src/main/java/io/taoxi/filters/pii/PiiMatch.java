package io.taoxi.filters.pii;

/**
 * Record: one validated identifier in a text. {@code start}/{@code end} are char offsets; {@code kind} names
 * the format that matched ({@code cn_mobile}, {@code ipv6}, {@code github_token}, …) for reports and tests.
 */
public record PiiMatch(PiiType type, String kind, int start, int end, String value) {
    public boolean overlaps(PiiMatch other) {
        return start < other.end && other.start < end;
    }
}
