package io.taoxi.filters.toxicity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Operator helper: word boundaries from the Lucene segmenters. SmartCN segments Simplified Chinese only,
 * so Chinese is segmented on the folded (Traditional → Simplified) text; Kuromoji (normal mode, compounds
 * kept whole) and Nori (no decompounding) see the original text.
 *
 * <p>A new tokenizer is made per call: the dictionaries are shared singletons inside Lucene, a tokenizer
 * is a few buffers, and this keeps the operator safe to call from several threads.
 */
enum Segmentation {
    CHINESE, JAPANESE, KOREAN;

    /** Token spans of {@code text} as {@code [start0, end0, start1, end1, …]}. */
    int[] tokens(String text) {
        try (Tokenizer tokenizer = newTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            int[] out = new int[16];
            int n = 0;
            while (tokenizer.incrementToken()) {
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = offsets.startOffset();
                out[n++] = offsets.endOffset();
            }
            tokenizer.end();
            return java.util.Arrays.copyOf(out, n);
        } catch (IOException e) {
            throw new UncheckedIOException("segmenter failed on in-memory text", e);
        }
    }

    private Tokenizer newTokenizer() {
        return switch (this) {
            case CHINESE -> new HMMChineseTokenizer();
            case JAPANESE -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
            case KOREAN -> new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null,
                    KoreanTokenizer.DecompoundMode.NONE, false);
        };
    }
}
