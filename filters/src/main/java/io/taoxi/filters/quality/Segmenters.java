package io.taoxi.filters.quality;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Infrastructure: one {@link Segmenter} per thread, with a one-document memo, so operators that share a
 * {@code Segmenters} segment each document once ({@link QualityOperators#defaults()} shares one between all
 * word-based operators). Thread safe; the memo is per thread and keyed by the exact text and language label,
 * so it can never return another document's words.
 */
public final class Segmenters {

    private static final class PerThread {
        final Segmenter segmenter = new Segmenter();
        String lastText;
        String lastLang;
        List<String> lastWords;
    }

    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(PerThread::new);

    /** Words of {@code text} (unmodifiable), as {@link Segmenter#words}. */
    public List<String> words(String text, String lang) {
        PerThread state = perThread.get();
        if (state.lastWords != null && Objects.equals(state.lastLang, lang) && text.equals(state.lastText)) {
            return state.lastWords;
        }
        List<String> words = Collections.unmodifiableList(state.segmenter.words(text, lang));
        state.lastText = text;
        state.lastLang = lang;
        state.lastWords = words;
        return words;
    }
}
