package io.taoxi.jobs.audit;

import io.taoxi.filters.quality.Segmenter;
import io.taoxi.tokenizer.audit.Script;
import io.taoxi.tokenizer.audit.WordCounter;
import java.util.List;

/**
 * Words for fertility from the filters' {@link Segmenter}: SmartCN for Chinese (Traditional via a
 * Simplified copy), Kuromoji for Japanese, Nori for Korean, ICU for the rest; ICU's word iterator for
 * {@code code}. Not thread-safe (Lucene tokenizers are stateful): one per thread.
 */
final class SegmenterWords implements WordCounter {
    private final Segmenter segmenter = new Segmenter();
    private final WordCounter icu = WordCounter.icu();

    @Override
    public List<String> words(String text, String lang) {
        return Script.isCode(lang) ? icu.words(text, lang) : segmenter.words(text, lang);
    }
}
