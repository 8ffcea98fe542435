package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    @Test
    void tokensSplitCjkPerCharacterAndOtherScriptsOnWhitespace() {
        assertEquals(List.of("Hello,", "world"), ExtractionScore.tokens("Hello, world"));
        assertEquals(List.of("北", "京", "时", "间", "3", "点"), ExtractionScore.tokens("北京时间 3点"));
        assertEquals(List.of("서", "울", "시", "민"), ExtractionScore.tokens("서울 시민"));
        assertEquals(List.of("東", "京", "タ", "ワ", "ー。"), ExtractionScore.tokens("東京タワー。"));
        assertEquals(List.of("𠀀", "a𝄞b"), ExtractionScore.tokens("𠀀a𝄞b"));
    }

    @Test
    void bagF1() {
        assertEquals(1.0, ExtractionScore.tokenF1("", ""));
        assertEquals(0.0, ExtractionScore.tokenF1("", "x"));
        assertEquals(0.0, ExtractionScore.tokenF1("x", ""));
        assertEquals(1.0, ExtractionScore.tokenF1("b a", "a b"));
        // extracted: 今天下雨 (4), reference: 今天 (2): precision 0.5, recall 1 → F1 2/3
        ExtractionScore.Prf prf = ExtractionScore.tokenScores("今天下雨", "今天");
        assertEquals(0.5, prf.precision(), 1e-9);
        assertEquals(1.0, prf.recall(), 1e-9);
        assertEquals(2.0 / 3.0, prf.f1(), 1e-9);
        assertEquals(2.0 / 3.0, ExtractionScore.charF1("ab cd", "a b"), 1e-9);
        // Repeated tokens are counted as a multiset.
        assertEquals(2.0 / 3.0, ExtractionScore.tokenF1("go go go go", "go go"), 1e-9);
    }
}
