package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rules added in round 3 (blind2 failure classes): inline-hidden content, ruby readings,
 * encyclopedia apparatus, captions, tag lines and datelines. Each case has a counter-case that
 * must not change.
 */
class MainTextExtractorV3Test {

    private final MainTextExtractor extractor = new MainTextExtractor(MainTextExtractor.Spec.defaults());

    private static final String BODY_ZH = "<p>上周三晚上十一点，我从公司出来，街上只剩下一家便利店还亮着灯。那一刻突然特别想吃一碗热面，不要外卖。</p>"
            + "<p>于是回家翻冰箱，只找到半把挂面、两个鸡蛋和一小把小葱。十分钟后，一碗清汤面端上桌，汤是清的，葱是绿的。</p>";

    private String text(String body) {
        return extractor.extract("<html><head><title>T</title></head><body>" + body + "</body></html>", null).text();
    }

    @Test
    void inlineHiddenContentContainerIsKept() {
        String out = text("<div id=js_content style=\"visibility: hidden;\">" + BODY_ZH + "</div>");
        assertTrue(out.contains("只找到半把挂面"), out);
        String fold = text(BODY_ZH + "<div style=\"display:none\"><p>第三段正文内容，记者从现场获悉，项目将持续积累运行数据，为后续规模化建设提供参考，工程师表示成本仍然偏高。</p>"
                + "<p>第四段正文内容，根据相关规划，到二〇三〇年沿海地区将布局多个海上风电制氢基地，逐步形成制、储、运、用一体化的产业链。</p></div>");
        assertTrue(fold.contains("第四段正文内容"), fold);
    }

    @Test
    void smallHiddenElementsStayRemoved() {
        String out = text(BODY_ZH + "<div style=\"display:none\">收录于合集 #家常菜 28个</div>"
                + "<div hidden><p>微信扫一扫，关注该公众号。</p></div>"
                + "<ul style=\"display: none\"><li><a href=/a>首页</a></li><li><a href=/b>新闻</a></li></ul>"
                + "<div aria-hidden=\"true\">" + BODY_ZH.replace("上周三", "上周四") + "</div>");
        assertFalse(out.contains("收录于合集"), out);
        assertFalse(out.contains("微信扫一扫"), out);
        assertFalse(out.contains("首页"), out);
        assertFalse(out.contains("上周四"), "aria-hidden always hides: " + out);
    }

    @Test
    void rubyKeepsBaseTextOnly() {
        Extraction e = extractor.extract("<html><head><title>図書館で犬に本を読む会 | ニュース</title></head><body><article>"
                + "<h1><ruby>図書館<rp>(</rp><rt>としょかん</rt><rp>)</rp></ruby>で<ruby>犬<rt>いぬ</rt></ruby>に本を読む会</h1>"
                + "<p><ruby>北海道<rp>(</rp><rt>ほっかいどう</rt><rp>)</rp></ruby>の町の図書館で、子どもが犬に本を読んで聞かせる会が開かれました。</p>"
                + "</article></body></html>", null);
        assertEquals("図書館で犬に本を読む会\n北海道の町の図書館で、子どもが犬に本を読んで聞かせる会が開かれました。", e.text());
        assertEquals("図書館で犬に本を読む会", e.title());
    }

    @Test
    void encyclopediaApparatusIsRemoved() {
        String out = text("<main><h1>Saltmarsh sparrow</h1><div id=siteSub>From Wikipedia, the free encyclopedia</div>"
                + "<table class=\"infobox biota\"><tr><td>Kingdom:</td><td>Animalia</td></tr></table>"
                + "<p>The saltmarsh sparrow is a small songbird that breeds only in tidal marshes along the coast."
                + "<sup class=reference><a href=#cite_note-1>[1]</a></sup></p>"
                + "<div id=toc class=toc><h2>Contents</h2><ul><li>1 Description</li><li>2 References</li></ul></div>"
                + "<h2>Description</h2><p>Adults are about 13 centimetres long, with an orange-buff face and a grey cheek.</p>"
                + "<h2>References</h2><ol><li>^ Correll, M. (2017). Predictions of breeding population decline. The Condor.</li></ol>"
                + "<div id=catlinks>Categories: <a>Birds</a></div></main>");
        assertEquals("Saltmarsh sparrow\nThe saltmarsh sparrow is a small songbird that breeds only in tidal marshes along the coast.\n"
                + "Description\nAdults are about 13 centimetres long, with an orange-buff face and a grey cheek.", out);
    }

    @Test
    void footnoteSectionHeadingsInCjk() {
        String out = text("<article><h1>越後湯沢駅の駅そば</h1><p>越後湯沢駅構内で営業している立ち食いそば店の通称である。地元産の舞茸天ぷらで知られる。<sup>[注 1]</sup></p>"
                + "<h2>脚注</h2><ol><li>「駅そば探訪 上越編」『旅と鉄道』2019年3月号、48頁。</li></ol></article>");
        assertEquals("越後湯沢駅の駅そば\n越後湯沢駅構内で営業している立ち食いそば店の通称である。地元産の舞茸天ぷらで知られる。", out);
    }

    @Test
    void captionsAreRemovedButSubheadingsAfterPicturesStay() {
        String out = text("<article>" + BODY_ZH + "<p><img src=a.jpg></p><p style=\"font-size:13px\">团队成员在试点浴室调试装置</p>"
                + "<p><img src=b.jpg></p><p><strong>清汤面的三个小秘诀</strong></p>"
                + "<div class=img_wrapper><img src=c.jpg><span class=img_descr>海上制氢平台</span></div>"
                + "<p>第一，汤底用猪油和生抽打底，热水一冲，香味立刻就出来了。</p></article>");
        assertFalse(out.contains("调试装置"), out);
        assertFalse(out.contains("海上制氢平台"), out);
        assertTrue(out.contains("清汤面的三个小秘诀"), out);
    }

    @Test
    void wrappedTableCellsFormRows() {
        String out = text("<article>" + BODY_ZH + "<table><tr><td><div class=wiki-paragraph>빈대떡</div></td>"
                + "<td><div class=wiki-paragraph>녹두를 맷돌에 갈아 즉석에서 부쳐 낸다.</div></td></tr></table></article>");
        assertTrue(out.contains("빈대떡\t녹두를 맷돌에 갈아 즉석에서 부쳐 낸다."), out);
    }

    @Test
    void tagLinesAndDatelines() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        for (String line : new String[] {"文章关键词：风电 制氢", "文章標籤蘿蔔糕電鍋料理年菜", "태그: 제주 오름", "#제주 #오름 #여행",
            "[4月17日 16時30分]", "2025年4月23日（星期三）", "香港時間15時30分", "May 14, 2025", "海上制氢平台（资料图）",
            "投稿日 2025年02月11日更新日 2025年02月12日", "编辑 | 小满 排版 | 阿青", "点击上方蓝字关注我们"}) {
            assertTrue(rules.isBoilerplate(line), line);
        }
        for (String line : new String[] {"标签设计得好，读者一眼就能找到想看的内容。", "4月17日，北海道の町で会が開かれました。",
            "May 14, 2025 was the day the council voted to extend the lanes."}) {
            assertFalse(rules.isBoilerplate(line), line);
        }
    }
}
