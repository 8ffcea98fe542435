package io.taoxi.filters.core;

import java.util.Map;

/**
 * Record: what a per-document operator sees. Immutable. {@code lang} is empty until language
 * identification; {@code signals} holds the signal columns computed so far (by earlier operators in the
 * same stage or by earlier stages), keyed by column name; a null value means "not applicable".
 */
public record Doc(String id, String source, String lang, String contentType, String text, Map<String, Object> signals) {
    public Doc {
        text = text == null ? "" : text;
        lang = lang == null ? "" : lang;
        // Null values are allowed: a signal may be "not applicable" (SignalOperator).
        signals = signals == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(signals));
    }

    public static Doc of(String lang, String text) {
        return new Doc("", "web", lang, "text/html", text, Map.of());
    }

    /** A signal as a double, or {@code fallback} when absent or not numeric. */
    public double signal(String column, double fallback) {
        Object v = signals.get(column);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    public Doc withLang(String newLang) {
        return new Doc(id, source, newLang, contentType, text, signals);
    }
}
