package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chained Split pre-tokenizers (DeepSeek-V3's layout), pieces worked out by hand. */
class SplitSequenceTest {
    static final String DIGITS = "\\p{N}{1,3}";
    static final String CJK = "[一-龥\u3040-ゟ゠-ヿ]+";
    static final String WORDS = "[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~][A-Za-z]+|[^\r\n\\p{L}\\p{P}\\p{S}]?[\\p{L}\\p{M}]+"
            + "| ?[\\p{P}\\p{S}]+[\r\n]*|\\s*[\r\n]+|\\s+(?!\\S)|\\s+";

    static PreTokenizer deepSeek() {
        return new SplitSequence(List.of(PreTokenizer.forPattern(DIGITS), PreTokenizer.forPattern(CJK), PreTokenizer.forPattern(WORDS)));
    }

    @Test
    void eachStepSplitsThePiecesOfThePreviousOne() {
        // digits: 在 | 202 | 4 | 年发布v | 3; CJK run: 年发布 | v; words: nothing left to split
        assertEquals(List.of("在", "202", "4", "年发布", "v", "3"), deepSeek().split("在2024年发布v3"));
        // "東京タワー" is one CJK+kana run; the space before "is" stays with it (word pattern), "!" after it
        assertEquals(List.of("東京タワー", " is", " tall", "!"), deepSeek().split("東京タワー is tall!"));
        // 한국어 is not in the CJK class: the word pattern takes " 한국어" with its space
        assertEquals(List.of("Hi", " 한국어", ".x"), deepSeek().split("Hi 한국어.x"));
    }

    @Test
    void piecesCoverTheTextAndTheStepsAreReported() {
        String text = "价格是12345元, (ok) 東京\n\nend";
        StringBuilder joined = new StringBuilder();
        deepSeek().split(text).forEach(joined::append);
        assertEquals(text, joined.toString());
        assertEquals(DIGITS + "\n" + CJK + "\n" + WORDS, deepSeek().pattern());
        assertThrows(IllegalArgumentException.class, () -> new SplitSequence(List.of()));
        assertTrue(deepSeek().split("").isEmpty());
    }
}
