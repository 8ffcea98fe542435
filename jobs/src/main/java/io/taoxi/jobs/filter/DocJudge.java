package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.Verdict;
import java.io.Serializable;

/**
 * A decision over a document whose signals are computed (they are in {@link Doc#signals()}): keep, or
 * drop with a reason. Judges run after every operator, in order; the first drop wins.
 */
@FunctionalInterface
public interface DocJudge extends Serializable {
    Verdict judge(Doc doc);
}
