package io.taoxi.tokenizer.audit;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for fertility (tokens per word). Not necessarily thread-safe: one per thread.
 * {@code jobs} plugs in Lucene SmartCN/Kuromoji/Nori ({@code io.taoxi.filters.quality.Segmenter}); the
 * default here is ICU's word break iterator (UAX #29 plus ICU's dictionaries for Chinese, Japanese, Thai,
 * Lao, Khmer, Burmese), keeping only segments tagged as letters, numbers, kana or ideographs.
 */
@FunctionalInterface
public interface WordCounter {
    List<String> words(String text, String lang);

    /** ICU word segmentation (see the interface doc). */
    static WordCounter icu() {
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        return (text, lang) -> {
            List<String> out = new ArrayList<>();
            it.setText(text);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                if (it.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                    out.add(text.substring(start, end));
                }
            }
            return out;
        };
    }
}
