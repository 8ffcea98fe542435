from common import C, spans, write
L = "zh-Hant"

def ptt():
    c = C()
    t = c.h("[心得] 第一次一個人去花蓮騎單車環海")
    # headline on PTT is the title value in the header; body is inside #main-content as raw text
    body_lines = ["上個月請了三天假，一個人帶著折疊車搭火車到花蓮，從七星潭一路騎到石梯坪，", "想說記錄一下給之後想去的板友參考。",
                  None,
                  "第一天下午到花蓮車站，先騎到七星潭看海。那天風很大，浪一波一波打上礫石灘，", "聲音真的很療癒。晚上住在市區的背包客棧，一晚六百塊，老闆人很好還借我打氣筒。",
                  None,
                  "第二天是重頭戲，沿著台十一線往南騎。前半段幾乎都是平路，右邊是海岸山脈，", "左邊是太平洋，一路上都想停下來拍照。過了芭崎眺望台之後開始有上下坡，", "大概騎到中午就在路邊的小吃店吃了一碗很好吃的鬼頭刀魚湯。",
                  None,
                  "第三天早上騎到石梯坪，看完日出就搭客運回花蓮市區，再坐火車回台北。", "三天下來總共騎了大約一百一十公里，腿雖然很痠，但非常值得。",
                  None,
                  "小提醒：台十一線有些路段路肩很窄，大卡車又多，一定要穿亮色衣服、裝後燈。"]
    # expected: paragraphs separated by blank lines; each paragraph joined as one line
    paras, cur = [], []
    for l in body_lines + [None]:
        if l is None:
            if cur: paras.append("".join(cur)); cur = []
        else: cur.append(l)
    for p in paras: c.p(p)
    import html as H
    raw = "\n".join("" if l is None else H.escape(l) for l in body_lines)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>[心得] 第一次一個人去花蓮騎單車環海 - 看板 Bicycle - 批踢踢實業坊</title>
<meta property="og:title" content="[心得] 第一次一個人去花蓮騎單車環海"><meta property="og:description" content="上個月請了三天假，一個人帶著折疊車搭火車到花蓮">
<link rel="stylesheet" href="//images.example.tw/bbs/v2.27/bbs-common.css"></head><body>
<div id="topbar-container"><div id="topbar" class="bbs-content"><a id="logo" href="/bbs/">批踢踢實業坊</a><span>›</span><a class="board" href="/bbs/Bicycle/index.html"><span class="board-label">看板 </span>Bicycle</a><a class="right small" href="/about.html">關於我們</a><a class="right small" href="/contact.html">聯絡資訊</a></div></div>
<div id="navigation-container"><div id="navigation" class="bbs-content"><a class="board" href="/bbs/Bicycle/index.html">返回看板</a><div class="bar"></div><div class="share"><span>分享</span><div class="fb-like"></div></div></div></div>
<div id="main-container"><div id="main-content" class="bbs-screen bbs-content"><div class="article-metaline"><span class="article-meta-tag">作者</span><span class="article-meta-value">windrider (風之子)</span></div><div class="article-metaline-right"><span class="article-meta-tag">看板</span><span class="article-meta-value">Bicycle</span></div><div class="article-metaline"><span class="article-meta-tag">標題</span><span class="article-meta-value">{t}</span></div><div class="article-metaline"><span class="article-meta-tag">時間</span><span class="article-meta-value">Sun Apr 13 21:04:51 2025</span></div>
{raw}

--
<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 111.250.33.12 (臺灣)
</span><span class="f2">※ 文章網址: <a href="https://www.example.tw/bbs/Bicycle/M.1744549493.A.3F1.html" target="_blank" rel="noopener noreferrer nofollow">https://www.example.tw/bbs/Bicycle/M.1744549493.A.3F1.html</a>
</span><div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">tako0315</span><span class="f3 push-content">: 鬼頭刀魚湯真的好喝</span><span class="push-ipdatetime"> 04/13 21:10
</span></div><div class="push"><span class="f1 hl push-tag">→ </span><span class="f3 hl push-userid">biker88</span><span class="f3 push-content">: 台十一線大卡車真的要小心</span><span class="push-ipdatetime"> 04/13 21:32
</span></div><div class="push"><span class="hl push-tag">推 </span><span class="f3 hl push-userid">lulu2</span><span class="f3 push-content">: 感謝分享 收藏了</span><span class="push-ipdatetime"> 04/14 08:02
</span></div></div>
<div id="article-polling" data-pollurl="/poll/Bicycle/M.1744549493.A.3F1.html?cacheKey=2104-1&amp;offset=2873" data-longpollurl="/v1/longpoll?id=abc" data-offset="2873"></div></div>
<script>(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');</script>
</body></html>"""
    write(L, "ptt_hualien_bike", html, c)

def tw_news():
    c = C()
    t = c.h("北市老公寓屋頂種菜成風潮 社區綠屋頂降溫效果顯著")
    ps = ["夏天將至，台北市不少老公寓的屋頂悄悄變成了菜園。市府推動的「田園城市」計畫已邁入第十年，目前全市登記的社區綠屋頂超過三百處，其中近半數位在屋齡三十年以上的公寓。",
          "位於大安區的一棟五層樓公寓，住戶們三年前合力清理了堆滿雜物的頂樓，用回收木箱搭起菜圃，種植地瓜葉、空心菜和各種香草。主委林先生說，以前頂樓夏天熱到不能上去，現在傍晚大家會上來澆水聊天，鄰居感情反而變好了。",
          "根據大學研究團隊的實測，綠屋頂在盛夏午後可讓頂樓樓板表面溫度降低攝氏十度以上，頂樓住戶的冷氣用電也明顯減少。",
          "不過專家也提醒，屋頂種菜前應先評估結構載重與防水狀況，盆器宜選用輕量介質，並避免堵塞排水孔，以免颱風季節積水滲漏。",
          "市府表示，今年將持續提供土壤、種苗與技術輔導，有意參加的社區可向各區公所洽詢。"]
    parts = []
    for i, x in enumerate(ps):
        parts.append(f"<p>{c.p(x)}</p>")
        if i == 0:
            parts.append('<figure class="photo_center"><a href="#"><img data-src="https://pgw.example.tw/photo/1.jpg" class="lazyload" alt=""></a><figcaption>大安區一處老公寓屋頂菜園。記者陳怡君／攝影</figcaption></figure>')
        if i == 1:
            parts.append('<div class="ad-in-article"><div id="div-gpt-ad-1573"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1573");});</script></div><p class="ad-label">Advertisement</p></div>')
        if i == 2:
            parts.append('<p><strong>延伸閱讀</strong></p><ul class="story-list"><li><a href="#">熱浪來襲 台北連續五天飆破三十六度</a></li><li><a href="#">綠建築標章新制上路 老屋也能申請</a></li></ul>')
    html = f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>北市老公寓屋頂種菜成風潮 社區綠屋頂降溫效果顯著 | 生活 | 聯晚新聞網</title>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"北市老公寓屋頂種菜成風潮 社區綠屋頂降溫效果顯著","author":{{"@type":"Person","name":"陳怡君"}},"datePublished":"2025-05-06T14:22:00+08:00","articleBody":"夏天將至，台北市不少老公寓的屋頂悄悄變成了菜園……"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"cate":"生活","sub":"環境","story_id":8723311}});</script></head><body>
<header class="header"><div class="header-logo"><a href="/">聯晚新聞網</a></div><nav class="navigation"><a>即時</a><a>要聞</a><a>娛樂</a><a>運動</a><a>全球</a><a>社會</a><a>地方</a><a>產經</a><a>股市</a><a>生活</a></nav><div class="header-member"><a>登入</a><a>訂閱</a></div></header>
<div class="wrapper"><main class="main-content"><div class="breadcrumb"><a>首頁</a> / <a>生活</a> / <a>環境</a></div>
<section class="article-content"><h1 class="article-content__title">{t}</h1>
<div class="article-content__info"><section class="authors"><span class="article-content__author"><a>聯晚記者陳怡君</a>／台北報導</span><time class="article-content__time">2025-05-06 14:22</time></section><div class="article-content__share"><a>分享</a><a>Line</a><a>Facebook</a></div></div>
<div class="article-content__editor" itemprop="articleBody"><section class="article-content__paragraph"><div class="article-content__editor ">
{chr(10).join(parts)}
</div></section></div>
<div class="keywords"><a>#綠屋頂</a> <a>#田園城市</a> <a>#老公寓</a></div>
<div class="article-content__subscribe">贊助支持優質新聞 <a>立即贊助</a></div>
</section>
<section class="related-news"><h2>推薦文章</h2><ul><li>颱風假怎麼放？人事總處說明</li><li>本週天氣：梅雨鋒面報到</li></ul></section></main>
<aside class="sidebar"><h3>熱門新聞</h3><ol><li>捷運新路線通車首日人潮湧現</li><li>夜市小吃漲價 消費者有感</li></ol></aside></div>
<footer class="footer"><p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p><p>© 2025 聯晚新聞網 版權所有</p></footer></body></html>"""
    write(L, "tw_news_rooftop", html, c)

def hk_gov():
    c = C()
    t = c.h("政府推出長者數碼外展計劃第三期")
    ps = ["政府資訊科技總監辦公室今日（四月二十三日）宣布，長者數碼外展計劃第三期將於五月起推行，為居於社區的長者提供上門及小組形式的數碼技能培訓。",
          "政府發言人表示，隨着越來越多公共服務轉為網上辦理，長者掌握基本數碼技能的需要日益迫切。第三期計劃將由十二間非政府機構負責執行，預計在兩年內接觸約二萬名長者，較上一期增加約三成。",
          "培訓內容包括使用智能手機進行視像通話、網上預約醫療服務、電子支付及辨識網上詐騙等。參加者完成課程後，如有需要，可透過計劃借用平板電腦，為期三個月。",
          "發言人補充，計劃亦會招募及培訓年輕義工，以一對一方式陪伴長者練習，促進跨代交流。",
          "有興趣參加的長者或其家人可致電計劃熱線或瀏覽計劃網頁查詢詳情。"]
    body = "<br>\n".join(f"　　{c.p(x)}<br>" for x in ps)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>政府推出長者數碼外展計劃第三期</title>
<link rel="stylesheet" href="/css/press.css"><script src="/js/common.js"></script></head>
<body bgcolor="#FFFFFF"><a href="#content" class="skip">跳至內容</a>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><img src="/images/header_tc.gif" alt="香港特別行政區政府 新聞公報"></td></tr>
<tr><td class="topnav"><a href="/">主頁</a> | <a href="/eng/">English</a> | <a href="/sc/">简体版</a> | <a href="#">新聞公報</a> | <a href="#">網站指南</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="170" valign="top" class="leftnav"><ul><li><a href="#">今日新聞</a></li><li><a href="#">新聞公報檔案</a></li><li><a href="#">政府新聞處</a></li></ul></td>
<td valign="top"><a name="content"></a>
<span id="PRHeadlineSpan" style="font-weight:bold;font-size:16px">{t}</span><br><br>
<span id="pressrelease" class="fontSize1">{body}
<br>完<br><br>2025年4月23日（星期三）<br>香港時間15時30分</span>
<div class="mB15 noprint"><a href="javascript:window.print()">列印此頁</a> <a href="#">電郵此頁</a> <a href="#">分享至</a></div>
</td></tr></table>
<table width="100%" class="footer"><tr><td>2025 <a href="#">版權所有</a> | <a href="#">重要告示</a> | <a href="#">私隱政策</a> | <a href="#">無障礙聲明</a><br>修訂日期：2025年4月23日</td></tr></table>
</body></html>"""
    write(L, "hk_gov_press_elderly", html, c)

def wiki():
    c = C()
    t = c.h("鹿港龍山寺")
    lead = c.p("鹿港龍山寺位於台灣彰化縣鹿港鎮，主祀觀世音菩薩，是台灣現存規模最大、保存最完整的清代寺廟建築之一，現為國定古蹟。^[1]")
    infobox = """<table class="infobox vcard" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">鹿港龍山寺</th></tr><tr><td colspan="2"><img src="//upload.example.org/Lukang.jpg" width="250"><div>龍山寺山門</div></td></tr><tr><th>位置</th><td>彰化縣鹿港鎮</td></tr><tr><th>宗教</th><td>佛教</td></tr><tr><th>主祀</th><td>觀世音菩薩</td></tr><tr><th>建立</th><td>1786年（遷建）</td></tr><tr><th>古蹟等級</th><td>國定古蹟</td></tr></tbody></table>"""
    toc = """<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">目次</h2></div><ul><li class="toclevel-1"><a href="#歷史"><span class="tocnumber">1</span> <span class="toctext">歷史</span></a></li><li class="toclevel-1"><a href="#建築"><span class="tocnumber">2</span> <span class="toctext">建築</span></a></li><li class="toclevel-1"><a href="#參考資料"><span class="tocnumber">3</span> <span class="toctext">參考資料</span></a></li></ul></div>"""
    def h2(x):
        return f'<div class="mw-heading mw-heading2"><h2 id="{x}">{c.h(x)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">編輯</a><span class="mw-editsection-bracket">]</span></span></div>'
    body = "\n".join([
        h2("歷史"),
        f"<p>{c.p('龍山寺最初於明末清初建於鹿港暗街仔，乾隆五十一年遷建至現址。道光年間曾進行大規模修建，奠定今日的格局。^[2]')}</p>",
        f"<p>{c.p('1999年九二一大地震中，寺內多處建築受損，經數年修復後於2008年重新開放。')}</p>",
        h2("建築"),
        f"<p>{c.p('寺廟坐東朝西，為三進二院的格局，由山門、五門殿、正殿及後殿組成。五門殿內的八卦藻井以榫卯方式層層疊組，不用一根鐵釘，被譽為台灣藻井藝術的代表作。')}</p>",
        f"<p>{c.p('戲台位於五門殿後方，與藻井相連，石雕、木雕及彩繪多出自清代匠師之手。')}</p>",
    ])
    refs = """<div class="mw-heading mw-heading2"><h2 id="參考資料">參考資料</h2><span class="mw-editsection">[<a>編輯</a>]</span></div><div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">文化部文化資產局．鹿港龍山寺．國家文化資產網．</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span> <span class="reference-text">李乾朗．《台灣古建築圖解事典》．遠流出版．2003年．</span></li></ol></div>
<div class="navbox"><table><tr><th>彰化縣國定古蹟</th></tr><tr><td><a>彰化孔子廟</a> · <a>鹿港龍山寺</a> · <a>鹿港天后宮</a></td></tr></table></div>"""
    html = f"""<!DOCTYPE html><html class="client-nojs" lang="zh-Hant-TW" dir="ltr"><head><meta charset="UTF-8"><title>鹿港龍山寺 - 維基百科，自由的百科全書</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"鹿港龍山寺","wgTitle":"鹿港龍山寺","wgUserLanguage":"zh-tw"}};</script></head>
<body class="mediawiki skin-vector-2022"><a class="mw-jump-link" href="#bodyContent">跳至內容</a>
<div class="vector-header-container"><header class="vector-header"><div class="vector-main-menu">主選單<ul><li>首頁</li><li>分類索引</li><li>特色內容</li><li>新聞動態</li><li>隨機條目</li></ul></div><a class="mw-logo" href="/">維基百科 自由的百科全書</a><div id="p-search"><input placeholder="搜尋維基百科"></div><nav class="vector-user-links"><a>建立帳號</a><a>登入</a></nav></header></div>
<div class="mw-page-container"><main id="content" class="mw-body"><header class="mw-body-header"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{t}</span></h1><div class="vector-page-toolbar"><a>條目</a><a>討論</a><a>閱讀</a><a>編輯</a><a>檢視歷史</a></div></header>
<div id="bodyContent" class="vector-body"><div id="siteSub">維基百科，自由的百科全書</div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="zh-Hant-TW" dir="ltr">
{infobox}
<p><b>{lead}</b></p>
{toc}
{body}
{refs}
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a>分類</a>：<ul><li><a>彰化縣佛寺</a></li><li><a>鹿港鎮</a></li><li><a>國定古蹟</a></li></ul></div></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> 本頁面最後修訂於2025年3月2日 (星期日) 10:14。</li><li id="footer-info-copyright">本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議之條款下提供</li></ul><ul id="footer-places"><li>隱私政策</li><li>關於維基百科</li><li>免責聲明</li></ul></footer></body></html>"""
    write(L, "wiki_lukang_longshan", html, c)

def pixnet_recipe():
    c = C()
    t = c.h("【食譜】電鍋就能做！古早味蘿蔔糕")
    pre = ["過年前一定要做一盤蘿蔔糕，今年試了用電鍋蒸，結果比瓦斯爐還方便，外鍋放水按下去就可以去忙別的事了～"]
    ing_h = "★材料"
    ings = ["白蘿蔔 1條（約1200克）", "在來米粉 300克", "水 400毫升", "蝦米 20克", "乾香菇 4朵", "紅蔥頭 5瓣", "鹽 1小匙、白胡椒粉 少許"]
    step_h = "★作法"
    steps = ["1. 蘿蔔去皮刨成粗絲，蝦米與香菇泡軟切丁，紅蔥頭切片。", "2. 熱鍋爆香紅蔥頭，加入蝦米、香菇炒香後盛起。", "3. 蘿蔔絲下鍋加少許水煮到透明軟化，加入鹽和胡椒調味。", "4. 在來米粉與水攪拌均勻，倒入蘿蔔絲中快速拌成糊狀，再拌入炒好的配料。", "5. 倒入抹油的容器，放進電鍋，外鍋加兩杯水蒸熟，放涼後再切塊。"]
    post = ["放涼冷藏一晚會更好切，煎到兩面焦香沾醬油膏，家人都說比外面買的還好吃！"]
    seg = []
    seg.append("<br>".join(spans(c.p(x), 3) for x in pre))
    seg.append('<br><br><div class="pixnet-ad"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1234"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
    seg.append(f'<br><span style="color:#ff6600;font-size:18px"><strong>{c.h(ing_h)}</strong></span><br>')
    seg.append("<br>".join(c.li(x) for x in ings))
    seg.append(f'<br><br><img src="https://pic.example.net/ing.jpg" title="蘿蔔糕材料" alt="蘿蔔糕材料"><br><br><span style="color:#ff6600;font-size:18px"><strong>{c.h(step_h)}</strong></span><br>')
    seg.append("<br>".join(c.li(x) for x in steps))
    seg.append(f'<br><br><img src="https://pic.example.net/done.jpg" alt=""><br><br>{c.p(post[0])}<br><br>')
    seg.append('<span style="font-size:12px;color:#999">＊本文同步發表於 阿蓮的廚房 粉絲頁，歡迎按讚追蹤＊</span>')
    inner = "".join(seg)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>【食譜】電鍋就能做！古早味蘿蔔糕 @ 阿蓮的廚房 :: 痞客邦 ::</title>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
<script>window.PIX = {{blogId: 'alian', articleId: 8812334}}; var _gaq = _gaq || [];</script></head><body>
<div id="pixnet-navbar"><a>痞客邦</a> <a>首頁</a> <a>部落格</a> <a>活動</a> <a>登入</a></div>
<div id="container"><div id="banner"><h1><a href="/">阿蓮的廚房</a></h1><h2>簡單家常菜，天天開伙不煩惱</h2></div>
<div id="main"><div id="content"><div class="article" id="article-8812334"><ul class="article-head"><li class="publish"><span class="month">Jan</span><span class="date">18</span><span class="year">2025</span></li><li class="title" data-article-link="#"><h2><a href="#">{t}</a></h2></li><li class="refer"><a>食譜分享</a></li></ul>
<div class="article-body"><div class="article-content"><div class="article-content-inner" id="article-content-inner">{inner}</div></div>
<div class="tag__main"><span>文章標籤</span><a>蘿蔔糕</a><a>電鍋料理</a><a>年菜</a></div>
<div class="author-profile"><img src="/avatar.jpg"><p>阿蓮 發表在 痞客邦 留言(12) 人氣(33,201)</p></div></div>
<div class="article-footer"><ul class="refer"><li>上一篇：<a>氣炸鍋烤雞翅</a></li><li>下一篇：<a>紅豆年糕</a></li></ul></div>
<div id="comments"><h3>留言列表</h3><div class="single-post"><span>小美</span><p>請問在來米粉可以換成糯米粉嗎？</p></div></div></div></div>
<div id="links"><div class="box"><h3>文章分類</h3><ul><li>家常菜 (120)</li><li>甜點 (48)</li><li>年菜 (23)</li></ul></div><div class="box"><h3>熱門文章</h3><ul><li>三杯雞</li><li>滷肉飯</li></ul></div></div></div></div>
<div id="footer">Copyright © 2003 - 2025 PIXNET Digital Media Corporation. All rights reserved.</div></body></html>"""
    write(L, "pixnet_turnip_cake", html, c)

def mobile01():
    c = C()
    t = c.h("請問大家的洗碗機都怎麼選？小家庭六人份夠用嗎")
    posts = [("阿凱爸", "#1", ["家裡三個人，廚房空間不大，最近想買一台洗碗機。看了好幾款，有六人份檯面式，也有十二人份嵌入式。", "想請問有在用的大大們，六人份對三口之家來說會不會太小？另外需要特別注意哪些功能？"]),
             ("鍋碗瓢盆", "#2", ["我家也是三人，用六人份檯面式兩年了。每天晚餐後洗一次剛好，但如果有炒鍋就放不下，要另外手洗。", "建議一定要選有烘乾功能的，不然碗盤拿出來還是濕的。"]),
             ("Nick_T", "#3", ["如果之後有計畫換廚具，直接上嵌入式比較好，容量大，而且可以一天洗一次就好，比較省水省電。"]),
             ("阿凱爸", "#4", ["謝謝兩位，看來還是先量一下櫥櫃尺寸，能嵌就嵌，不行再考慮檯面式。"])]
    out = []
    for i, (u, f, ps) in enumerate(posts):
        body = "<br />\n".join(c.p(x) for x in ps)
        out.append(f"""<article class="l-navigation__item"><div class="l-articlePage"><div class="l-articlePage__author"><div class="c-authorInfo"><a class="c-link c-link--gn">{u}</a><span class="o-fNotes">Lv.{3+i}</span></div></div>
<div class="l-articlePage__publish"><div class="l-publishArea"><div class="l-navigation"><span class="o-fNotes o-fSubMini">2025-02-0{i+1} 20:1{i}</span><span class="o-fNotes o-fSubMini">{f}</span></div>
<div class="u-gapNextV--lg"><div itemprop="articleBody">{body}</div></div>
<div class="l-toolBar"><a class="c-iconLink">引言回覆</a><a class="c-iconLink">檢舉</a><a class="c-iconLink">分享</a><span>0</span></div></div></div></div></article>""")
    html = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>請問大家的洗碗機都怎麼選？小家庭六人份夠用嗎 - Mobile02</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"請問大家的洗碗機都怎麼選？","interactionStatistic":{{"userInteractionCount":4}}}}</script></head><body>
<header class="l-header"><div class="l-header__logo">Mobile02</div><nav><a>手機</a><a>汽車</a><a>機車</a><a>電腦</a><a>相機</a><a>居家</a><a>生活</a><a>運動</a></nav><div><a>登入</a><a>註冊</a></div></header>
<div class="l-content"><div class="c-breadCrumb"><a>首頁</a> &gt; <a>居家</a> &gt; <a>家電</a></div>
<div class="l-heading"><div class="l-heading__title"><h1 class="t2">{t}</h1></div><div class="l-heading__info"><span>瀏覽 5,833</span><span>回覆 3</span></div></div>
<div class="l-docking"><div class="l-docking__body">
{out[0]}
<div class="c-ad"><div class="c-ad__label">廣告</div><div id="div-gpt-ad-m01"></div></div>
{chr(10).join(out[1:])}
</div></div>
<div class="l-pagination"><a>1</a></div><div class="c-reply"><a>我要回覆</a></div>
<div class="l-related"><h2>相關文章</h2><ul><li>洗碗機真的洗得乾淨嗎</li><li>嵌入式洗碗機安裝心得</li></ul></div></div>
<footer class="l-footer">關於我們 | 服務條款 | 隱私權政策 | 聯絡我們<br>© 2025 Mobile02 All rights reserved.</footer></body></html>"""
    write(L, "mobile01_dishwasher", html, c)

def amp_travel():
    c = C()
    t = c.h("澳門一日散步路線：從大三巴到路環漁村")
    blocks = [("p", "很多人去澳門只在賭場和購物中心之間打轉，其實只要一雙好走的鞋，就能在一天內看盡這座城市的不同面貌。"),
              ("h", "上午：大三巴與老城區"),
              ("p", "早上八點前到大三巴牌坊，遊客還不多，可以好好欣賞牌坊上的雕刻。之後沿著戀愛巷往下走，途經玫瑰堂、議事亭前地，順道在街邊茶餐廳吃一份豬扒包當早午餐。"),
              ("h", "中午：氹仔官也街"),
              ("p", "搭公車到氹仔，官也街兩旁是各式手信店與小食攤，杏仁餅和木糠布甸都值得一試。逛完可走到龍環葡韻，欣賞一排淡綠色的葡式住宅。"),
              ("h", "下午：路環漁村"),
              ("p", "最後前往路環，這裡節奏最慢。聖方濟各聖堂前的小廣場很適合坐下來休息，旁邊的老店蛋撻剛出爐時外皮酥脆，是一天最好的結尾。")]
    out = []
    for k, x in blocks:
        if k == "p":
            out.append(f"<p>{c.p(x)}</p>")
        else:
            out.append(f'<h2 class="i-amphtml-sizer-heading">{c.h(x)}</h2><amp-img src="https://cdn.example.hk/img/{len(out)}.jpg" width="800" height="533" layout="responsive" alt="澳門街景"><noscript><img src="https://cdn.example.hk/img/{len(out)}.jpg"></noscript></amp-img><p class="caption">攝影：編輯部</p>')
    out.insert(4, '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/travel/inarticle"><div placeholder>廣告</div><div fallback>廣告載入中</div></amp-ad>')
    html = f"""<!doctype html><html ⚡ lang="zh-Hant"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script><script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>澳門一日散步路線：從大三巴到路環漁村｜旅遊｜港生活</title><link rel="canonical" href="https://travel.example.hk/article/20250311/macau-walk">
<meta name="viewport" content="width=device-width"><style amp-custom>body{{font-family:sans-serif}}.caption{{font-size:12px;color:#888}}</style><style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"澳門一日散步路線","author":{{"name":"港生活編輯部"}}}}</script></head>
<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li>首頁</li><li>飲食</li><li>旅遊</li><li>好去處</li><li>生活</li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/">港生活</a></header>
<article class="amp-article"><div class="amp-category">旅遊</div><h1 class="amp-title">{t}</h1><div class="amp-meta"><span>撰文：港生活編輯部</span> <time>2025-03-11</time></div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share>
<div class="amp-body">
{chr(10).join(out)}
</div>
<div class="amp-tags"><a>#澳門</a><a>#一日遊</a><a>#散步路線</a></div></article>
<section class="amp-related"><h3>你可能感興趣</h3><ul><li>香港十大行山徑</li><li>台南古蹟巡禮</li></ul></section>
<footer class="amp-footer">© 2025 港生活 版權所有 <a>私隱政策</a> <a>使用條款</a></footer></body></html>"""
    write(L, "amp_macau_walk", html, c)

def product():
    c = C()
    t = c.h("【拓野】超輕量雙人登山帳篷 DAC鋁合金營柱 防水係數3000mm")
    d = ["帳篷整體重量僅1.35公斤，採用雙門雙前庭設計，兩人進出互不干擾，前庭空間可放置背包與登山鞋。",
         "外帳使用矽膠塗層尼龍布，耐水壓達3000毫米，搭配全罩式外帳，大雨中也能保持內帳乾爽。",
         "內帳頂部採大面積網紗，通風良好，夏季減少悶熱與結露；帳篷四角附反光營繩，夜間回營地也容易辨識。"]
    rows = [["品牌", "拓野"], ["型號", "TY-UL2"], ["適用人數", "2人"], ["總重量", "1.35公斤"], ["收納尺寸", "43×15公分"], ["營柱材質", "DAC鋁合金"], ["產地", "台灣"]]
    body = "".join(f'<div class="desc-txt">{c.p(x)}</div><div class="desc-img"><img data-original="https://img.example.tw/g/{i}.jpg" class="lazy"></div>' for i, x in enumerate(d))
    sh = c.h("商品規格")
    spec = "".join(f'<li><span class="k">{a}</span>\t<span class="v">{b}</span></li>' for a, b in (c.tr(r) for r in rows))
    html = f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>【拓野】超輕量雙人登山帳篷 DAC鋁合金營柱 防水係數3000mm - momu購物網</title>
<script>var _goodsInfo = {{"goodsCode":"11223344","price":5980,"category":"戶外/帳篷"}};</script></head><body>
<div class="topArea"><a>momu購物網</a><input placeholder="搜尋 帳篷"><a>會員中心</a><a>購物車(0)</a></div>
<div class="bt_2_layout"><ul><li>3C</li><li>家電</li><li>美妝</li><li>運動戶外</li><li>食品</li></ul></div>
<div id="bt_2_layout_b"><div class="prdnoteArea"><h1 class="goods_name">{t}</h1>
<ul class="prdPrice"><li class="special"><span>促銷價</span><b>5,980</b>元</li><li><span>折扣後</span><b>5,580</b>元</li></ul>
<div class="vendordetailview"><p>商品編號：11223344</p><p>配送：宅配到府 24h到貨</p></div><div class="buyBtn"><a>放入購物車</a><a>立即購買</a></div></div>
<div class="tabArea"><ul><li class="selected">商品特色</li><li>商品規格</li><li>退換貨說明</li></ul></div>
<div class="vendordetailview specification"><div class="descArea">{body}</div>
<div class="attributesArea"><h3>{sh}</h3><ul class="attributesListArea">{spec}</ul></div></div>
<div class="goodsCommendArea"><h3>買了此商品的人也買了</h3><ul><li>登山睡墊 1,280元</li><li>輕量睡袋 3,480元</li></ul></div>
<div class="returnArea"><h3>退換貨說明</h3><p>鑑賞期非試用期，若您需要辦理退貨，商品必須保持原狀。</p></div></div>
<div class="footer">客服中心 | 隱私權政策 | 服務條款 © momu購物網</div></body></html>"""
    write(L, "product_tent", html, c)

for f in [ptt, tw_news, hk_gov, wiki, pixnet_recipe, mobile01, amp_travel, product]:
    f()
