package io.taoxi.filters.core;

/** Outcome of a filter: keep, or drop with a snake_case reason (which becomes a report row). */
public sealed interface Verdict permits Verdict.Keep, Verdict.Drop {
    Keep KEEP = new Keep();

    record Keep() implements Verdict {
    }

    /** {@code value} is the signal value that decided it (shown in the sample browser). */
    record Drop(String reason, double value) implements Verdict {
        public Drop {
            if (reason == null || !reason.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("reason must be snake_case: " + reason);
            }
        }
    }

    default boolean kept() {
        return this instanceof Keep;
    }
}
