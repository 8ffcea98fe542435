package io.taoxi.filters.html;

import static io.taoxi.filters.html.ExtractorPages.extract;
import static io.taoxi.filters.html.ExtractorPages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rules added in round 5 ({@code main_text_v4}, blind3 failure classes): prose-wrapping forms, dd post
 * streams, headline and subtitle matching, table section rows, line-number gutters, blank-line
 * paragraphs, reporter datelines and the v4 boilerplate rows. Each case has a counter-case where it matters.
 */
class MainTextV4RulesTest {

    private static final String POST_A = "I have three cherry tomato plants in large pots on a sunny balcony. After every storm about half of the ripe ones crack open.";
    private static final String POST_B = "It is the sudden swing from dry to soaked. The skin stops growing once the fruit ripens, so the inside swells and splits.";
    private static final String POST_C = "Mulch the top of the pots and water deeply in the evening so the soil never dries out completely between storms.";

    @Test
    void formWrappingProseIsContent() {
        String out = text("<div class=nav><a>home</a> <a>popular</a></div>"
                + "<div class=entry><form class=usertext><input type=hidden name=thing_id value=t3><div class=md><p>" + POST_A + "</p></div></form></div>"
                + "<div class=entry><form class=usertext><div class=md><p>" + POST_B + "</p><p>" + POST_C + "</p></div></form></div>");
        assertTrue(out.contains("cherry tomato plants"), out);
        assertTrue(out.contains("sudden swing"), out);
        assertTrue(out.contains("Mulch the top"), out);
    }

    @Test
    void formWithEntryFieldsStaysChrome() {
        String out = text("<article><p>" + POST_A + "</p><p>" + POST_B + "</p></article>"
                + "<form><p>Leave a reply. Your email address will not be published, and required fields are marked.</p>"
                + "<textarea name=comment></textarea><input type=email name=email><button>Post comment</button></form>");
        assertTrue(out.contains("cherry tomato"), out);
        assertFalse(out.contains("Leave a reply"), out);
    }

    @Test
    void definitionListPostsAreOneStream() {
        StringBuilder body = new StringBuilder("<h1>一人暮らしで電気圧力鍋買ったやつちょっと来い</h1><dl class=thread>");
        String[] posts = {"先週買ったんだけど何作ればいいかわからん<br>とりあえずカレー作ったら普通にうまかった<br>おすすめレシピ教えてくれ",
            "豚の角煮一択<br>下茹でなしで箸で切れるくらい柔らかくなる", "玄米炊いてみ<br>普通の炊飯器より全然もちもちになる",
            "一人だと量が多すぎて三日同じもの食うことになるのが唯一の欠点<br>冷凍できるやつ作るといいぞ"};
        for (int i = 0; i < posts.length; i++) {
            body.append("<dt>").append(i + 1).append(" ：<b>名無しさん＠おなかいっぱい。</b>：2025/02/11(火) 10:1")
                    .append(i).append(":33.41 ID:kT3mQp9x").append(i).append("</dt><dd> ").append(posts[i]).append(" <br><br></dd>");
        }
        body.append("</dl>");
        String out = extract("一人暮らしで電気圧力鍋買ったやつちょっと来い", body.toString()).text();
        assertTrue(out.contains("豚の角煮一択"), out);
        assertTrue(out.contains("冷凍できるやつ作るといいぞ"), out);
        assertFalse(out.contains("ID:kT3mQp9x"), out);
    }

    @Test
    void exactTitleMatchBeatsAnEarlierOverlap() {
        Extraction e = extract("My balcony tomatoes split every time it rains : r/containergardens",
                "<p class=title><a class=title>My balcony tomatoes split every time it rains</a> <span>(self.containergardens)</span></p>"
                        + "<div><p>" + POST_A + "</p><p>" + POST_B + "</p></div>");
        assertTrue(e.text().startsWith("My balcony tomatoes split every time it rains\n"), e.text());
        assertEquals("My balcony tomatoes split every time it rains", e.title());
    }

    @Test
    void h1CloseToTheTitleIsTheHeadline() {
        Extraction e = extract("高速服务区充电桩排长队调查：节假日高峰怎么破|新能源车_新澜网",
                "<div class=top><h1 class=main-title>高速服务区充电桩“排长队”调查：节假日高峰如何破解</h1></div>"
                        + "<div class=nav><a>首页</a><a>财经</a><a>科技</a></div>"
                        + "<div class=article><p>国庆假期首日，记者在京港澳高速一处服务区看到，十余辆新能源车排队等候充电，最长等待时间超过两个小时。</p>"
                        + "<p>多位车主表示，节假日出行前会提前规划充电点，但高峰时段仍难以避免排队，部分车主选择在下一个服务区碰运气。</p></div>");
        assertTrue(e.text().startsWith("高速服务区充电桩“排长队”调查：节假日高峰如何破解\n"), e.text());
        // A different h1 does not match: bigram similarity stays low.
        assertTrue(MainTextExtractor.bigramDice("高速服务区充电桩排长队调查", "城市公园秋季菊花展开幕") < 0.2);
    }

    @Test
    void titleRepeatedVerbatimInTheBodyIsTheHeadline() {
        Extraction e = extract("[請益] 第一次養貓 需要先準備什麼？ - 看板 cat - 批踢踢實業坊",
                "<div class=article-metaline><span class=article-meta-tag>標題</span><span class=article-meta-value>[請益] 第一次養貓 需要先準備什麼？</span></div>"
                        + "<div id=main-content>大家好，潛水很久第一次發文，排版用手機請見諒。\n\n下個月要從朋友那邊接一隻三個月大的小橘貓，想先問問板上的前輩們。\n\n先謝謝大家的回覆！</div>");
        assertEquals("[請益] 第一次養貓 需要先準備什麼？\n大家好，潛水很久第一次發文，排版用手機請見諒。\n"
                + "下個月要從朋友那邊接一隻三個月大的小橘貓，想先問問板上的前輩們。\n先謝謝大家的回覆！", e.text());
    }

    @Test
    void subtitleAfterTheHeadlineIsKept() {
        Extraction e = extract("퇴사 후 일 년, 통장보다 먼저 바닥난 것",
                "<div class=cover><h1 class=cover_title>퇴사 후 일 년, 통장보다 먼저 바닥난 것</h1><p class=cover_sub_title>프리랜서 일 년 차가 배운 생활의 리듬</p></div>"
                        + "<div class=nav><a>홈</a><a>브런치</a><a>작가</a></div>"
                        + "<div class=body><p>회사를 그만두던 날, 나는 가장 먼저 알람을 껐다. 아홉 시에 출근하지 않아도 되고, 보고서를 쓰지 않아도 되는 삶.</p>"
                        + "<p>문제는 두 번째 달부터였다. 일이 들어오지 않는 날에는 하루 종일 아무것도 하지 않았고, 일이 몰리는 주에는 새벽까지 일했다.</p></div>");
        assertTrue(e.text().startsWith("퇴사 후 일 년, 통장보다 먼저 바닥난 것\n프리랜서 일 년 차가 배운 생활의 리듬\n"), e.text());
        // A paragraph after the headline that is not named a subtitle is not pulled in.
        Extraction plain = extract("퇴사 후 일 년, 통장보다 먼저 바닥난 것",
                "<div><h1>퇴사 후 일 년, 통장보다 먼저 바닥난 것</h1><p class=byline_note>이서우 작가의 다른 글 보기</p></div>"
                        + "<div class=nav><a>홈</a><a>브런치</a></div><div class=body><p>회사를 그만두던 날, 나는 가장 먼저 알람을 껐다. 아홉 시에 출근하지 않아도 되고, 보고서를 쓰지 않아도 되는 삶.</p>"
                        + "<p>문제는 두 번째 달부터였다. 일이 들어오지 않는 날에는 하루 종일 아무것도 하지 않았고, 일이 몰리는 주에는 새벽까지 일했다.</p></div>");
        assertFalse(plain.text().contains("다른 글 보기"), plain.text());
    }

    @Test
    void tableSectionRowsAreHeadings() {
        String out = text("<table><tr><th colspan=4>基本仕様</th></tr><tr><th>タイプ</th><td>スティック</td><th>集じん方式</th><td>サイクロン</td></tr>"
                + "<tr><th colspan=4>サイズ・重量</th></tr><tr><th>重量</th><td>1.3 kg</td><th>幅x高さx奥行</th><td>220x1010x190 mm</td></tr></table>");
        assertEquals("基本仕様\nタイプ\tスティック\t集じん方式\tサイクロン\nサイズ・重量\n重量\t1.3 kg\t幅x高さx奥行\t220x1010x190 mm", out);
    }

    @Test
    void lineNumberGutterIsRemoved() {
        String out = text("<p>下面的例子演示了 TaskGroup 的基本用法，任何一个任务失败都会取消其余任务。</p>"
                + "<pre><code>import asyncio\nasync def main():\n    pass</code><ul class=pre-numbering><li>1</li><li>2</li><li>3</li></ul></pre>"
                + "<ol><li>1</li><li>3</li><li>7</li></ol>");
        assertEquals("下面的例子演示了 TaskGroup 的基本用法，任何一个任务失败都会取消其余任务。\nimport asyncio\nasync def main():\npass\n1\n3\n7", out);
    }

    @Test
    void reporterDatelinePrefixIsCut() {
        assertEquals("連日豪雨造成中部山區多處坍方，台8線谷關至德基路段昨晚發生邊坡崩塌。",
                MainTextExtractor.Segmenter.withoutDatelinePrefix("〔記者蔡宗翰／台中報導〕連日豪雨造成中部山區多處坍方，台8線谷關至德基路段昨晚發生邊坡崩塌。"));
        assertEquals("国庆假期首日，记者在京港澳高速一处服务区看到，十余辆新能源车排队等候充电。",
                MainTextExtractor.Segmenter.withoutDatelinePrefix("（记者 张三）国庆假期首日，记者在京港澳高速一处服务区看到，十余辆新能源车排队等候充电。"));
        // A bracket without a reporter, or with too little after it, stays.
        String aside = "（注：本文数据截至五月底，来源为公开统计公报与企业年报。）";
        assertEquals(aside, MainTextExtractor.Segmenter.withoutDatelinePrefix(aside));
        assertEquals("（记者 张三）短讯。", MainTextExtractor.Segmenter.withoutDatelinePrefix("（记者 张三）短讯。"));
    }

    @Test
    void v4BoilerplateRows() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        assertTrue(rules.isBoilerplate("索 引 号：\t11230400MB0M123456/2025-00871\t主题分类：\t城乡建设、环境保护"));
        assertTrue(rules.isBoilerplate("담당 부서\t산업보건기준과\t책임자\t과 장 김도윤 (044-202-0000)"));
        assertTrue(rules.isBoilerplate("4:12 p.m. PT"));
        assertTrue(rules.isBoilerplate("Responses (31)"));
        assertTrue(rules.isBoilerplate("推 nekoneko77: 八坪養一隻很夠，紗窗一定要先弄 05/17 22:55"));
        assertTrue(rules.isBoilerplate("价格¥268.00"));
        // Prose mentioning the same words stays.
        assertFalse(rules.isBoilerplate("The council met at 4:12 p.m. PT on Tuesday and voted to extend the evacuation order for two more days."));
        assertFalse(rules.isBoilerplate("该文件的发布机构为市城市管理局，成文后三日内在门户网站公开。"));
    }
}
