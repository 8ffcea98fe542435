"""blind3 zh-Hant pages. Run: python3 -B zh_hant.py"""
from common import write_all

PAGES = []

PAGES.append(("ltn_news_landslide", r"""
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>豪雨過後山區道路坍方 谷關聯外道路搶通 - 生活 - 自由時光新聞</title>
<meta property="og:title" content="豪雨過後山區道路坍方 谷關聯外道路搶通">
<link rel="stylesheet" href="https://cache.ltn.example/v2/css/news_content.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"cate":"life","no":"4921188"});</script>
</head>
<body class="ltnNews">
<div class="ltnheader"><div class="top_area"><a class="logo">自由時光新聞</a><ul class="topnav"><li><a>即時</a></li><li><a>政治</a></li><li><a>社會</a></li><li><a>生活</a></li><li><a>國際</a></li><li><a>地方</a></li><li><a>財經</a></li><li><a>體育</a></li><li><a>影音</a></li><li><a>娛樂</a></li></ul><div class="member"><a>登入</a><a>訂閱</a></div></div></div>
<div class="breadcrumbs boxTitle"><a>首頁</a> &gt; <a>生活</a></div>
<div class="content"><div class="whitecon articlebody" data-desc="內容頁">
<h1>⟪豪雨過後山區道路坍方 谷關聯外道路搶通⟫</h1>
<div class="function boxTitle"><span class="time">2025/06/11 14:25</span><div class="social"><a class="fb">分享</a><a class="line">LINE</a><a class="copy">複製連結</a><a class="fontsize">字級</a></div></div>
<div class="text boxTitle boxText" data-desc="內文">
<div class="photo boxTitle"><a><img src="https://img.ltn.example/Upload/news/600/2025/06/11/4921188_1.jpg"></a><p class="caption">台8線谷關段坍方處，工程單位出動挖土機搶修。（記者蔡宗翰攝）</p></div>
<p>〔記者蔡宗翰／台中報導〕⟪連日豪雨造成中部山區多處坍方，台8線谷關至德基路段昨晚發生邊坡崩塌，土石堆積約三百立方公尺，一度雙向交通中斷。公路單位連夜調派機具搶修，今天上午十一時搶通一線車道，採單線雙向管制通行。⟫</p>
<p>⟪公路局表示，坍方處上邊坡仍有零星落石，搶通後將在現場設置警戒人員，並以貨櫃式防護設施保護車道。預計本週末前完成雙線通車，但若再有豪雨，不排除再次預警性封路。⟫</p>
<p class="appE1121"><a>不用抽 不用搶 現在用APP看新聞 保證天天中獎</a><a>點我下載APP</a><a>按我看活動辦法</a></p>
<p>⟪受道路中斷影響，谷關溫泉區多家業者反映昨晚有遊客取消訂房。業者指出，六月本來就是淡季，連續幾天下雨更是雪上加霜，希望道路盡快恢復，讓遊客安心上山。⟫</p>
<p>⟪氣象署預報，梅雨鋒面明天起逐漸減弱，但午後仍有局部大雨機率。公路局提醒，民眾前往山區前應先查詢路況，遇到落石警戒區不要停車，夜間盡量避免行駛山區道路。⟫</p>
<div class="ad_in_article"><span>廣告</span><div id="div-gpt-ad-1581"></div></div>
<p class="before_ir">一手掌握經濟脈動 點我訂閱自由時光財經Youtube頻道</p>
</div>
<div class="related boxTitle"><p class="title">相關新聞</p><ul><li><a>梅雨鋒面持續 中南部山區豪雨特報</a></li><li><a>中橫便道預警性封閉 公路局：雨停後評估開放</a></li></ul></div>
<div class="other boxTitle"><p class="title">延伸閱讀</p><a>谷關溫泉業者：防疫後最慘淡季</a><a>颱風季將至 山區民宿如何應變</a></div>
<div class="fb_comments"><p>留言區</p><div class="fb-comments" data-numposts="5"></div></div>
</div>
<div class="side"><div class="hot boxTitle"><p class="title">熱門新聞</p><ol><li><a>便利商店新制上路 這些商品不能用折價券</a></li><li><a>明起三天全台有雨 北部高溫達35度</a></li><li><a>國道連假疏運措施出爐</a></li></ol></div><div class="ad_side"><span>贊助廣告</span></div></div>
</div>
<div class="footer"><p>自由時光報系版權所有不得轉載 © 2025 The Liberty Times Demo. All Rights Reserved.</p><p><a>服務條款</a> | <a>隱私權政策</a> | <a>著作權聲明</a> | <a>聯絡我們</a></p></div>
</body>
</html>
"""))

PAGES.append(("udn_news_library", r"""
<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>高雄港邊老倉庫變身親子圖書館 週末一位難求 | 聯合新報網</title>
<meta name="description" content="高雄港邊老倉庫變身親子圖書館">
<link rel="stylesheet" href="https://s.udn.example/static/css/story.css">
</head>
<body>
<header class="header"><div class="header__wrapper"><a class="header__logo">聯合新報網</a><nav class="navigation"><a class="navigation__item">即時</a><a class="navigation__item">要聞</a><a class="navigation__item">娛樂</a><a class="navigation__item">運動</a><a class="navigation__item">全球</a><a class="navigation__item">社會</a><a class="navigation__item">地方</a><a class="navigation__item">產經</a><a class="navigation__item">股市</a><a class="navigation__item">生活</a></nav><div class="header__member"><a>會員登入</a></div></div></header>
<main class="wrapper-center">
<div class="wrapper-left">
<section class="article-content">
<nav class="article-content__breadcrumb"><a>首頁</a> <span>/</span> <a>地方</a> <span>/</span> <a>高雄</a></nav>
<h1 class="article-content__title">⟪高雄港邊老倉庫變身親子圖書館 週末一位難求⟫</h1>
<div class="article-content__info"><time class="article-content__time">2025-07-05 09:12</time><span class="article-content__author">聯合報／ 記者王品睿／高雄即時報導</span></div>
<div class="article-content__share"><a>分享</a><a>LINE</a><a>轉寄</a><a>留言</a></div>
<section class="article-content__editor">
<figure class="article-content__cover"><picture><img src="https://pgw.udn.example/gw/photo.php?u=cover.jpg"></picture><figcaption class="article-content__cover-caption">由港區倉庫改建的親子圖書館，挑高空間保留原本的鋼構屋架。記者王品睿／攝影</figcaption></figure>
<p>⟪由高雄港區第七號倉庫改建的親子圖書館上月開幕，一個月來入館人次突破八萬，週末常常一開門就坐滿，館方今天宣布延長假日開放時間，並增設預約制的故事屋場次。⟫</p>
<p>⟪這座倉庫建於一九六〇年代，原本用來存放進口雜糧，閒置近二十年。改建時保留了紅磚外牆和鋼構屋架，屋頂加裝採光天窗，室內以書架隔出閱讀區、繪本區和嬰幼兒爬行區。⟫</p>
<div class="story-list__holder"><p class="story-list__title">延伸閱讀</p><ul><li><a>駁二再添新景點 港邊咖啡館開幕</a></li><li><a>老屋活化成功案例 台南鹽埕倉庫變書店</a></li></ul></div>
<p>⟪市立圖書館館長表示，館內藏書約四萬冊，其中三成是繪本，另規劃海洋主題專區，介紹港口歷史和航運知識。週末下午的故事屋每場限三十組親子，開放前一週在網路預約。⟫</p>
<p>⟪不少家長反映停車不便，市府交通局回應，已協調港務公司開放鄰近停車場假日使用，並在輕軌站與圖書館之間增設遮陽步道。⟫</p>
<div class="inline-ads"><span class="inline-ads__label">贊助廣告</span><div id="div-gpt-ad-inline"></div></div>
<p class="article-content__editor-end">※ 歡迎用「轉寄」或「分享」鍵，分享聯合新報網的新聞報導</p>
</section>
<section class="keywords"><a>高雄</a><a>圖書館</a><a>老屋活化</a></section>
<div class="article-content__subscribe"><p>訂閱《地方觀察》電子報 每週一送到你的信箱</p><input placeholder="輸入E-mail"><button>立即訂閱</button></div>
</section>
<section class="context-box"><h3 class="context-box__title">留言</h3><div class="context-box__comments">請登入後留言</div></section>
<section class="more-news"><h3>看更多</h3><ul><li><a>高雄輕軌大順路段通車滿月 運量超乎預期</a></li><li><a>旗津海岸公園暑假活動登場</a></li><li><a>港都夜市攤商抽籤結果出爐</a></li></ul></section>
</div>
<aside class="wrapper-right"><section class="sidebar-popular"><h3>熱門</h3><ol><li><a>颱風假標準公布</a></li><li><a>台積電法說會今登場</a></li><li><a>夏季電價上路 用電大戶調漲</a></li></ol></section><section class="sidebar-ad">贊助廣告</section><section class="sidebar-app"><p>下載聯合新報網APP</p><img src="qr.png"></section></aside>
</main>
<footer class="footer"><p><a>關於我們</a> <a>服務信箱</a> <a>隱私權聲明</a> <a>著作權聲明</a> <a>廣告刊登</a></p><p>Copyright © 2025 聯合新報網 版權所有</p></footer>
</body>
</html>
"""))

PAGES.append(("ptt_first_cat", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[請益] 第一次養貓 需要先準備什麼？ - 看板 cat - 批踢踢實業坊</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" type="text/css" href="//images.pttdemo.example/bbs/v2.27/bbs-common.css">
<link rel="stylesheet" type="text/css" href="//images.pttdemo.example/bbs/v2.27/bbs-base.css">
</head>
<body>
<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a><span>&rsaquo;</span><a class="board" href="/bbs/cat/index.html"><span class="board-label">看板 </span>cat</a><a class="right small" href="/about.html">關於我們</a><a class="right small" href="/contact.html">聯絡資訊</a></div></div>
<div id="navigation-container"><div id="navigation" class="bbs-content"><a class="board" href="/bbs/cat/index.html">返回看板</a><div class="bar"></div><div class="share"><span>分享</span><a class="svg-box">Facebook</a><a class="svg-box">Twitter</a></div></div></div>
<div id="main-container">
<div id="main-content" class="bbs-screen bbs-content"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">mochi0921 (麻糬)</span></div><div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">cat</span></div><div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">⟪[請益] 第一次養貓 需要先準備什麼？⟫</span></div><div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">Sat May 17 22:48:03 2025</span></div>
⟦大家好，潛水很久第一次發文，排版用手機請見諒。

下個月要從朋友那邊接一隻三個月大的小橘貓，我跟室友都是第一次養，想先問問板上的前輩們，接回家之前需要先準備哪些東西？

目前想到的有：貓砂盆、貓砂、飼料、碗、抓板、外出籠。

貓砂不知道要選礦砂還是豆腐砂，看網路上兩派吵得很兇。

另外我們住的是分租套房，房間大概八坪，這樣的空間養一隻貓會不會太小？需不需要先裝紗窗防護網？

先謝謝大家的回覆！⟧

--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.229.101.44 (臺灣)
<span class="f2">※ 文章網址: <a href="https://www.pttdemo.example/bbs/cat/M.1747493283.A.3C1.html" target="_blank" rel="noopener noreferrer nofollow">https://www.pttdemo.example/bbs/cat/M.1747493283.A.3C1.html</a>
</span><div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">nekoneko77</span><span class="f3 push-content">: 八坪養一隻很夠，紗窗一定要先弄</span><span class="push-ipdatetime">  05/17 22:55
</span></div><div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">tigerlily</span><span class="f3 push-content">: 豆腐砂比較不會帶出來 小貓比較適合</span><span class="push-ipdatetime">  05/17 23:02
</span></div><div class="push"><span class="f1 hl push-tag">→ </span><span class="f3 hl push-userid">tigerlily</span><span class="f3 push-content">: 記得先找好附近的動物醫院</span><span class="push-ipdatetime">  05/17 23:02
</span></div><div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">orangejuice</span><span class="f3 push-content">: 逗貓棒必備 橘貓很會吃 飼料要控制</span><span class="push-ipdatetime">  05/17 23:20
</span></div></div>
<div id="article-polling" data-pollurl="/poll/cat/M.1747493283.A.3C1.html?cacheKey=2137-1620187436&amp;offset=2013&amp;offset-sig=9b0c3a" data-longpollurl="/v1/longpoll?id=4a8c" data-offset="2013"></div>
<div class="bbs-screen bbs-footer-message">本網站已依台灣網站內容分級規定處理。此區域為限制級，未滿十八歲者不得瀏覽。</div>
</div>
</body>
</html>
"""))

PAGES.append(("hkgov_press_cycling", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>新界單車徑網絡東段新增路段明日啟用</title>
<link rel="stylesheet" href="/css/press_print.css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><img src="/images/gov_logo_c.gif" alt="香港特別行政區政府"></td><td align="right"><a href="#">English</a> | <a href="#">简体版</a> | <a href="#">新聞公報主頁</a> | <a href="#">搜尋</a></td></tr></table>
<div id="contentBody">
<div class="mB15">
<span id="PRHeadlineSpan" class="hdl">⟪新界單車徑網絡東段新增路段明日啟用⟫</span>
</div>
<div class="mB15 f15"><span id="pressrelease" class="fontSize1">⟪　　土木工程拓展署今日（七月十四日）宣布，新界單車徑網絡東段由馬鞍山至西貢北的新增路段將於明日（七月十五日）上午十時起開放予市民使用。<br><br>　　新增路段全長約六點五公里，沿海濱興建，設有三個休息站，提供飲用水機、單車停泊架和洗手間。其中一段約八百米的路段以架空方式興建，以減少對沿岸紅樹林的影響。<br><br>　　土木工程拓展署發言人表示：「新路段連接現有單車徑後，市民可由沙田一路騎行至西貢北，全程約二十公里，沿途可欣賞吐露港及海岸景色。我們亦在新路段沿線增設了指示牌和里程標記，方便市民規劃路線。」<br><br>　　發言人提醒市民，使用單車徑時應注意安全，佩戴頭盔，並遵守路面標記和指示。署方亦會與運輸署及香港警務處保持聯繫，監察新路段啟用初期的使用情況。<br><br>　　有關新界單車徑網絡的路線圖及設施資料，市民可瀏覽土木工程拓展署網頁。⟫<br><br>完<br><br>2025年7月14日（星期一）<br>香港時間15時30分</span></div>
</div>
<div class="printBtn"><a href="javascript:window.print()">列印此頁</a> | <a href="#">電郵給朋友</a></div>
<div id="footer"><a href="#">今日新聞</a> | <a href="#">新聞公報</a> | <a href="#">重要性告示</a> | <a href="#">私隱政策</a> | <a href="#">無障礙聲明</a><br>2025 | 重要告示 | 私隱政策 | 香港特別行政區政府</div>
</body>
</html>
"""))

PAGES.append(("mobile01_aircon_power", r"""
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>分離式冷氣一級能效 實際一個月電費分享 - Mobile01</title>
<link rel="stylesheet" href="https://www.mobile01demo.example/static/css/topicdetail.css">
</head>
<body>
<div class="l-header"><div class="l-header__inner"><a class="c-logo">Mobile01</a><ul class="l-navigation"><li><a>手機</a></li><li><a>電腦</a></li><li><a>汽車</a></li><li><a>機車</a></li><li><a>居家</a></li><li><a>相機</a></li><li><a>運動</a></li><li><a>生活</a></li></ul><div class="l-header__tools"><a>登入</a><a>註冊</a></div></div></div>
<div class="l-wrap">
<div class="c-breadCrumb"><a>首頁</a> &gt; <a>居家</a> &gt; <a>家電</a> &gt; <a>冷氣空調</a></div>
<div class="l-heading"><div class="l-heading__title"><h1 class="t2">⟪分離式冷氣一級能效 實際一個月電費分享⟫</h1></div><div class="l-heading__info"><span>瀏覽 18,452</span><span>回覆 3</span><a class="c-iconLink">追蹤</a><a class="c-iconLink">收藏</a></div></div>
<div class="l-docking">
<article class="l-articlePage" id="1">
<div class="l-articlePage__author"><div class="c-authorInfo"><div class="c-authorInfo__id"><a>阿德在新竹</a></div><div class="c-authorInfo__level">Level 7</div><div class="c-authorInfo__data">文章 1,204 / 積分 3,218</div></div></div>
<div class="l-articlePage__publish"><div class="l-publishArea"><article class="u-gapBottom--max c-articleLimit"><div itemprop="articleBody">⟪去年夏天把家裡用了十五年的窗型冷氣換成一對一分離式，5.6kW 一級能效變頻，今年用滿一個完整夏季，把電費帳單整理出來給考慮換機的網友參考。<br><br>使用環境：十二坪客廳兼餐廳，西曬，白天家裡有長輩，冷氣每天大約開十小時，設定二十六度加電扇。<br><br>去年同期（舊窗型）七八月兩期電費：6,820 元<br>今年同期（新分離式）七八月兩期電費：4,150 元<br><br>其他家電用量大致相同，差額大約兩千六百多元，一個夏天省下的錢大概是機器價格的一成多。另外新機器安靜很多，晚上開著睡覺完全不會被吵醒。⟫</div></article></div>
<div class="l-navigation__item"><span class="o-fNotes">2025-08-30 21:17</span><span>#1</span><a class="c-reply">引言回覆</a><a>檢舉</a></div></div>
</article>
<div class="c-ad"><span>廣告</span><div id="div-gpt-ad-between"></div></div>
<article class="l-articlePage" id="2">
<div class="l-articlePage__author"><div class="c-authorInfo"><div class="c-authorInfo__id"><a>冷氣師傅老張</a></div><div class="c-authorInfo__level">Level 9</div></div></div>
<div class="l-articlePage__publish"><div class="l-publishArea"><article class="u-gapBottom--max c-articleLimit"><div itemprop="articleBody">⟪省電除了機器本身，安裝也很重要。冷媒管不要拉太長、室外機不要被太陽直曬，效果會差不少。樓主的數字看起來很合理。⟫</div></article></div>
<div class="l-navigation__item"><span class="o-fNotes">2025-08-30 22:40</span><span>#2</span><a class="c-reply">引言回覆</a></div></div>
</article>
<article class="l-articlePage" id="3">
<div class="l-articlePage__author"><div class="c-authorInfo"><div class="c-authorInfo__id"><a>貓咪不吃魚</a></div><div class="c-authorInfo__level">Level 3</div></div></div>
<div class="l-articlePage__publish"><div class="l-publishArea"><article class="u-gapBottom--max c-articleLimit"><div itemprop="articleBody">⟪請問樓主有申請節能補助嗎？我看今年汰換舊冷氣還可以退貨物稅，加起來好像可以省五六千。⟫</div></article></div>
<div class="l-navigation__item"><span class="o-fNotes">2025-08-31 09:05</span><span>#3</span><a class="c-reply">引言回覆</a></div></div>
</article>
<article class="l-articlePage" id="4">
<div class="l-articlePage__author"><div class="c-authorInfo"><div class="c-authorInfo__id"><a>阿德在新竹</a></div><div class="c-authorInfo__level">Level 7</div><span class="c-authorInfo__tag">樓主</span></div></div>
<div class="l-articlePage__publish"><div class="l-publishArea"><article class="u-gapBottom--max c-articleLimit"><div itemprop="articleBody">⟪有，貨物稅退了兩千，再加上縣市的節能補助三千，都是店家幫忙送件，大概兩個月就入帳了。⟫</div></article></div>
<div class="l-navigation__item"><span class="o-fNotes">2025-08-31 10:22</span><span>#4</span><a class="c-reply">引言回覆</a></div></div>
</article>
</div>
<div class="l-replyBox"><p>您必須登入才能回覆</p><a class="c-btn">登入</a></div>
<div class="c-related"><h3>相關文章</h3><ul><li><a>變頻冷氣真的比較省電嗎？</a></li><li><a>冷氣清洗多久一次比較好</a></li><li><a>2025 冷氣推薦清單</a></li></ul></div>
</div>
<div class="l-footer"><p><a>關於我們</a> <a>服務條款</a> <a>隱私權政策</a> <a>廣告合作</a></p><p>Copyright © 2025 Mobile01demo All Rights Reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("pixnet_wangui_tainan", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>台南中西區｜阿秀碗粿 巷弄裡的五十年早餐老店 @ 小魚吃遍台灣 :: 痞客幫 ::</title>
<link rel="stylesheet" href="https://s.pixfs.example/blog/css/theme_1209.css">
<style>.article-content-inner p{line-height:1.9}</style>
</head>
<body>
<div id="pixnet-header"><div class="pixnet-header-inner"><a class="logo">痞客幫</a><ul><li><a>部落格</a></li><li><a>熱門文章</a></li><li><a>美食</a></li><li><a>旅遊</a></li></ul><a class="login">登入</a><a class="signup">免費開通部落格</a></div></div>
<div id="container"><div id="banner"><h1><a>小魚吃遍台灣</a></h1><h2>在地人帶路，一口一口吃出城市的味道</h2></div>
<div id="main"><div id="content">
<div class="article" id="article-231877004">
<ul class="article-head"><li class="publish"><span class="year">2025</span><span class="month">Mar</span><span class="date">08</span><span class="day">Sat</span><span class="time">09:30</span></li><li class="title" data-site-category="美食情報"><h2><a>⟪台南中西區｜阿秀碗粿 巷弄裡的五十年早餐老店⟫</a></h2></li><li class="author"><span class="author-name">小魚</span></li></ul>
<div class="article-body"><div class="article-content"><div class="article-content-inner" id="article-content-inner">
<p>⟪每次回台南，第一餐一定是碗粿。這次帶朋友去吃的是藏在中西區巷子裡的阿秀碗粿，從阿嬤那一代開始賣，已經五十多年了。⟫</p>
<p><img src="https://pic.pimg.example/fish/1741399-1.jpg" alt="阿秀碗粿 招牌"></p>
<p>⟪店面很小，只有六張桌子，早上七點開賣，週末不到九點常常就賣完。碗粿是用在來米磨漿蒸的，口感偏軟嫩，裡面有滷肉、蝦仁和鹹蛋黃，淋上一匙甜甜的醬油膏，再加一點蒜泥。⟫</p>
<p><img src="https://pic.pimg.example/fish/1741399-2.jpg"></p>
<p>⟪除了碗粿，我很推薦他們的虱目魚丸湯，魚丸是每天早上自己打的，湯頭清甜。朋友第一次吃，說比他在台北吃到的都好吃。⟫</p>
<p><span style="color:#e8590c"><strong>⟪店家資訊⟫</strong></span></p>
<ul><li>⟪店名：阿秀碗粿⟫</li><li>⟪地址：台南市中西區民權路二段巷內（國華街口附近）⟫</li><li>⟪營業時間：07:00–12:00，週一公休⟫</li><li>⟪價位：碗粿 40 元、虱目魚丸湯 35 元⟫</li></ul>
<p>延伸閱讀：<a>台南國華街必吃小吃懶人包</a>、<a>台南早餐地圖 牛肉湯篇</a></p>
<p><span style="font-size:12px">我是小魚，喜歡到處吃吃喝喝，追蹤我的粉絲團就不會錯過新文章喔！本文為作者自費消費，非業配。</span></p>
</div></div>
<div class="article-keyword"><span>文章標籤</span><a>台南美食</a><a>碗粿</a><a>中西區</a><a>台南早餐</a></div>
<div class="article-footer"><span class="category">全站分類：<a>美食情報</a></span><span class="category">個人分類：<a>台南吃什麼</a></span><span>此分類上一篇：<a>台南東區｜早起牛肉湯</a></span><span>此分類下一篇：<a>台南安平｜老街豆花</a></span></div>
<div class="push-bar"><a>▲top</a><a>留言列表</a><a>發表留言</a></div>
<div id="comments"><div class="comment-head">留言列表 (2)</div><ul><li><span class="user">路過的旅人</span><p>上週去吃真的好吃！醬油膏是靈魂</p><span class="time">2025-03-10 08:41</span></li><li><span class="user">Amy</span><p>請問可以外帶嗎</p></li></ul></div>
</div>
</div></div>
<div id="links"><div class="box" id="profile"><h3>小魚</h3><p>小魚吃遍台灣</p><a>追蹤</a></div><div class="box" id="hot"><h3>熱門文章</h3><ul><li><a>台南必吃牛肉湯十家比較</a></li><li><a>高雄鹽埕區老字號冰店</a></li></ul></div><div class="box"><h3>文章分類</h3><ul><li>台南吃什麼 (86)</li><li>高雄吃什麼 (41)</li></ul></div><div class="box ad"><span>贊助商連結</span></div></div>
</div></div>
<div id="footer"><p>Blog Design by 痞客幫 © 2003-2025 PIXNET Demo</p></div>
</body>
</html>
"""))

PAGES.append(("dcard_battery_swap", r"""
<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>第一次自己換機車電瓶，比想像中簡單 | 機車板 | Dcard</title>
<meta name="description" content="第一次自己換機車電瓶">
<style>.sc-a7b2c1-0{display:flex}.sc-4f9e2d-3{font-size:18px}</style>
</head>
<body>
<div id="__next"><div class="sc-7e1d9a-0 jHfKzA">
<header class="sc-2b6f3e-0 hTpQwX"><div class="sc-2b6f3e-1 kPzRfe"><a class="sc-2b6f3e-2 bXrGhy">Dcard</a><div class="sc-2b6f3e-3 cDqLnw"><input placeholder="搜尋"></div><a class="sc-2b6f3e-4 fYwTmR">註冊 / 登入</a><a class="sc-2b6f3e-5 gMqRst">下載 App</a></div></header>
<div class="sc-a7b2c1-0 lRkWvB">
<nav class="sc-91c4ae-0 eHzUoq"><a class="sc-91c4ae-1">所有看板</a><a class="sc-91c4ae-1">即時熱門看板</a><a class="sc-91c4ae-1">心情</a><a class="sc-91c4ae-1">閒聊</a><a class="sc-91c4ae-1">機車</a><a class="sc-91c4ae-1">美食</a><a class="sc-91c4ae-1">感情</a></nav>
<main class="sc-5c2a7f-0 iUoPqa"><article class="sc-ba3f6f-0 dXgRbN">
<div class="sc-ba3f6f-1 kTqWnh"><div class="sc-ba3f6f-2 aBcXyz"><span class="sc-ba3f6f-3">機車</span><span class="sc-ba3f6f-4">國立臺北科技大學</span><span class="sc-ba3f6f-5">B20</span></div></div>
<h1 class="sc-4f9e2d-3 dVqLmN">⟪第一次自己換機車電瓶，比想像中簡單⟫</h1>
<div class="sc-4f9e2d-4 bLuVrd"><span>#分享</span><span>2025年4月2日 22:14</span></div>
<div class="sc-c9d13e-0 fJrTqa"><div class="sc-c9d13e-1 gHpLmn"><span>⟪早上要出門發現機車發不動，按了好幾次電門只聽到喀喀聲，牽去機車行老闆說電瓶該換了，工錢加電瓶要一千五。⟫</span></div><div class="sc-c9d13e-1 gHpLmn"><br></div><div class="sc-c9d13e-1 gHpLmn"><span>⟪回家查了一下，同規格電瓶網路上六百多，想說自己換換看。⟫</span></div><div class="sc-c9d13e-1 gHpLmn"><br></div><div class="sc-c9d13e-1 gHpLmn"><span>⟪步驟其實很簡單：打開腳踏板下面的電瓶蓋，先拆負極（黑色）再拆正極（紅色），把舊電瓶拿出來；裝新的時候反過來，先接正極再接負極，最後把螺絲鎖緊。⟫</span></div><div class="sc-c9d13e-1 gHpLmn"><br></div><div class="sc-c9d13e-1 gHpLmn"><span>⟪全部大概十五分鐘，工具只需要一支十字起子。舊電瓶記得拿去回收，很多機車行和大賣場都有收。⟫</span></div><div class="sc-c9d13e-1 gHpLmn"><br></div><div class="sc-c9d13e-1 gHpLmn"><span>⟪唯一要注意的是拆的時候扳手或起子不要同時碰到正負極，會短路冒火花。⟫</span></div></div>
<div class="sc-e3f2a1-0 kLmNpq"><a>#機車</a><a>#電瓶</a><a>#DIY</a></div>
<div class="sc-8f1b2c-0 hGfEdc"><span>心情 328</span><span>留言 41</span><span>收藏</span><span>分享</span></div>
</article>
<section class="sc-71d0b6-0 cBvNmq"><h3>留言</h3><div class="sc-71d0b6-1"><span class="sc-71d0b6-2">B1</span><span class="sc-71d0b6-3">國立成功大學</span><p>原po好強，我上次換也是被收一千五</p></div><div class="sc-71d0b6-1"><span class="sc-71d0b6-2">B2</span><span class="sc-71d0b6-3">匿名</span><p>補充：有些車型電瓶在車頭裡面要拆車殼，比較麻煩</p></div><a class="sc-71d0b6-4">查看全部 41 則留言</a></section>
</main>
<aside class="sc-1a2b3c-0 pQrStU"><div class="sc-1a2b3c-1"><h4>機車板熱門文章</h4><ul><li><a>新手第一台車選125還是150？</a></li><li><a>騎車雨衣推薦</a></li><li><a>停車格被佔用怎麼辦</a></li></ul></div><div class="sc-1a2b3c-2"><p>用 App 看更多熱門文章</p><img src="qr.png"><p>掃描 QR Code 下載 Dcard</p></div><div class="sc-1a2b3c-3"><a>服務條款</a> · <a>隱私權政策</a> · <a>常見問題</a><p>© 2025 Dcard Demo Taiwan Ltd.</p></div></aside>
</div></div></div>
<div class="sc-cookie-0 zYxWvU">我們使用 Cookie 來改善您的體驗，繼續瀏覽即表示您同意我們的隱私權政策。<button>我知道了</button></div>
</body>
</html>
"""))

PAGES.append(("univ_news_rice_husk", r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="utf-8">
<title>國立中和科技大學 - 校園新聞 - 本校團隊以稻殼研發生質包材 獲國際發明展金牌</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/header.jpg" width="980" height="120" alt="國立中和科技大學"></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="32"><font color="#FFFFFF" size="2"><a href="#"><font color="#FFFFFF">首頁</font></a>｜<a href="#"><font color="#FFFFFF">認識中和</font></a>｜<a href="#"><font color="#FFFFFF">行政單位</font></a>｜<a href="#"><font color="#FFFFFF">學術單位</font></a>｜<a href="#"><font color="#FFFFFF">招生資訊</font></a>｜<a href="#"><font color="#FFFFFF">English</font></a>｜<a href="#"><font color="#FFFFFF">網站地圖</font></a></font></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F0F4F8"><table width="100%" cellpadding="6"><tr><td><b>最新消息</b></td></tr><tr><td><a href="#">校園新聞</a></td></tr><tr><td><a href="#">活動公告</a></td></tr><tr><td><a href="#">徵才公告</a></td></tr><tr><td><a href="#">獎學金公告</a></td></tr><tr><td><a href="#">新聞稿下載</a></td></tr></table></td>
<td width="780" valign="top" style="padding:15px">
<font size="2" color="#666666">目前位置：首頁 &gt; 最新消息 &gt; 校園新聞</font>
<table width="100%" border="0" cellpadding="5">
<tr><td><font size="5" color="#003366"><b>⟪本校團隊以稻殼研發生質包材 獲國際發明展金牌⟫</b></font></td></tr>
<tr><td><font size="2" color="#999999">發布單位：秘書室公共事務組　發布日期：2025-05-28　點閱次數：1,327</font></td></tr>
<tr><td><font size="3">
⟪本校材料工程系陳怡君教授帶領的研究團隊，以農業廢棄的稻殼為原料，研發出可完全分解的生質緩衝包材，日前在國際發明展中從三十多國、九百餘件作品中脫穎而出，獲得金牌肯定。⟫<br><br>
<img src="/upload/news/2025/0528_1.jpg" width="500"><br><font size="2" color="#666666">研究團隊展示稻殼包材成品。</font><br><br>
⟪陳怡君教授表示，台灣每年產生的稻殼超過二十萬公噸，多半被焚燒或低價出售。團隊將稻殼磨粉後與天然黏合劑混合，以模具熱壓成型，製成的包材強度與常見的發泡塑膠相近，掩埋後約九十天可分解。⟫<br><br>
⟪參與研究的碩士生林冠宇說，最困難的是控制含水率，太乾容易碎裂，太濕又會發霉，團隊前後試了兩百多種配方才找到合適比例。目前已有兩家電子廠商表達合作意願，希望用來取代產品運送時使用的塑膠緩衝材。⟫<br><br>
⟪校長黃志明表示，這項成果結合了農業循環與減塑需求，是本校推動永續研究的重要里程碑，學校將協助團隊申請專利並洽談技術移轉。⟫
</font></td></tr>
<tr><td><font size="2">相關連結：<a href="#">材料工程系網站</a></font></td></tr>
<tr><td align="right"><a href="#">回上頁</a>｜<a href="javascript:print()">友善列印</a>｜<a href="#">分享到Facebook</a></td></tr>
</table>
</td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center" height="70"><font color="#FFFFFF" size="2">國立中和科技大學　地址：23561 新北市中和區學府路一段100號　電話：(02)2222-0000<br>Copyright © 2025 National Zhonghe University of Science and Technology. All Rights Reserved.　建議瀏覽解析度1024×768</font></td></tr>
</table>
</body>
</html>
"""))

if __name__ == "__main__":
    write_all("zh-Hant", PAGES)
