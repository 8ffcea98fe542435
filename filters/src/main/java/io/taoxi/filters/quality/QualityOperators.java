package io.taoxi.filters.quality;

import java.util.ArrayList;
import java.util.List;

import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;

/** Infrastructure: the quality signal operators with their default Specs, in a fixed order, and their columns. */
public final class QualityOperators {
    private QualityOperators() {
    }

    /**
     * New instances with default Specs sharing one {@link Segmenters}, so each document is segmented once
     * when they run one after another on a thread (one set per Spark task is fine; the set is also safe to
     * share between threads).
     */
    public static List<SignalOperator> defaults() {
        Segmenters shared = new Segmenters();
        return List.of(
                new GopherQuality(GopherQuality.Spec.defaults(), shared),
                new GopherRepetition(GopherRepetition.Spec.defaults(), shared),
                new C4Quality(C4Quality.Spec.defaults()),
                new FineWebQuality(FineWebQuality.Spec.defaults(), shared),
                new CjkQuality(CjkQuality.Spec.defaults(), shared));
    }

    /** All columns of {@code operators}, in order; fails if two operators write the same column. */
    public static List<SignalColumn> columns(List<SignalOperator> operators) {
        List<SignalColumn> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SignalOperator op : operators) {
            for (SignalColumn c : op.columns()) {
                if (!names.add(c.name())) {
                    throw new IllegalStateException("column " + c.name() + " written twice (" + op.name() + ")");
                }
                out.add(c);
            }
        }
        return List.copyOf(out);
    }
}
