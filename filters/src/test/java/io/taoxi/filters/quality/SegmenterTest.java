package io.taoxi.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void routesByLabelThenByScript() {
        assertEquals(Segmenter.Route.SMARTCN, Segmenter.route("zh-Hans", ""));
        assertEquals(Segmenter.Route.SMARTCN, Segmenter.route("zh", ""));
        assertEquals(Segmenter.Route.SMARTCN_VIA_SIMPLIFIED, Segmenter.route("zh-Hant", ""));
        assertEquals(Segmenter.Route.SMARTCN_VIA_SIMPLIFIED, Segmenter.route("yue", ""));
        assertEquals(Segmenter.Route.KUROMOJI, Segmenter.route("ja", ""));
        assertEquals(Segmenter.Route.NORI, Segmenter.route("ko", ""));
        assertEquals(Segmenter.Route.ICU, Segmenter.route("en", "中文"));
        assertEquals(Segmenter.Route.KUROMOJI, Segmenter.route("", "東京都に住んでいます"));
        assertEquals(Segmenter.Route.NORI, Segmenter.route("und", "학교에 갑니다"));
        assertEquals(Segmenter.Route.SMARTCN_VIA_SIMPLIFIED, Segmenter.route(null, "東京大学医学部附属病院"));
        assertEquals(Segmenter.Route.ICU, Segmenter.route("", "plain English"));
        assertEquals(Segmenter.Route.ICU, Segmenter.route("", "!!!"));
    }

    @Test
    void wordsPerLanguage() {
        assertEquals(List.of("我们", "今天", "去", "北京大学", "图书馆", "查", "资料"), segmenter.words("我们今天去北京大学图书馆查资料。", "zh-Hans"));
        assertEquals(List.of("東京", "都", "に", "住ん", "で", "い", "ます"), segmenter.words("東京都に住んでいます。", "ja"));
        assertEquals(List.of("학교", "에", "갑니다"), segmenter.words("학교에 갑니다.", "ko"));
        assertEquals(List.of("Don't", "panic", "42", "towels"), segmenter.words("Don't panic — 42 towels. 😀 …", "en"));
        assertEquals(List.of("Hello", "World", "我", "爱", "ABC", "公司", "的", "产品"),
                segmenter.words("Hello World，我爱ABC公司的产品！", "zh-Hans"), "original case kept");
        assertEquals(List.of(), segmenter.words("", "en"));
        assertEquals(List.of(), segmenter.words("。，！…—", "zh-Hans"));
    }

    /** The measurement behind converting Traditional text before SmartCN (docs/quality.md). */
    @Test
    void traditionalChineseGoesThroughASimplifiedCopy() {
        String hant = "我們今天去北京大學圖書館查資料。";
        List<String> direct = segmenter.words(hant, "zh-Hans"); // SmartCN on Traditional as is
        List<String> converted = segmenter.words(hant, "zh-Hant");
        assertEquals(13, direct.size(), direct.toString());
        assertEquals(List.of("我們", "今天", "去", "北京大學", "圖書館", "查", "資料"), converted, "original characters kept");
        String hant2 = "資訊科技的發展讓學習變得更方便，網路上有很多課程。";
        assertEquals(21, segmenter.words(hant2, "zh-Hans").size());
        assertEquals(16, segmenter.words(hant2, "zh-Hant").size());
    }

    @Test
    void aWordHasALetterOrADigit() {
        assertTrue(Segmenter.isWord("a"));
        assertTrue(Segmenter.isWord("中"));
        assertTrue(Segmenter.isWord("４２"));
        assertTrue(!Segmenter.isWord("…"));
        assertTrue(!Segmenter.isWord("😀"));
    }

    @Test
    void segmentersRememberTheLastDocumentPerThread() {
        Segmenters segmenters = new Segmenters();
        List<String> first = segmenters.words("我们今天去北京大学。", "zh-Hans");
        assertSame(first, segmenters.words(new String("我们今天去北京大学。"), "zh-Hans"));
        assertNotSame(first, segmenters.words("我们今天去北京大学。", "ja"));
        assertEquals(first, segmenters.words("我们今天去北京大学。", "zh-Hans"));
    }
}
