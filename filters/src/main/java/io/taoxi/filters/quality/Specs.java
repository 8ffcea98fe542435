package io.taoxi.filters.quality;

/** Validation helpers for the operators' Spec records: messages name the field, its value and the allowed range. */
final class Specs {
    private Specs() {
    }

    static void checkRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    /** Default work cap: 500,000 UTF-16 units, about 1.5 MB of CJK UTF-8; longer documents are judged on this prefix. */
    static final int DEFAULT_MAX_INPUT_CHARS = 500_000;
    static final int MIN_MAX_INPUT_CHARS = 1_000;
    static final int MAX_MAX_INPUT_CHARS = 50_000_000;

    static void checkMaxInputChars(int maxInputChars) {
        checkRange("maxInputChars", maxInputChars, MIN_MAX_INPUT_CHARS, MAX_MAX_INPUT_CHARS);
    }
}
