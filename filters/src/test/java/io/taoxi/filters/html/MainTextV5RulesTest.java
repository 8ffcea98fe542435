package io.taoxi.filters.html;

import static io.taoxi.filters.html.ExtractorPages.extract;
import static io.taoxi.filters.html.ExtractorPages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rules added in round 6 ({@code main_text_v5}, blind4 failure classes): header/body post templates, footers
 * not spared by the prose share, ingredient lines, bare step counters, headings that repeat an image's alt
 * text, post metadata inside a kept run of posts, the site {@code h1} in the page banner, and the v5
 * boilerplate rows. Each case has a counter-case where it matters.
 */
class MainTextV5RulesTest {

    /** A まとめ-style thread: div.t_h header (name, date, ID) + div.t_b body pairs, bodies mostly short lines. */
    private static String thread(int posts) {
        String[] bodies = {"カレーの隠し味は何がええんや<br>迷いすぎて三時間経ったわ", "全部入れろ",
            "すりおろしたりんごとはちみつで甘口にして<br>これで店の味になる", "&gt;&gt;3<br>ちょうど家にりんごあったわ<br>サンガツ",
            "というか迷ってる間に煮込めたやろ"};
        StringBuilder sb = new StringBuilder("<div class=\"article-body\">");
        for (int i = 0; i < posts; i++) {
            sb.append("<div class=\"t_h\">").append(2 * i + 1).append(": <span>風吹けば名無し</span> 2025/02/01(土) 17:4")
                    .append(i).append(":11.08 ID:aB3kD9x").append(i).append("</div><div class=\"t_b\">")
                    .append(bodies[i % bodies.length]).append("</div><br><br>");
        }
        return sb.append("</div>").toString();
    }

    private static final String PROSE_FOOTER = "<div id=\"footer\"><p>Copyright © ぶるぶる速報 All Rights Reserved.</p>"
            + "<p>当サイトに掲載されている画像等の著作権は各権利所有者に帰属します。ご了承ください。</p></div>";

    @Test
    void headerBodyPostTemplateKeepsEveryPost() {
        String out = text("<div id=\"header\"><p>2chの面白いスレをまとめてます</p></div>" + thread(5) + PROSE_FOOTER);
        assertTrue(out.contains("全部入れろ"), out);                 // a one-line reply in a post body
        assertTrue(out.contains("サンガツ"), out);
        assertTrue(out.contains("これで店の味になる"), out);
        assertTrue(out.contains("というか迷ってる間に煮込めたやろ"), out);
        assertFalse(out.contains("ID:"), out);                       // the header lines stay out
        assertFalse(out.contains(">>3"), out);                       // a reply anchor alone on a line
        assertFalse(out.contains("著作権"), out);
    }

    @Test
    void twoHeaderBodyPairsAreNoTemplate() {
        // Below three pairs the short lines are judged as usual.
        String out = text(thread(2) + "<div><p>" + "本文はここからです。具体的な手順を順番に説明していきます。".repeat(3) + "</p></div>");
        assertFalse(out.contains("全部入れろ"), out);
    }

    @Test
    void footerIsNotSparedByItsShareOfProse() {
        // The content is an unpunctuated list, so the footer holds most of the page's prose sentences.
        String out = text("<div class=\"main\"><h2>週末に作りたい煮込み料理</h2><ul><li>牛すじの赤ワイン煮込み</li>"
                + "<li>豚バラと大根の甘辛煮</li><li>鶏手羽元のさっぱり煮</li><li>ロールキャベツのトマト煮</li></ul></div>"
                + PROSE_FOOTER);
        assertTrue(out.contains("豚バラと大根の甘辛煮"), out);
        assertFalse(out.contains("著作権"), out);
        assertFalse(out.contains("Copyright"), out);
    }

    @Test
    void nonFooterHoldingHalfTheProseIsStillSpared() {
        String out = text("<div class=\"share\"><p>" + "この記事では、冬の間に室内で野菜を育てる方法を紹介します。".repeat(3)
                + "</p><p>日当たりの良い窓辺に置き、水やりは土の表面が乾いてからにしてください。</p></div>");
        assertTrue(out.contains("日当たりの良い窓辺"), out);
    }

    @Test
    void ingredientLinesAreContent() {
        String out = text("<div class=\"recipe\"><h1>ほくほく肉じゃが</h1>"
                + "<p>じゃがいもを大きめに切って、煮崩れしにくくしました。味がしみた翌日もおいしいです。</p>"
                + "<div id=\"ingredients\"><h3>材料</h3><span class=\"servings_for\">（4人分）</span>"
                + "<div class=\"ingredient\"><span class=\"name\">じゃがいも</span> <span class=\"amount\">4個</span></div>"
                + "<div class=\"ingredient\"><span class=\"name\">玉ねぎ</span> <span class=\"amount\">1個</span></div></div>"
                + "<p>鍋に油を熱して豚肉を炒め、色が変わったら野菜を加えて全体に油が回るまで炒める。</p>"
                + "<p>短い行</p></div>");
        assertTrue(out.contains("じゃがいも 4個"), out);
        assertTrue(out.contains("玉ねぎ 1個"), out);
        assertFalse(out.contains("4人分"), out); // the list's servings line is not an ingredient
        assertFalse(out.contains("短い行"), out); // a short line outside the list still fails
    }

    @Test
    void ingredientRowWithALinkedNameIsContent() {
        String out = text("<div class=\"recipe\"><h1>鱼香茄子煲</h1>"
                + "<p>茄子先蒸后煎，吸油少，口感软糯。鱼香汁酸甜微辣，特别下饭，一个人也能吃掉两碗米饭。</p><table>"
                + "<tr itemprop=\"recipeIngredient\"><td><a>长茄子</a></td><td>2根</td></tr>"
                + "<tr itemprop=\"recipeIngredient\"><td><a>猪肉末</a></td><td>100克</td></tr></table>"
                + "<table><tr><td><a>红烧茄子</a></td><td>3</td></tr><tr><td><a>地三鲜菜谱</a></td><td>5</td></tr></table>"
                + "<p>锅里留底油，下肉末炒散，加入豆瓣酱、姜蒜末炒出红油。</p></div>");
        assertTrue(out.contains("长茄子\t2根"), out);
        assertFalse(out.contains("红烧茄子"), out); // the same row shape without the microdata stays link-heavy
    }

    @Test
    void bareCountersAreDropped() {
        String out = text("<article><h1>Chain care</h1><dl class=steps><dt>1</dt><dd>Wipe the chain with a rag, then "
                + "degrease it link by link.</dd><dt>2.</dt><dd>Oil every roller, wait, and wipe off the excess.</dd></dl>"
                + "<ul><li>10 minutes</li><li>2024</li></ul></article>");
        assertFalse(out.lines().anyMatch(l -> l.equals("1") || l.equals("2.")), out);
        assertTrue(out.contains("10 minutes"), out);
        assertTrue(out.lines().anyMatch(l -> l.equals("2024")), out);
        assertTrue(MainTextExtractor.isBareNumber("12)"));
        assertFalse(MainTextExtractor.isBareNumber("1234"));
        assertFalse(MainTextExtractor.isBareNumber("1a"));
    }

    @Test
    void headingRepeatingAnImageAltIsKept() {
        String out = text("<article><h1>鱼香茄子煲</h1><img src=a.jpg alt=\"鱼香茄子煲的做法\">"
                + "<p>茄子先蒸后煎，吸油少，口感软糯。鱼香汁酸甜微辣，特别下饭。</p><h2>鱼香茄子煲的做法</h2>"
                + "<p>茄子切成手指粗的长条，上锅大火蒸八分钟，取出晾凉。</p>"
                + "<img src=b.jpg alt=\"蒸好的茄子放凉备用\"><p>锅里少放油，把蒸好的茄子煎到表面微焦。</p><p>蒸好的茄子放凉备用</p></article>");
        assertTrue(out.contains("鱼香茄子煲的做法"), out);
        assertFalse(out.contains("蒸好的茄子放凉备用"), out); // a paragraph repeating the alt text is still a caption
    }

    private static String phpbbPost(String id, String user, String content, String signature) {
        return "<div id=\"p" + id + "\" class=\"post has-profile bg2\"><div class=\"inner\"><dl class=\"postprofile\">"
                + "<dt class=\"has-profile-rank\"><a class=\"username\">" + user + "</a></dt><dd class=\"profile-rank\">Posts: 812</dd>"
                + "<dd class=\"profile-joined\"><strong>Joined:</strong> Sun Mar 08, 2015 6:41 pm</dd>"
                + "<dd class=\"profile-custom-field\"><strong>Location:</strong> Leeds</dd></dl><div class=\"postbody\">"
                + "<p class=\"author\">by <a>" + user + "</a> » Mon Jan 13, 2025 8:02 pm</p><div class=\"content\">" + content + "</div>"
                + (signature == null ? "" : "<div class=\"signature\">" + signature + "</div>") + "</div></div></div>";
    }

    @Test
    void postMetadataInsideKeptPostsIsChrome() {
        String page = "<div id=\"page-header\"><div class=\"headerbar\" role=\"banner\"><h1>Spokes Forum</h1></div></div>"
                + "<div id=\"page-body\"><h2 class=\"topic-title\"><a>How often do you replace your chain?</a></h2>"
                + phpbbPost("1", "gravelgrinder", "My commuter does about 120 miles a week, all weathers. The shop says every "
                        + "2,000 miles, but that feels like a lot of chains. How do you decide?<br>I have a cheap checker, "
                        + "but I am not sure I trust it at all.", "2019 steel tourer, 2022 gravel bike, too many lights.")
                + phpbbPost("2", "old_audax", "Measure, don't count miles. Put a steel ruler along the chain: twelve links "
                        + "should be exactly twelve inches.<br>On a winter commuter with grit on the roads I get maybe 1,500 "
                        + "miles, in summer nearer 3,000.", "If it ain't broke, fettle it anyway.")
                + "<div class=\"online-list\"><h3>Who is online</h3><p>Users browsing this forum: No registered users and "
                + "14 guests</p></div></div>";
        Extraction e = extract("How often do you replace your chain? - Touring - Spokes Forum", page);
        String out = e.text();
        assertTrue(out.contains("cheap checker"), out);
        assertTrue(out.contains("steel ruler"), out);
        assertFalse(out.contains("Posts: 812"), out);
        assertFalse(out.contains("Location:"), out);
        assertFalse(out.contains("fettle"), out);
        assertFalse(out.contains("Users browsing"), out);
        assertEquals("How often do you replace your chain?", out.lines().findFirst().orElse(""), out);
        assertEquals("How often do you replace your chain?", e.title());
    }

    @Test
    void bannerH1StaysTheHeadlineWhenNothingElseMatches() {
        Extraction e = extract("Thread title nowhere on the page - Spokes Forum",
                "<header><h1>Spokes Forum</h1></header><div><p>Measure, don't count miles. Put a steel ruler along the "
                        + "chain and check twelve links against twelve inches.</p></div>");
        assertEquals("Spokes Forum", e.text().lines().findFirst().orElse(""), e.text());
    }

    @Test
    void articleH1InTheSiteNamePartOfTheTitleIsStillTheHeadline() {
        // "Site | Headline": the h1 sits in the article, not in the page banner.
        Extraction e = extract("Example News | Storm hits coast",
                "<header><a>Example News</a></header><article><h1>Storm hits coast</h1><p>The storm reached the coast "
                        + "on Tuesday night, and the ferries stayed in port until the wind dropped.</p></article>");
        assertEquals("Storm hits coast", e.text().lines().findFirst().orElse(""), e.text());
    }

    @Test
    void v5BoilerplateRows() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        assertTrue(rules.isBoilerplate(">>5"));
        assertTrue(rules.isBoilerplate("＞＞12"));
        assertTrue(rules.isBoilerplate(">>3-4 >>7"));
        assertTrue(rules.isBoilerplate("Who is online"));
        assertTrue(rules.opensBoilerplateSection("Who is online"));
        assertTrue(rules.isBoilerplate("Users browsing this forum: No registered users and 14 guests"));
        assertTrue(rules.isBoilerplate("Copyright © ぶるぶる速報 All Rights Reserved."));
        assertTrue(rules.isBoilerplate("등록일 2025.04.09 | 조회수 1,284"));
        assertTrue(rules.isBoilerplate("创建于 2024-11-02"));

        assertFalse(rules.isBoilerplate(">>5 それな、りんごが一番や"));
        assertFalse(rules.isBoilerplate("The copyright © symbol was added to the label in 1998, long after the first print run sold out."));
        assertFalse(rules.isBoilerplate("이 영상의 조회수 100만을 넘긴 비결은 꾸준한 업로드였다고 그는 말했다."));
        assertFalse(rules.isBoilerplate("该功能创建于 2024-11-02，之后又更新过三次。"));
    }
}
