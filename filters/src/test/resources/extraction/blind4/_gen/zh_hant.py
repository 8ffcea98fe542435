"""blind4 zh-Hant pages. Run: python3 -B zh_hant.py"""
from common import write_all

PAGES = []

PAGES.append(("cna_news_rice", r"""
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>一期稻作收成佳 花蓮農會推友善耕作米禮盒 | 地方 | 中央通訊網 CNA</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.cna.example/css/news.css?v=20250612">
</head>
<body>
<div class="header" id="header"><div class="wrapper"><a class="logo">中央通訊網</a><ul class="main-menu"><li>即時</li><li>政治</li><li>國際</li><li>兩岸</li><li>產經</li><li>證券</li><li>科技</li><li>生活</li><li>社會</li><li>地方</li><li>文化</li><li>運動</li><li>娛樂</li></ul><a class="btn-subscribe">訂閱電子報</a><a class="lang">English</a></div></div>
<div class="wrapper"><div class="main-area"><div class="breadcrumb"><a>首頁</a> &gt; <a>地方</a></div>
<article class="article" data-origin-type-name="地方">
<div class="centralContent"><h1><span>⟪一期稻作收成佳 花蓮農會推友善耕作米禮盒⟫</span></h1>
<div class="timeInfo"><div class="updatetime"><span>2025/06/18 15:32</span>（6/18 16:05 更新）</div><div class="shareBar"><a class="fb">Facebook</a><a class="line">LINE</a><a class="x">X</a><a class="copyurl">複製連結</a><a class="print">列印</a><a class="fontsize">字級</a></div></div>
<div class="fullPic"><img src="https://imgcdn.cna.example/photo/202506180123.jpg"><div class="picinfo">花蓮縣富里鄉一期稻作收割情形。（花蓮縣農會提供）中央社記者張祐誠傳真 114年6月18日</div></div>
<div class="paragraph">
<p>⟮（中央社記者張祐誠花蓮18日電）⟯⟪今年花蓮一期稻作生長期間天氣穩定，沒有颱風與病蟲害侵擾，產量比去年增加約一成。花蓮縣農會今天推出以友善耕作稻米製成的禮盒，希望提高在地米的能見度。⟫</p>
<p>⟪農會總幹事林振文表示，參與友善耕作的農民不使用除草劑與化學農藥，改以人工除草與生物防治，雖然成本較高，但土壤與水質明顯改善，田裡的青蛙和白鷺鷥也變多了。⟫</p>
<div class="paragraph moreArticle"><p class="moreArticle-title">延伸閱讀</p><a>稻米價格連兩年上漲 農委會：供需穩定</a></div>
<p>⟪今年參與計畫的稻田面積約一百二十公頃，主要分布在富里、玉里兩鄉。禮盒內有兩公斤白米與一公斤糙米，並附上產地故事小卡，介紹耕作農民與田區位置。⟫</p>
<p>⟪林振文說，希望透過禮盒讓消費者認識友善耕作，也讓年輕農民看見種稻的未來。禮盒即日起在農會超市與網路商城販售。⟫<span>（編輯：陳仁華）</span>1140618</p>
</div>
<div class="paragraph bottomAd"><span>贊助商連結</span></div>
<div class="keywordTag"><a>#花蓮</a><a>#稻米</a><a>#友善耕作</a></div>
<div class="articleCopyright">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</div>
</div></article>
<div class="moreNews"><h2>更多新聞</h2><ul><li><a>台東縣推鳳梨釋迦外銷新通路</a></li><li><a>宜蘭三星蔥價格回穩</a></li><li><a>屏東黑鮪魚季開跑</a></li></ul></div>
</div>
<div class="side-area"><div class="popular"><h2>熱門點閱</h2><ol><li><a>颱風最快週末生成</a></li><li><a>高鐵暑假加開班次</a></li><li><a>健保卡新制下月上路</a></li></ol></div></div></div>
<div class="footer"><div class="wrapper"><p>中央通訊網 版權所有 © 2025 Central News Agency Demo</p><p><a>關於本網</a> | <a>服務條款</a> | <a>隱私權政策</a> | <a>聯絡我們</a></p></div></div>
</body>
</html>
"""))

PAGES.append(("bahamut_forum_boss", r"""
<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>【心得】第三章水之神殿頭目無傷打法分享 @星海旅人 哈啦板 - 巴哈拇特</title>
<link rel="stylesheet" href="https://i2.bahamut.example/css/basic.css?v=1718">
<link rel="stylesheet" href="https://i2.bahamut.example/css/forum/c.css?v=1718">
</head>
<body>
<div id="BH-top-bar"><div class="BH-top-bar-inner"><a class="logo">巴哈拇特</a><ul class="TOP-nav-list"><li><a>動畫瘋</a></li><li><a>哈啦區</a></li><li><a>新聞</a></li><li><a>商城</a></li><li><a>創作大廳</a></li><li><a>巴哈拇特 APP</a></li></ul><div class="TOP-my"><a>登入</a><a>註冊</a></div></div></div>
<div id="BH-master"><div class="b-list-header"><div class="BH-menu"><ul class="BH-menuE"><li><a>看板首頁</a></li><li><a>哈啦區</a></li><li><a>精華區</a></li><li><a>相關商品</a></li><li><a>看板資訊</a></li></ul></div><p class="BH-menu-forumA-title">星海旅人 哈啦板</p></div>
<div class="c-section" id="post_1"><div class="c-section__main c-post"><div class="c-post__header"><div class="c-post__header__author"><a class="floor" data-floor="1">樓主</a><a class="username">水瓶座的貓</a><a class="userid">aqcat88</a><div class="c-post__header__info"><a class="edittime">2025-05-20 21:14:08</a><span>編輯</span></div></div>
<h1 class="c-post__header__title">⟪【心得】第三章水之神殿頭目無傷打法分享⟫</h1><div class="postcount"><span>GP 128</span><span>BP -</span></div></div>
<div class="c-post__body"><article class="c-article FM-P2" id="cf1"><div class="c-article__content">
<div>⟪卡在水之神殿頭目三天，終於無傷打過了，整理一下打法給還卡關的板友參考。⟫</div>
<div><br></div>
<div>⟪一、隊伍配置：建議帶兩名雷屬性角色，頭目第二階段會召喚水元素，雷屬性可以一次清掉。⟫</div>
<div>⟪二、第一階段：頭目每放三次水柱就會停頓約兩秒，這時候繞到背後輸出最安全。⟫</div>
<div>⟪三、第二階段：地上出現藍色圓圈時一定要離開，被打中會附加減速，接著幾乎必定吃到大招。⟫</div>
<div>⟪四、最後血量剩兩成時頭目會狂暴，記得把大招留到這時候用。⟫</div>
<div><br></div>
<div>⟪以上，祝大家順利通關！⟫</div>
</div></article></div>
<div class="c-post__footer c-reply"><div class="c-reply__head"><a>留言</a><span>共 12 則留言</span></div><div class="c-reply__item"><a class="reply-content__user">夜貓</a><article class="reply-content__article">感謝分享！今晚就來試試</article><span class="edittime">B1 2025-05-20 21:30</span></div></div></div></div>
<div class="c-section" id="post_2"><div class="c-section__main c-post"><div class="c-post__header"><div class="c-post__header__author"><a class="floor" data-floor="2">2 樓</a><a class="username">風之旅者</a><a class="userid">windtrav</a><div class="c-post__header__info"><a class="edittime">2025-05-20 22:02:47</a></div></div><div class="postcount"><span>GP 24</span></div></div>
<div class="c-post__body"><article class="c-article FM-P2" id="cf2"><div class="c-article__content">
<div>⟪補充一點：第二階段的藍圈其實有聲音提示，戴耳機玩會比較好判斷。還有雷屬性武器在第二章的商店就能買到，不用特別去刷。⟫</div>
</div></article></div></div></div>
<div class="c-section" id="post_3"><div class="c-section__main c-post"><div class="c-post__header"><div class="c-post__header__author"><a class="floor" data-floor="3">3 樓</a><a class="username">小雨點</a><a class="userid">rainyday</a><div class="c-post__header__info"><a class="edittime">2025-05-21 08:15:03</a></div></div><div class="postcount"><span>GP 9</span></div></div>
<div class="c-post__body"><article class="c-article FM-P2" id="cf3"><div class="c-article__content">
<div>⟪照著打法試了兩次就過了，原來狂暴前留大招這麼重要，之前都太早放掉。⟫</div>
</div></article></div></div></div>
<div class="b-pager"><a>上一頁</a><span>1</span><a>下一頁</a></div>
<div class="c-quick-reply"><p>快速回覆</p><textarea placeholder="請先登入"></textarea></div>
</div>
<div id="BH-slave"><div class="BH-rbox"><h5>熱門推薦</h5><ul><li><a>【情報】下週改版內容整理</a></li><li><a>【問題】第四章支線任務觸發條件</a></li></ul></div><div class="BH-rbox ad"><span>廣告</span></div></div>
<div id="BH-footer"><p>© Gamer Demo Co. Ltd. All rights reserved. 巴哈拇特電玩資訊站 版權所有</p><p><a>服務條款</a> | <a>隱私權聲明</a> | <a>客服中心</a></p></div>
</body>
</html>
"""))

PAGES.append(("hk01_amp_minibus", r"""
<!doctype html>
<html amp lang="zh-HK">
<head>
<meta charset="utf-8">
<title>紅色小巴新路線試行　街坊：終於唔使轉兩程車｜香港零一</title>
<link rel="canonical" href="https://www.hk01.example/社會新聞/1022874/">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-custom>.sc-1s6p4ta-0{display:flex}.sc-1wb58z1-3{font-size:18px;line-height:1.8}</style>
</head>
<body>
<div class="sc-1s6p4ta-0 hCkXuT"><header class="sc-1s6p4ta-1 bZpWgP"><a class="sc-1s6p4ta-2 jPyZjn">香港零一</a><nav class="sc-1s6p4ta-3 fRpTcz"><a>港聞</a><a>社會新聞</a><a>國際</a><a>經濟</a><a>娛樂</a><a>體育</a><a>生活</a></nav><a class="sc-1s6p4ta-4">下載App</a></header></div>
<main class="sc-bdfBwQ jtjXYy">
<div class="sc-1wb58z1-0 gLhQnD"><span class="sc-1wb58z1-1 cHsmAF"><a>社會新聞</a></span>
<h1 class="sc-1wb58z1-2 kZtYbB">⟪紅色小巴新路線試行　街坊：終於唔使轉兩程車⟫</h1>
<div class="sc-1wb58z1-4 eRbDzM"><span>撰文：梁詠琪</span><time>發佈日期：2025-03-27 18:30</time><span>最後更新日期：2025-03-27 19:05</span></div>
<div class="sc-1wb58z1-5"><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<amp-img src="https://cdn.hk01.example/di/media/images/1022874.jpg" width="800" height="533" layout="responsive"></amp-img><p class="sc-1wb58z1-6 fHdRkM">新路線起點設於屋邨巴士總站旁。（梁詠琪攝）</p>
<article class="sc-1wb58z1-3 ghTUyq">
<div class="sc-1wb58z1-7"><p>⟪運輸署本周起試行一條新紅色小巴路線，由屋邨直達港鐵站及附近街市，每程收費七元。不少街坊表示，以往要先坐專線小巴再轉巴士，來回要多花半小時，新路線開通後方便得多。⟫</p></div>
<div class="sc-1wb58z1-7"><p>⟪住在邨內十多年的陳太說，每朝要買餸再接孫仔放學，「以前轉兩程車，手拎住幾袋嘢好辛苦，而家一程就到」。她希望試行期後路線可以保留，班次亦可以再密一點。⟫</p></div>
<div class="sc-1x7h2ho-0 iNsBtN"><amp-ad width="300" height="250" type="doubleclick" data-slot="/108346865/hk01_amp_article_mid"><div placeholder>廣告</div></amp-ad></div>
<div class="sc-1wb58z1-7"><h3>⟪試行期三個月⟫</h3><p>⟪運輸署發言人表示，試行期為三個月，其間會收集乘客數字和意見，再決定是否將路線轉為恒常服務。繁忙時間每十分鐘一班，非繁忙時間則約二十分鐘一班。⟫</p></div>
<div class="sc-1wb58z1-7"><p>⟪區議員黃志強指，區內長者比例高，不少居民行動不便，直達路線可以減少轉車次數。他又建議日後考慮加設晚間班次，方便夜更工人回家。⟫</p></div>
</article>
<div class="sc-1wb58z1-8 tags"><a>#小巴</a><a>#運輸署</a><a>#交通</a></div>
<div class="sc-1wb58z1-9 related"><h4>相關文章</h4><ul><li><a>專線小巴加價申請獲批　下月起生效</a></li><li><a>港鐵新站開通首日人流多</a></li></ul></div>
<div class="sc-1wb58z1-10 app-promo"><p>打開香港零一 App，查看更多精彩內容</p><a>立即打開</a></div>
</div>
</main>
<footer class="sc-dkzDqf"><p>© 2025 香港零一有限公司 版權所有</p><a>私隱政策</a> <a>使用條款</a> <a>聯絡我們</a></footer>
</body>
</html>
"""))

PAGES.append(("wordpress_blog_hiking", r"""
<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>加里山步道：苗栗最美的森林鐵道健行路線 &#8211; 山小徑日記</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://shanxiaojing.example/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' type='text/css' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://shanxiaojing.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.12' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.12">
<a class="skip-link screen-reader-text" href="#content">跳至主要內容</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="ast-container"><div class="site-branding"><span class="site-title"><a href="https://shanxiaojing.example/" rel="home">山小徑日記</a></span><p class="site-description">一個上班族的週末登山紀錄</p></div><nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a>首頁</a></li><li class="menu-item"><a>北部山岳</a></li><li class="menu-item"><a>中部山岳</a></li><li class="menu-item"><a>裝備心得</a></li><li class="menu-item"><a>關於我</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-north tag-miaoli ast-article-single" id="post-2291">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header"><div class="ast-single-post-order"><h1 class="entry-title" itemprop="headline">⟪加里山步道：苗栗最美的森林鐵道健行路線⟫</h1><div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n">阿哲</a></span> / <span class="posted-on"><span class="published">2025 年 4 月 6 日</span></span> / <span class="cat-links"><a rel="category tag">北部山岳</a></span> / <span class="comments-link"><a>7 則留言</a></span></div></div></header>
<div class="entry-content clear" itemprop="text">
<div class="ez-toc-container" id="ez-toc-container"><p class="ez-toc-title">文章目錄</p><ul class="ez-toc-list"><li><a href="#交通">交通</a></li><li><a href="#路線">路線</a></li><li><a href="#建議">建議</a></li></ul></div>
<p>⟪清明連假的第一天，天氣預報說是晴天，我和兩個朋友決定去爬加里山。這條步道前段沿著舊時的運材鐵道走，兩旁是高大的柳杉林，走起來非常舒服，是我很推薦給新手的中級山入門路線。⟫</p>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="交通"></span>⟪交通⟫</h2>
<p>⟪自行開車到登山口的停車場，連假期間早上七點就幾乎停滿了，建議早一點出發。沒有開車的話，可以搭客運到南庄，再換乘接駁車。⟫</p>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="路線"></span>⟪路線⟫</h2>
<p>⟪從登山口出發，先走約兩公里的森林鐵道，路面平緩。之後進入陡上的山徑，樹根和石頭很多，要特別注意腳步。接近山頂的最後一段有拉繩，下雨後會很滑。⟫</p>
<p>⟪我們來回大約花了七個小時，山頂展望很好，天氣晴朗時可以看到雪霸群山。⟫</p>
<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins></div>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="建議"></span>⟪建議⟫</h2>
<ul class="wp-block-list"><li>⟪帶足飲水，沿途沒有補給點。⟫</li><li>⟪穿抓地力好的登山鞋，下山時膝蓋負擔較大，可以帶登山杖。⟫</li><li>⟪下午山區容易起霧，最晚中午前要從山頂下撤。⟫</li></ul>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享此文：</h3><div class="sd-content"><ul><li><a class="share-facebook">Facebook</a></li><li><a class="share-line">LINE</a></li><li><a class="share-print">列印</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>相關文章</em></h3><div class="jp-relatedposts-items"><p><a>火炎山：苗栗的小大峽谷</a></p><p><a>鳶嘴山稍來山 O 型縱走</a></p></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">標籤：<a rel="tag">苗栗</a>、<a rel="tag">中級山</a>、<a rel="tag">森林鐵道</a></span></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="文章"><div class="nav-links"><div class="nav-previous"><a rel="prev">← 上一篇：合歡北峰日出</a></div><div class="nav-next"><a rel="next">下一篇：抹茶山雨天紀錄 →</a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">〈加里山步道：苗栗最美的森林鐵道健行路線〉有 7 則留言</h3><ol class="ast-comment-list"><li class="comment"><div class="ast-comment-meta"><cite class="fn">小鹿</cite><time>2025 年 4 月 7 日</time></div><div class="ast-comment-content comment"><p>請問冬天去會不會太冷？</p></div><a class="comment-reply-link">回覆</a></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">發佈留言</h3><form><p class="comment-notes">發佈留言必須填寫的電子郵件地址不會公開。</p><textarea id="comment"></textarea><input type="submit" value="發佈留言"></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_search"><form><input type="search" placeholder="搜尋..."></form></aside><aside class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul><li><a>合歡北峰日出</a></li><li><a>抹茶山雨天紀錄</a></li><li><a>輕量化背包清單</a></li></ul></aside><aside class="widget widget_categories"><h2 class="widget-title">分類</h2><ul><li><a>北部山岳</a> (23)</li><li><a>中部山岳</a> (15)</li></ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright &copy; 2025 山小徑日記 | Powered by 山小徑日記</p></div></div></footer>
</div>
</body>
</html>
"""))

PAGES.append(("wiki_zh_hant_bridge", r"""
<!DOCTYPE html>
<html class="client-nojs" lang="zh-Hant-TW" dir="ltr">
<head>
<meta charset="utf-8">
<title>青潭吊橋 - 維基百典，自由的百科全書</title>
<link rel="stylesheet" href="/w/load.php?lang=zh-tw&amp;modules=site.styles&amp;only=styles&amp;skin=vector">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-青潭吊橋 skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div class="sitenotice">維基百典正在舉辦「台灣地方文史」寫作比賽，歡迎參加！</div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading" lang="zh-Hant-TW">⟪青潭吊橋⟫</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">維基百典，自由的百科全書</div><div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">跳至導覽</a><a class="mw-jump-link" href="#searchInput">跳至搜尋</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="zh-Hant-TW" dir="ltr"><div class="mw-parser-output">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">青潭吊橋</th></tr><tr><td colspan="2"><img src="//upload.example/青潭吊橋.jpg" width="260"></td></tr><tr><th scope="row">位置</th><td>新北市新店區</td></tr><tr><th scope="row">跨越</th><td>青潭溪</td></tr><tr><th scope="row">類型</th><td>人行吊橋</td></tr><tr><th scope="row">全長</th><td>118公尺</td></tr><tr><th scope="row">啟用日期</th><td>1962年</td></tr></tbody></table>
<p>⟪<b>青潭吊橋</b>是位於<a>新北市</a><a>新店區</a>的一座人行吊橋，跨越<a>青潭溪</a>，連接溪流兩岸的聚落。吊橋全長118公尺，於1962年啟用，現為當地的觀光景點之一。⟮<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>⟯⟫</p>
<div id="toc" class="toc" role="navigation"><div class="toctitle" lang="zh-Hant-TW" dir="ltr"><h2 id="mw-toc-heading">目次</h2></div><ul><li class="toclevel-1"><a href="#歷史"><span class="tocnumber">1</span> <span class="toctext">歷史</span></a></li><li class="toclevel-1"><a href="#結構"><span class="tocnumber">2</span> <span class="toctext">結構</span></a></li><li class="toclevel-1"><a href="#參考資料"><span class="tocnumber">3</span> <span class="toctext">參考資料</span></a></li></ul></div>
<h2><span class="mw-headline" id="歷史">⟪歷史⟫</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編輯</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>⟪早年青潭溪兩岸的居民往來只能涉水或搭乘竹筏，遇到颱風豪雨時交通經常中斷。1960年，地方仕紳發起募款，在縣政府補助下興建吊橋，兩年後完工。⟫</p>
<p>⟪1996年賀伯颱風期間，吊橋的木質橋面嚴重損壞，其後改建為鋼構橋面，並更換主纜。⟮<sup class="reference"><a href="#cite_note-2">[2]</a></sup>⟯⟫</p>
<h2><span class="mw-headline" id="結構">⟪結構⟫</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編輯</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>⟪吊橋為單跨懸索結構，兩端各有一座鋼筋混凝土橋塔。橋面寬約1.5公尺，僅供行人與自行車通行，限制同時通行人數為五十人。⟫</p>
<h2><span class="mw-headline" id="參考資料">參考資料</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編輯</a><span class="mw-editsection-bracket">]</span></span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a>^</a></span> <span class="reference-text">新店區公所．新店區觀光導覽手冊．2018．</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><a>^</a></span> <span class="reference-text">〈青潭吊橋修復完工〉．地方日報．1998-03-12．</span></li></ol></div>
<div role="navigation" class="navbox"><table class="nowraplinks"><tr><th>新店區橋梁</th></tr><tr><td><a>碧潭吊橋</a>、<a>青潭吊橋</a>、<a>屈尺吊橋</a>、<a>雙城吊橋</a></td></tr></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a>分類</a>：<ul><li><a>新北市橋梁</a></li><li><a>吊橋</a></li><li><a>1962年完工建築物</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><h2>導覽選單</h2><div id="mw-head"><div id="p-personal"><ul><li><a>沒有登入</a></li><li><a>對話頁</a></li><li><a>貢獻</a></li><li><a>建立帳號</a></li><li><a>登入</a></li></ul></div><div id="left-navigation"><a>條目</a><a>討論</a></div><div id="right-navigation"><a>閱讀</a><a>編輯</a><a>檢視歷史</a><form><input id="searchInput" placeholder="搜尋維基百典"></form></div></div><div id="mw-panel"><div id="p-logo"><a class="mw-wiki-logo"></a></div><div class="portal" id="p-navigation"><ul><li><a>首頁</a></li><li><a>分類索引</a></li><li><a>特色內容</a></li><li><a>新聞動態</a></li><li><a>近期變更</a></li><li><a>隨機條目</a></li></ul></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> 本頁面最後修訂於2025年1月15日 (星期三) 03:12。</li><li id="footer-info-copyright">本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議之條款下提供，附加條款亦可能應用。</li></ul><ul id="footer-places"><li><a>隱私政策</a></li><li><a>關於維基百典</a></li><li><a>免責聲明</a></li><li><a>手機版檢視</a></li></ul></footer>
</body>
</html>
"""))

PAGES.append(("momo_product_airfryer", r"""
<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>【暖廚】5.5L大容量氣炸鍋 KF-5520 - momu購物網</title>
<link rel="stylesheet" href="https://img1.momushop.example/ecm/css/goods.css?t=20250301">
</head>
<body>
<div id="bt_0_layout_top"><div class="topArea"><a class="logo">momu購物網</a><form class="searchArea"><input id="keyword" placeholder="搜尋商品"><button>搜尋</button></form><ul class="topMenu"><li><a>會員中心</a></li><li><a>購物車(0)</a></li><li><a>客服中心</a></li><li><a>下載APP 享優惠</a></li></ul></div><div class="menuArea"><a>3C</a><a>家電</a><a>美妝</a><a>保健</a><a>食品</a><a>居家</a><a>服飾</a></div></div>
<div id="BodyBase"><div class="bt_2_layout_Content">
<div id="bt_2_layout_NAV"><ul><li><a>家電</a></li><li>&gt;</li><li><a>廚房家電</a></li><li>&gt;</li><li><a>氣炸鍋</a></li></ul></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="prdWrap"><tr>
<td width="420" valign="top" class="prdImgWrap"><img src="https://img1.momushop.example/goodsimg/0011/KF5520_L.jpg" width="400"><ul class="thumb"><li><img src="s1.jpg"></li><li><img src="s2.jpg"></li></ul></td>
<td valign="top" class="prdInfoWrap">
<div class="prdnoteArea"><h3 id="osmGoodsName">⟪【暖廚】5.5L大容量氣炸鍋 KF-5520⟫</h3><p class="sloganTitle">限時下殺↘加贈烘焙紙50入</p></div>
<table class="prdPrice" border="0" cellpadding="2"><tr><th>市售價</th><td><del>$3,980</del></td></tr><tr><th>促銷價</th><td><b class="special">$2,490</b>元</td></tr><tr><th>折扣後價格</th><td>$2,366（刷指定信用卡）</td></tr></table>
<div class="deliveryInfo"><p>配送方式：宅配　<span>24h到貨</span></p><p>付款方式：信用卡、ATM、貨到付款</p><p>商品品號：11825520</p></div>
<div class="buyBtn"><select><option>數量 1</option></select><a class="buynow">直接購買</a><a class="addcart">放入購物車</a><a class="addwish">追蹤商品</a></div>
</td></tr></table>
<div id="goodsTab"><ul class="tabList"><li class="selected">商品特色</li><li>商品規格</li><li>商品評價(318)</li><li>退換貨說明</li></ul></div>
<div class="vendordetailview specification"><h2>⟪商品特色⟫</h2>
<ul><li>⟪5.5公升大容量，一次可放入一整隻小型全雞，適合三到五人家庭。⟫</li><li>⟪360度熱風循環，不需翻面也能均勻上色，少油更健康。⟫</li><li>⟪八種預設料理模式，薯條、雞翅、烤魚、蛋糕一鍵完成。⟫</li><li>⟪炸籃採用不沾塗層，可拆卸放入洗碗機清洗。⟫</li></ul>
<p>⟪透明視窗設計，料理過程一目瞭然，不用開鍋也能確認熟度。機身外殼隔熱，使用時不燙手，有小朋友的家庭也安心。⟫</p></div>
<div class="vendordetailview spec"><h2>⟪商品規格⟫</h2><table class="specTable" border="1" cellpadding="4" cellspacing="0">
<tr>⟬<th>品牌</th><td>暖廚</td>⟭</tr>
<tr>⟬<th>型號</th><td>KF-5520</td>⟭</tr>
<tr>⟬<th>容量</th><td>5.5公升</td>⟭</tr>
<tr>⟬<th>額定功率</th><td>1500W</td>⟭</tr>
<tr>⟬<th>溫度範圍</th><td>80°C～200°C</td>⟭</tr>
<tr>⟬<th>產地</th><td>中國大陸</td>⟭</tr>
<tr>⟬<th>保固期</th><td>一年</td>⟭</tr>
</table></div>
<div class="reviewArea"><h2>商品評價</h2><p>平均 4.7 顆星（318則）</p><div class="review"><span>l***g</span><p>很好用，炸雞翅超脆！</p></div><div class="review"><span>c***5</span><p>出貨很快，包裝完整。</p></div></div>
<div class="returnInfo"><h2>退換貨說明</h2><p>依消費者保護法規定，享有商品到貨七天猶豫期之權益。</p></div>
<div class="alsoBuy"><h2>買了此商品的人也買了</h2><ul><li><a>氣炸鍋專用烘焙紙100入</a></li><li><a>不鏽鋼烤架組</a></li></ul></div>
</div></div>
<div id="bt_0_layout_footer"><p>富邦媒體科技示範公司 版權所有 © 2025 momu shop All Rights Reserved.</p><p>服務條款 | 隱私權政策 | 聯絡我們　統一編號：00000000</p></div>
</body>
</html>
"""))

PAGES.append(("church_bulletin_week", r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="utf-8">
<title>安平恩典教會 - 主日週報 2025年6月22日</title>
<style type="text/css">body{font-family:新細明體}.menu a{color:#fff}</style>
</head>
<body bgcolor="#fdf8ee" leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#6b4226" height="80"><font color="#ffffff" size="5"><b>&nbsp;安平恩典教會</b></font><br><font color="#f3e3c3" size="2">&nbsp;Anping Grace Church · 台南市安平區</font></td></tr>
<tr><td colspan="2" bgcolor="#8a5a3b" class="menu"><font size="2">&nbsp;<a href="index.htm">首頁</a>｜<a href="about.htm">認識我們</a>｜<a href="bulletin.htm">主日週報</a>｜<a href="sermon.htm">講道錄音</a>｜<a href="group.htm">小組聚會</a>｜<a href="contact.htm">交通資訊</a></font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#f3e9d6"><font size="2"><br>&nbsp;<b>週報目錄</b><br>&nbsp;<a>2025/06/22</a><br>&nbsp;<a>2025/06/15</a><br>&nbsp;<a>2025/06/08</a><br>&nbsp;<a>2025/06/01</a><br>&nbsp;<a>更多…</a><br><br>&nbsp;<b>聚會時間</b><br>&nbsp;主日崇拜 週日 10:00<br>&nbsp;禱告會 週三 19:30<br>&nbsp;青年團契 週六 15:00</font></td>
<td valign="top"><table width="100%" cellpadding="16"><tr><td>
<font size="4" color="#6b4226"><b>⟪主日週報　2025年6月22日⟫</b></font><br><br>
<font size="3"><b>⟪牧者的話：在忙碌中安靜⟫</b></font><br>
<font size="2">⟪最近常聽到弟兄姊妹說「好忙」。工作、家庭、孩子的課業，每天的行程排得滿滿的，連安靜禱告的時間都很難找到。⟫<br>
⟪其實安靜不一定需要很長的時間。早上出門前的五分鐘，下班後在車上的片刻，都可以是我們安靜下來的時刻。鼓勵大家這個月試著每天留下五分鐘，放下手機，安靜地禱告或讀一段經文。⟫<br><br></font>
<font size="3"><b>⟪本週報告事項⟫</b></font><br>
<font size="2">⟪一、暑期兒童營將於7月14日至18日舉行，對象為國小一至六年級學童，即日起在招待處報名，名額六十名。⟫<br>
⟪二、7月6日主日崇拜後舉行會友大會，討論教會屋頂整修事宜，請會友踴躍出席。⟫<br>
⟪三、本週三禱告會暫停一次，因教會進行冷氣保養。⟫<br>
⟪四、愛心二手義賣所得新台幣一萬二千三百元，將全數捐給社區課後照顧班。⟫<br><br></font>
<font size="3"><b>⟪下週服事表⟫</b></font><br>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#c9a27a">
<tr>⟬<td><font size="2">講道</font></td><td><font size="2">陳明德牧師</font></td>⟭</tr>
<tr>⟬<td><font size="2">司會</font></td><td><font size="2">林雅惠姊妹</font></td>⟭</tr>
<tr>⟬<td><font size="2">司琴</font></td><td><font size="2">黃子恩弟兄</font></td>⟭</tr>
<tr>⟬<td><font size="2">招待</font></td><td><font size="2">第三小組</font></td>⟭</tr>
</table>
<br><font size="2"><a href="bulletin_20250622.pdf">下載 PDF 版週報</a>｜<a href="javascript:print()">列印本頁</a></font>
</td></tr></table></td>
</tr>
<tr><td colspan="2" bgcolor="#6b4226" align="center"><font color="#f3e3c3" size="2">安平恩典教會　地址：台南市安平區古堡街XX號　電話：06-222-XXXX<br>Copyright © 2025 Anping Grace Church. 版權所有　本站訪客人數：048213</font></td></tr>
</table>
</body>
</html>
"""))

PAGES.append(("icook_recipe_radish_cake", r"""
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>港式蘿蔔糕 by 廚房裡的芳芳 - 愛煮飯 料理生活平台</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://assets.aizhufan.example/assets/recipes-show-3f9c2a.css">
</head>
<body class="recipes-show">
<div class="header"><div class="header__inner"><a class="header__logo">愛煮飯</a><form class="header__search"><input placeholder="搜尋食譜、食材"></form><nav class="header__nav"><a>食譜分類</a><a>熱門食譜</a><a>市集</a><a>VIP</a><a>登入</a></nav></div></div>
<div class="app-banner"><p>用 App 看食譜，邊煮邊看不怕手髒</p><a>免費下載</a></div>
<div class="container"><main class="main">
<nav class="breadcrumb"><a>首頁</a> › <a>中式點心</a> › <a>蘿蔔糕</a></nav>
<div class="recipe-cover"><img src="https://imageproxy.aizhufan.example/recipe/luobogao.jpg"></div>
<div class="recipe-details"><div class="recipe-details-header"><h1 id="recipe-name" class="title">⟪港式蘿蔔糕⟫</h1><div class="recipe-details-meta"><span class="author-name">廚房裡的芳芳</span><span class="recipe-details-like">讚 2,104</span><span class="recipe-details-bookmark">收藏 8,912</span></div></div>
<div class="description"><p>⟪過年一定要做的蘿蔔糕！配料有臘腸和蝦米，蒸好放涼切片，煎到兩面金黃，外酥內軟，比外面買的還好吃。⟫</p></div>
<div class="recipe-details-info"><div class="servings-info"><span class="info-title">份量</span><span class="num">6 人份</span></div><div class="time-info"><span class="info-title">時間</span><span class="num">90 分鐘</span></div></div>
<div class="recipe-details-ingredients"><div class="ingredients-title"><h2>⟪食材⟫</h2><span class="servings">6 人份</span></div>
<ul class="ingredients-list">
<li class="ingredient">⟪<span class="ingredient-name"><a class="ingredient-search">白蘿蔔</a></span>
<span class="ingredient-unit">1200克</span>⟫</li>
<li class="ingredient">⟪<span class="ingredient-name"><a class="ingredient-search">在來米粉</a></span>
<span class="ingredient-unit">300克</span>⟫</li>
<li class="ingredient">⟪<span class="ingredient-name"><a class="ingredient-search">臘腸</a></span>
<span class="ingredient-unit">2條</span>⟫</li>
<li class="ingredient">⟪<span class="ingredient-name"><a class="ingredient-search">蝦米</a></span>
<span class="ingredient-unit">30克</span>⟫</li>
<li class="ingredient">⟪<span class="ingredient-name">清水</span>
<span class="ingredient-unit">600毫升</span>⟫</li>
<li class="ingredient">⟪<span class="ingredient-name">鹽、白胡椒粉</span>
<span class="ingredient-unit">適量</span>⟫</li>
</ul></div>
<div class="recipe-details-howto"><h2>⟪步驟⟫</h2><ul class="recipe-details-steps">
<li class="step"><big class="step-order">1</big><figure class="step-img"><img src="step1.jpg"></figure><div class="step-instruction"><p class="step-instruction-content">⟪白蘿蔔去皮刨絲，臘腸切丁，蝦米泡軟後切碎。⟫</p></div></li>
<li class="step"><big class="step-order">2</big><div class="step-instruction"><p class="step-instruction-content">⟪熱鍋炒香臘腸和蝦米，盛起備用。⟫</p></div></li>
<li class="step"><big class="step-order">3</big><div class="step-instruction"><p class="step-instruction-content">⟪蘿蔔絲加一半的水煮到透明軟爛，加鹽和白胡椒粉調味。⟫</p></div></li>
<li class="step"><big class="step-order">4</big><div class="step-instruction"><p class="step-instruction-content">⟪在來米粉和剩下的水調成粉漿，倒進蘿蔔鍋裡，小火邊煮邊攪拌成糊狀，再拌入臘腸和蝦米。⟫</p></div></li>
<li class="step"><big class="step-order">5</big><div class="step-instruction"><p class="step-instruction-content">⟪倒入抹油的模具，抹平表面，大火蒸五十分鐘。放涼後冷藏一晚再切片煎。⟫</p></div></li>
</ul></div>
<div class="recipe-details-tips"><h2>⟪小撇步⟫</h2><p>⟪蘿蔔本身會出水，所以煮蘿蔔時水不要一次加太多。⟫</p></div>
<div class="recipe-tags"><a>#蘿蔔糕</a><a>#過年料理</a><a>#港式點心</a></div>
<div class="recipe-share"><a>分享到 Facebook</a><a>分享到 LINE</a><a>列印食譜</a></div>
<div class="recipe-reviews"><h3>料理心得（58）</h3><div class="review"><span>小魚媽媽</span><p>照著做很成功，家人都說好吃！</p></div></div>
</div>
<aside class="recipe-related"><h3>你可能也喜歡</h3><ul><li><a>芋頭糕</a></li><li><a>年糕紅豆湯</a></li><li><a>發糕</a></li></ul></aside>
</main></div>
<footer class="footer"><p>© 2025 愛煮飯 aizhufan.example 版權所有</p><a>關於我們</a>｜<a>隱私權政策</a>｜<a>服務條款</a>｜<a>廣告合作</a></footer>
</body>
</html>
"""))

write_all("zh-Hant", PAGES)
