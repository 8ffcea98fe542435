package io.taoxi.filters.core;

import java.util.List;

/**
 * Operator: computes signal columns for one document. Pure: no I/O, clock or randomness after
 * construction; never throws on any text (empty, huge, unpaired surrogates). Built on the executor from its
 * Spec (a serialisable record); only the Spec travels.
 *
 * <p>{@link #compute} returns one value per {@link #columns()} entry, in order, of the column's Java type
 * ({@code Double}, {@code Long}, {@code Integer}, {@code Boolean}, {@code String}); null means "not
 * applicable" (e.g. a word rule on a code file).
 */
public interface SignalOperator {
    /** Stable, versioned name, e.g. {@code gopher_quality_v1}; bump the version when any output can change. */
    String name();

    List<SignalColumn> columns();

    Object[] compute(Doc doc);
}
