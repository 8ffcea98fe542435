package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import java.io.Serializable;

/**
 * A change to the stored text that a filter applies after its signals are computed (PII redaction). The
 * returned text replaces {@code text}; signals are not recomputed.
 */
public interface TextTransform extends Serializable {
    /** Called once per partition before use. */
    default void open() {
    }

    String apply(Doc doc);
}
