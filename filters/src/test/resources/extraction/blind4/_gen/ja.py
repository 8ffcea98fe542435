"""blind4 ja pages. Run: python3 -B ja.py"""
from common import write_all

PAGES = []

PAGES.append(("nhk_news_snow", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>北陸で大雪 鉄道の運休相次ぐ あすにかけ交通影響に警戒 | NHKK | 気象</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/news/common/css/news.css?v=2025">
</head>
<body>
<div id="nhk-header"><div class="nhk-header-inner"><a class="nhk-logo">NHKK</a><ul class="gnav"><li><a>ニュース</a></li><li><a>天気</a></li><li><a>番組表</a></li><li><a>プラス</a></li></ul><a class="login">ログイン</a></div></div>
<div id="news-header"><ul class="news-nav"><li><a>トップ</a></li><li><a>社会</a></li><li><a>気象・災害</a></li><li><a>科学・文化</a></li><li><a>政治</a></li><li><a>ビジネス</a></li><li><a>国際</a></li><li><a>スポーツ</a></li><li><a>暮らし</a></li><li><a>地域</a></li></ul></div>
<main id="main" class="content--detail"><div class="module module--detail">
<section class="module--content"><header class="content--header"><h1 class="content--title"><span>⟪北陸で大雪 鉄道の運休相次ぐ あすにかけ交通影響に警戒⟫</span></h1><p class="content--date"><time datetime="2025-01-21T12:05">2025年1月21日 12時05分</time></p><ul class="content--items"><li><a>気象</a></li><li><a>富山県</a></li><li><a>石川県</a></li></ul></header>
<div class="content--share"><a>X</a><a>Facebook</a><a>LINE</a><a>URLをコピー</a></div>
<div class="content--detail-body">
<p class="content--summary">⟪強い冬型の気圧配置の影響で、北陸では21日朝にかけて平地でも大雪となり、鉄道の運休や高速道路の通行止めが相次いでいます。気象台は、22日にかけて大雪による交通への影響に警戒するよう呼びかけています。⟫</p>
<figure class="content--thumb"><img src="/news/html/20250121/K10014700000_2501211205_0121120512_01_02.jpg"><figcaption>富山市内 21日午前8時ごろ</figcaption></figure>
<section class="content--body"><div class="body-title"><h2>⟪24時間の降雪量 平地で40センチ超も⟫</h2></div><div class="body-text"><p>⟪気象台によりますと、21日午前11時までの24時間に降った雪の量は、富山県砺波市で46センチ、石川県加賀市で38センチなどとなっています。⟫<br><br>⟪この影響で、在来線の一部区間では始発から運転を見合わせているほか、高速道路の一部区間でも通行止めとなっています。⟫</p></div></section>
<section class="content--body"><div class="body-title"><h2>⟪不要不急の外出控えて⟫</h2></div><div class="body-text"><p>⟪北陸では22日にかけて、さらに多いところで50センチの雪が降る見込みです。気象台は、車の立往生や路面の凍結に十分注意し、不要不急の外出は控えるよう呼びかけています。⟫<br><br>⟪また、屋根からの落雪や除雪作業中の事故にも注意が必要です。除雪作業はできるだけ複数の人で行い、命綱やヘルメットを着用するよう求めています。⟫</p></div></section>
</div>
<div class="content--related"><h3>関連ニュース</h3><ul><li><a>大雪で立往生 国道で車100台以上【1月20日】</a></li><li><a>雪下ろし中の事故相次ぐ 注意点は</a></li></ul></div>
<div class="content--bottom-links"><a>NHKKニュースアプリ</a><a>ご意見・お問い合わせ</a></div>
</section>
<aside class="module--aside"><h3>アクセスランキング</h3><ol><li><a>大学入学共通テスト 平均点の中間集計</a></li><li><a>円相場 値動き続く</a></li><li><a>インフルエンザ患者数 減少に転じる</a></li></ol></aside>
</div></main>
<footer id="nhk-footer"><ul><li><a>NHKKについて</a></li><li><a>受信料の窓口</a></li><li><a>サイトマップ</a></li></ul><p>Copyright NHKK (Nippon Hoso Kyokai Demo) All rights reserved. 許可なく転載することを禁じます。このページは受信料で制作しています。</p></footer>
</body>
</html>
"""))

PAGES.append(("hatena_blog_commute", r"""
<!DOCTYPE html>
<html lang="ja" data-admin-domain="//blog.hatena.example" data-page="entry">
<head prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb# article: http://ogp.me/ns/article#">
<meta charset="utf-8">
<title>自転車通勤を1年続けてわかったこと - ゆるゆる会社員の備忘録</title>
<link rel="stylesheet" type="text/css" href="https://cdn.blog.st-hatena.example/css/blog.css?version=b1c2">
</head>
<body class="page-entry header-image-enable enable-top-editarea">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" src="https://blog.hatena.example/api/header" frameborder="0" scrolling="no"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content"><h1 id="title"><a href="https://yuruyuru.hatenablog.example/">ゆるゆる会社員の備忘録</a></h1><h2 id="blog-description">30代会社員の生活ログ。節約、自転車、たまに読書。</h2></div></div></header>
<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-800 words-100 mode-markdown entry-odd" id="entry-1359">
<div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a rel="nofollow"><time datetime="2025-03-09T20:11:42+09:00"><span class="date-year">2025</span><span class="hyphen">-</span><span class="date-month">03</span><span class="hyphen">-</span><span class="date-day">09</span></time></a></div>
<h1 class="entry-title"><a href="https://yuruyuru.hatenablog.example/entry/2025/03/09/201142" class="entry-title-link bookmark">⟪自転車通勤を1年続けてわかったこと⟫</a></h1>
<div class="entry-categories categories"><a class="entry-category-link category-自転車">自転車</a><a class="entry-category-link category-節約">節約</a></div></header>
<div class="entry-content hatenablog-entry">
<p>⟪こんにちは、ゆるゆるです。去年の春から自転車通勤を始めて、ちょうど1年がたちました。片道8キロ、だいたい30分です。続けてみてわかったことをまとめておきます。⟫</p>
<h3 id="よかったこと">⟪よかったこと⟫</h3>
<ul><li>⟪定期代が年間で約7万円浮いた⟫</li><li>⟪満員電車のストレスがなくなった⟫</li><li>⟪体重が4キロ減った（食べる量は増えた）⟫</li></ul>
<h3 id="大変だったこと">⟪大変だったこと⟫</h3>
<p>⟪一番困ったのは雨の日です。最初はレインウェアで頑張っていましたが、梅雨の時期は職場に着くころには中までびしょぬれ。今は雨の日だけ電車にしています。無理しないのが長続きのコツだと思います。⟫</p>
<p>⟪それから、夏の汗問題。会社にシャワーがないので、着替えと汗ふきシートは必須です。⟫</p>
<h3 id="これから始める人へ">⟪これから始める人へ⟫</h3>
<p>⟪いきなり毎日ではなく、週2回くらいから始めるのがおすすめです。あと、ライトと鍵はケチらずにいいものを買いましょう。⟫</p>
<div class="hatena-asin-detail"><a><img src="https://m.media-amazon.example/images/light.jpg"></a><div class="hatena-asin-detail-info"><p class="hatena-asin-detail-title"><a>自転車用 LEDライト 充電式 800ルーメン</a></p><ul><li><span class="hatena-asin-detail-label">ブランド:</span> ブライトサイクル</li><li>Amazon</li></ul></div></div>
</div>
<div class="entry-footer-section"><div class="entry-tags-wrapper"></div><p class="entry-footer-section"><span class="author vcard"><span class="fn">yuruyuru</span></span> <a class="entry-see-more"><time>10日前</time></a></p><div class="social-buttons"><a class="hatena-bookmark-button">ブックマーク 42</a><a class="twitter-share-button">ポスト</a><a class="facebook-share-button">シェア</a><a class="line-it-button">LINEで送る</a></div>
<div class="hatena-star-container"><span class="hatena-star-add-button">☆</span><span class="hatena-star-star">★★★</span></div>
<div class="customized-footer"><p>▼ランキング参加中です。クリックしてもらえると励みになります！</p><a><img src="https://b.blogmura.example/banner.gif"></a></div></div>
<div class="comment-box js-comment-box"><ul class="comment js-comment"><li class="entry-comment"><p class="hatena-id-icon">id:pedal_man</p><p class="entry-comment-text">雨の日は電車、大事ですよね。うちも同じです。</p><p class="entry-comment-meta">2025/03/10 08:21</p></li></ul><a class="leave-comment-title">コメントを書く</a></div>
</div></article>
<div class="pager pager-permalink permalink"><span class="pager-prev"><a rel="prev">« 確定申告をe-Taxでやってみた</a></span><span class="pager-next"><a rel="next">100均の収納グッズで玄関を片付けた »</a></span></div>
</div></div></div>
<aside id="box2"><div id="box2-inner"><div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a class="profile-icon-link">id:yuruyuru</a><p>30代会社員。</p><a class="hatena-follow-button">読者になる</a></div></div><div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title">最新記事</div><ul><li><a>確定申告をe-Taxでやってみた</a></li><li><a>今月の家計簿</a></li></ul></div><div class="hatena-module hatena-module-archive"><div class="hatena-module-title">月別アーカイブ</div><ul><li><a>2025 (14)</a></li><li><a>2024 (51)</a></li></ul></div></div></aside>
</div></div>
<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a>ゆるゆる会社員の備忘録</a></address><p class="services">Powered by <a>Hatena Blog</a> | <a>ブログを報告する</a></p></div></footer>
</div></div>
</body>
</html>
"""))

PAGES.append(("matome_5ch_curry", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>【悲報】ワイ、カレーに入れる隠し味を迷いすぎて3時間経過 : ぶるぶる速報</title>
<link rel="stylesheet" href="https://parts.blog.livedoor.example/css/template.css">
</head>
<body>
<div id="header"><div class="header-inner"><h1 class="blog-title"><a>ぶるぶる速報</a></h1><p class="blog-description">2chの面白いスレをまとめてます</p></div></div>
<div id="content"><div id="main">
<div class="ad-head"><a>【PR】話題のアプリ、今なら無料でダウンロード</a></div>
<div class="article-outer hentry"><div class="article-header"><p class="article-date"><abbr class="updated">2025年02月02日 19:00</abbr></p>
<h2 class="article-title entry-title"><a>⟪【悲報】ワイ、カレーに入れる隠し味を迷いすぎて3時間経過⟫</a></h2>
<p class="article-category"><a>グルメ</a> | <a>なんJ</a></p></div>
<div class="article-body entry-content">
<div class="t_h">1: <span style="color:green;font-weight:bold;">風吹けば名無し</span> 2025/02/01(土) 17:42:11.08 ID:aB3kD9x0</div>
<div class="t_b" style="font-weight:bold;font-size:18px;color:#cc0000;">⟪チョコ、コーヒー、りんご、はちみつ、ソース<br>どれを入れたらええんや⟫</div><br><br>
<div class="t_h">3: <span style="color:green;font-weight:bold;">風吹けば名無し</span> 2025/02/01(土) 17:43:02.55 ID:Qw7yTn2a</div>
<div class="t_b">⟪全部入れろ⟫</div><br><br>
<div class="t_h">5: <span style="color:green;font-weight:bold;">風吹けば名無し</span> 2025/02/01(土) 17:44:19.31 ID:Lm0pXc8r</div>
<div class="t_b">⟪すりおろしたりんごとはちみつで甘口にして<br>食べる直前にインスタントコーヒーをひとさじや<br>これで店の味になる⟫</div><br><br>
<div class="ad-mid"><span>スポンサーリンク</span><div id="ad-rectangle"></div></div>
<div class="t_h">8: <span style="color:green;font-weight:bold;">風吹けば名無し</span> 2025/02/01(土) 17:46:40.90 ID:Zs4vBn6q</div>
<div class="t_b">⟪隠し味は一つか二つにしとけ<br>入れすぎると何の味か分からなくなるで⟫</div><br><br>
<div class="t_h">12: <span style="color:green;font-weight:bold;">風吹けば名無し</span> 2025/02/01(土) 17:49:05.12 ID:aB3kD9x0</div>
<div class="t_b" style="font-weight:bold;font-size:18px;color:#cc0000;">⟪⟮&gt;&gt;5<br>⟯ちょうど家にりんごあったからそれにするわ<br>サンガツ⟫</div><br><br>
<div class="t_h">15: <span style="color:green;font-weight:bold;">風吹けば名無し</span> 2025/02/01(土) 17:51:33.76 ID:Ty1uIo3p</div>
<div class="t_b">⟪というか3時間迷ってる間に煮込めたやろ⟫</div><br><br>
</div>
<div class="article-footer"><p class="article-footer-category">カテゴリ：<a>グルメ</a></p><div class="sns-share"><a>ツイート</a><a>はてブ</a><a>LINE</a></div></div>
<div class="related-articles"><p>オススメ記事</p><ul><li><a>【朗報】ワイ、ついに理想のチャーハンを完成させる</a></li><li><a>コンビニのおでん、いつの間にか消える</a></li><li><a>【画像】このラーメン、美味そうすぎる</a></li></ul></div>
<div id="comments"><h3>コメント</h3><ol><li><div class="comment-body">1. 名無しさん：隠し味はソース一択</div></li><li><div class="comment-body">2. 名無しさん：ヨーグルトも悪くないぞ</div></li></ol><form><textarea></textarea><input type="submit" value="コメントする"></form></div>
</div></div>
<div id="sub"><div class="sidebody"><h3>人気記事</h3><ol><li><a>【悲報】冷蔵庫の中身、ほぼ調味料</a></li><li><a>一人暮らしの自炊、結局カレーに落ち着く</a></li></ol></div><div class="sidebody"><h3>アンテナサイト</h3><ul><li><a>まとめアンテナ</a></li><li><a>2chまとめのまとめ</a></li></ul></div></div></div>
<div id="footer"><p>Copyright © ぶるぶる速報 All Rights Reserved.</p><p>当サイトに掲載されている画像等の著作権は各権利所有者に帰属します。</p></div>
</body>
</html>
"""))

PAGES.append(("rakuten_product_towel", r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta charset="utf-8">
<title>【楽店】今治産 ふわふわバスタオル 2枚セット 綿100% 日本製 ホテル仕様：タオルの森 本店</title>
<link rel="stylesheet" href="https://r.r10s.example/com/inc/navi/common/css/common.css">
</head>
<body>
<div id="rakutenLimitedId_header"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td><a><img src="https://r.r10s.example/com/img/logo.gif" alt="楽店市場"></a></td><td align="right"><font size="-1"><a>ログイン</a> | <a>会員登録</a> | <a>買い物かご</a> | <a>お気に入り</a> | <a>購入履歴</a></font></td></tr></table><form><input type="text" name="sitem" size="40"><input type="submit" value="検索"></form></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#6fa9c9"><font color="#ffffff" size="2"><b>&nbsp;タオルの森 本店</b>　｜ <a><font color="#ffffff">店舗トップ</font></a> ｜ <a><font color="#ffffff">バスタオル</font></a> ｜ <a><font color="#ffffff">フェイスタオル</font></a> ｜ <a><font color="#ffffff">ギフト</font></a> ｜ <a><font color="#ffffff">会社概要</font></a></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td><font size="-1"><a>楽店市場トップ</a> &gt; <a>インテリア・寝具・収納</a> &gt; <a>タオル</a> &gt; <a>バスタオル</a></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="170" valign="top" bgcolor="#eef6fa"><font size="2"><b>カテゴリ</b><br><a>バスタオル</a><br><a>フェイスタオル</a><br><a>ハンドタオル</a><br><a>今治タオル</a><br><a>セール</a><br><br><b>営業日カレンダー</b><br>土日祝は発送休業日です</font></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td width="360" valign="top"><img src="https://tshop.r10s.example/towel/img/bt2set.jpg" width="350"></td>
<td valign="top">
<span class="catch_copy"><font color="#cc0000" size="2"><b>＼楽店ランキング1位／ ポイント10倍 2/10 23:59まで</b></font></span><br>
<span class="item_name"><b><font size="4">⟪今治産 ふわふわバスタオル 2枚セット 綿100% 日本製 ホテル仕様⟫</font></b></span><br><br>
<table border="0" cellpadding="2"><tr><td><font size="2">価格</font></td><td><font size="5" color="#bf0000"><b>5,980円</b></font><font size="2">（税込）送料無料</font></td></tr><tr><td><font size="2">ポイント</font></td><td><font size="2">598ポイント（10倍）</font></td></tr></table>
<font size="2">カラー：<select><option>アイボリー</option><option>グレー</option><option>ネイビー</option></select></font><br><input type="submit" value="買い物かごに入れる"> <input type="button" value="お気に入りに追加"><br>
<font size="1">★★★★☆ 4.62（1,204件）</font>
</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td><font size="3">
<font size="4" color="#2a6f97"><b>⟪商品説明⟫</b></font><br><br>
⟪タオルの産地・今治で、一枚一枚丁寧に織り上げたバスタオルです。糸に撚りをかけすぎない「甘撚り」製法で、洗うたびにふんわり感が増していきます。⟫<br><br>
⟪吸水性は今治タオル独自の基準をクリア。タオルを水に浮かべて5秒以内に沈み始めることを確認しています。ホテルのような厚みがありながら、乾きやすいのも特長です。⟫<br><br>
⟪初めてお使いになる前に、一度洗濯してからご使用ください。柔軟剤は吸水性を下げるため、控えめにするのがおすすめです。⟫<br><br>
<font size="4" color="#2a6f97"><b>⟪商品仕様⟫</b></font><br>
<table border="1" cellspacing="0" cellpadding="5" bordercolor="#bbbbbb" width="95%">
<tr>⟬<td bgcolor="#eef6fa"><font size="2">サイズ</font></td><td><font size="2">約60×120cm</font></td>⟭</tr>
<tr>⟬<td bgcolor="#eef6fa"><font size="2">素材</font></td><td><font size="2">綿100%</font></td>⟭</tr>
<tr>⟬<td bgcolor="#eef6fa"><font size="2">重さ</font></td><td><font size="2">約380g（1枚）</font></td>⟭</tr>
<tr>⟬<td bgcolor="#eef6fa"><font size="2">生産国</font></td><td><font size="2">日本（愛媛県今治市）</font></td>⟭</tr>
<tr>⟬<td bgcolor="#eef6fa"><font size="2">入数</font></td><td><font size="2">2枚</font></td>⟭</tr>
</table><br>
<font size="2" color="#888888">※モニターの発色の具合によって実際のものと色が異なる場合がございます。</font><br>
<font size="2">ラッピング・のし対応可（有料）｜あす楽対応｜メール便不可</font>
</font></td></tr></table>
<table width="100%" border="0" cellpadding="8"><tr><td bgcolor="#fafafa"><font size="2"><b>レビュー</b>（1,204件）<br>★★★★★ とてもふわふわで気持ちいいです。リピートします。 — 購入者さん 30代 女性<br>★★★★☆ 厚みがあるので乾くのに少し時間がかかります。 — ミントさん 40代<br><a>すべてのレビューを見る</a></font></td></tr></table>
<table width="100%" border="0" cellpadding="8"><tr><td><font size="2"><b>この商品を見た人はこんな商品も見ています</b><br><a>今治フェイスタオル 5枚セット</a> ｜ <a>ガーゼバスタオル 2枚組</a> ｜ <a>ベビー用 今治おくるみ</a></font></td></tr></table>
</td></tr></table>
<div id="rakutenLimitedId_footer"><p><font size="1">タオルの森 本店　株式会社タオルの森デモ　〒794-0000 愛媛県今治市XX町1-2-3　店舗運営責任者：森田 誠</font></p><p><font size="1">Copyright (c) Rakuten-Demo Group, Inc. All Rights Reserved.</font></p></div>
</body>
</html>
"""))

PAGES.append(("wiki_ja_shrine", r"""
<!DOCTYPE html>
<html class="client-nojs" lang="ja" dir="ltr">
<head>
<meta charset="utf-8">
<title>白鷺神社 (松浦市) - ウィキペディヤ</title>
<link rel="stylesheet" href="/w/load.php?lang=ja&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-白鷺神社_松浦市 rootpage-白鷺神社_松浦市">
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"><div class="vector-main-menu"><ul><li><a>メインページ</a></li><li><a>コミュニティ・ポータル</a></li><li><a>最近の出来事</a></li><li><a>おまかせ表示</a></li><li><a>ヘルプ</a></li></ul></div></nav><a class="mw-logo">ウィキペディヤ フリー百科事典</a></div><div class="vector-header-end"><input type="search" placeholder="ウィキペディヤ内を検索"><a>寄付</a><a>アカウント作成</a><a>ログイン</a></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-main-menu-container"></div>
<div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">⟪白鷺神社 (松浦市)⟫</span></h1><div class="vector-dropdown mw-portlet mw-portlet-lang"><span>12の言語版</span></div></header>
<div class="vector-page-toolbar"><a>ページ</a> <a>ノート</a> <a>閲覧</a> <a>編集</a> <a>履歴表示</a></div>
<div id="bodyContent" class="vector-body"><div id="siteSub">出典: フリー百科事典『ウィキペディヤ（Wikipedya）』</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="ja" dir="ltr">
<div class="hatnote">「白鷺神社」のその他の用法については「白鷺神社 (曖昧さ回避)」をご覧ください。</div>
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2">白鷺神社</th></tr><tr><th>所在地</th><td>長崎県松浦市白浜町</td></tr><tr><th>主祭神</th><td>海津見神</td></tr><tr><th>社格等</th><td>旧村社</td></tr><tr><th>創建</th><td>伝・室町時代</td></tr><tr><th>例祭</th><td>10月第2日曜日</td></tr></tbody></table>
<p>⟪<b>白鷺神社</b>（しらさぎじんじゃ）は、長崎県松浦市白浜町にある神社。漁業の守り神として地元の漁師から信仰を集めている。⟫</p>
<meta property="mw:PageProp/toc" />
<div class="mw-heading mw-heading2"><h2 id="由緒">⟪由緒⟫</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編集</a><span class="mw-editsection-bracket">]</span></span></div>
<p>⟪社伝によれば、室町時代に嵐で遭難しかけた漁船が、白い鷺に導かれて浜に戻ったことから、その地に祠を建てたのが始まりとされる。⟮<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;</a></sup>⟯江戸時代には平戸藩の藩主から社殿の修復料が寄進された記録が残る。⟫</p>
<div class="mw-heading mw-heading2"><h2 id="祭事">⟪祭事⟫</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編集</a><span class="mw-editsection-bracket">]</span></span></div>
<p>⟪毎年10月の例祭では、神輿を載せた漁船が湾内を一周する「船渡御」が行われる。大漁旗を掲げた十数隻の漁船が神輿の船に続き、地元の秋の風物詩となっている。⟮<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">&#91;2&#93;</a></sup>⟯⟫</p>
<div class="mw-heading mw-heading2"><h2 id="交通アクセス">⟪交通アクセス⟫</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編集</a><span class="mw-editsection-bracket">]</span></span></div>
<ul><li>⟪松浦鉄道白浜駅から徒歩約10分⟫</li><li>⟪西九州自動車道松浦インターチェンジから車で約15分⟫</li></ul>
<div class="mw-heading mw-heading2"><h2 id="脚注">脚注</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編集</a><span class="mw-editsection-bracket">]</span></span></div>
<div class="reflist"><ol class="references"><li id="cite_note-1"><b><a>^</a></b> <span class="reference-text">『松浦市史』松浦市、1975年、412頁。</span></li><li id="cite_note-2"><b><a>^</a></b> <span class="reference-text">「白浜の船渡御」『長崎の祭り』長崎新報社、2003年。</span></li></ol></div>
<div class="navbox"><table><tr><th>松浦市の神社</th></tr><tr><td><a>白鷺神社</a> - <a>志佐八幡宮</a> - <a>御厨神社</a></td></tr></table></div>
<div class="asbox stub"><p>この項目は、神社に関連した書きかけの項目です。この項目を加筆・訂正などしてくださる協力者を求めています。</p></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a>カテゴリ</a>: <ul><li><a>長崎県の神社</a></li><li><a>松浦市の建築物</a></li></ul></div></div>
</div></main>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> 最終更新 2024年12月28日 (土) 09:14 （日時は個人設定で未設定ならばUTC）。</li><li id="footer-info-copyright">テキストはクリエイティブ・コモンズ 表示-継承ライセンスのもとで利用できます。</li></ul><ul id="footer-places"><li><a>プライバシー・ポリシー</a></li><li><a>ウィキペディヤについて</a></li><li><a>免責事項</a></li><li><a>モバイルビュー</a></li></ul></footer>
</div></div></div>
</body>
</html>
"""))

PAGES.append(("cookpad_recipe_nikujaga", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>圧力鍋なしで簡単！ほくほく肉じゃが by みかん母さん 【クックぱど】 簡単おいしいみんなのレシピが400万品</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://assets.cookpado.example/assets/application-5d1c.css">
</head>
<body class="recipes show">
<div id="global-header"><div class="header-inner"><a class="logo">クックぱど</a><form class="search"><input name="keyword" placeholder="料理名・食材名"><button>レシピ検索</button></form><ul class="header-links"><li><a>レシピを書く</a></li><li><a>ログイン</a></li><li><a>プレミアムサービス</a></li></ul></div></div>
<div id="main-container" class="flex"><div id="main" class="flex-1">
<div class="breadcrumbs"><a>トップ</a> &gt; <a>おかず</a> &gt; <a>肉じゃが</a></div>
<div id="recipe" class="recipe-show">
<div id="recipe-main"><div id="main-photo"><img src="https://img.cookpado.example/recipe/nikujaga_640.jpg" alt="圧力鍋なしで簡単！ほくほく肉じゃがの写真"></div>
<div id="recipe-title" class="recipe-title"><h1 class="recipe-title fn clearfix">⟪圧力鍋なしで簡単！ほくほく肉じゃが⟫</h1></div>
<div id="recipe_author_name" class="author_name">みかん母さん</div>
<div class="description_text" id="description"><p>⟪じゃがいもを大きめに切って、煮崩れしにくくしました。味がしみた翌日もおいしいです。⟫</p></div>
<div class="recipe-stats"><span>つくれぽ 318件</span><span>保存 2.1万</span><a class="save">保存する</a></div>
<div id="ingredients"><div class="ingredients-header"><h3>⟪材料⟫</h3><span class="servings_for">（4人分）</span></div>
<div id="ingredients_list">
<div class="ingredient">⟪<span class="name">じゃがいも</span>
<span class="ingredient_quantity amount">4個</span>⟫</div>
<div class="ingredient">⟪<span class="name">豚こま切れ肉</span>
<span class="ingredient_quantity amount">200g</span>⟫</div>
<div class="ingredient">⟪<span class="name">玉ねぎ</span>
<span class="ingredient_quantity amount">1個</span>⟫</div>
<div class="ingredient">⟪<span class="name">にんじん</span>
<span class="ingredient_quantity amount">1本</span>⟫</div>
<div class="ingredient">⟪<span class="name">だし汁</span>
<span class="ingredient_quantity amount">300ml</span>⟫</div>
<div class="ingredient">⟪<span class="name">しょうゆ・みりん・砂糖</span>
<span class="ingredient_quantity amount">各大さじ3</span>⟫</div>
</div></div>
<div id="steps"><div class="steps-header"><h3>⟪作り方⟫</h3></div>
<dl class="steps"><dt class="step_number">1</dt><dd class="instruction"><p class="step_text">⟪じゃがいもは4等分、玉ねぎはくし切り、にんじんは乱切りにする。⟫</p></dd>
<dt class="step_number">2</dt><dd class="instruction"><p class="step_text">⟪鍋に油を熱して豚肉を炒め、色が変わったら野菜を加えて全体に油が回るまで炒める。⟫</p></dd>
<dt class="step_number">3</dt><dd class="instruction"><p class="step_text">⟪だし汁と調味料を加え、落としぶたをして中火で15分煮る。⟫</p></dd>
<dt class="step_number">4</dt><dd class="instruction"><p class="step_text">⟪じゃがいもに竹串がすっと通ったら火を止め、そのまま冷まして味をなじませる。⟫</p></dd></dl></div>
<div id="advice"><h3>⟪コツ・ポイント⟫</h3><p>⟪一度冷ますことで味がしみ込みます。食べる前に温め直してください。⟫</p></div>
<div id="history"><h3>⟪このレシピの生い立ち⟫</h3><p>⟪母の肉じゃがを思い出しながら、家にある材料で作れるように工夫しました。⟫</p></div>
<div class="recipe-id">レシピID : 7712345　公開日 : 24/11/05</div>
</div>
<div id="tsukurepo"><h3>つくれぽ（318件）</h3><div class="tsukurepo-item"><span>さくら</span><p>子どもがおかわりしてくれました！</p></div></div>
<div class="share-buttons"><a>LINEで送る</a><a>Xでポスト</a><a>印刷する</a></div>
</div></div>
<div id="sub" class="sidebar"><div class="premium-banner"><p>人気順検索はプレミアムサービスで</p><a>無料で試す</a></div><div class="related"><h3>関連レシピ</h3><ul><li><a>新じゃがの煮っころがし</a></li><li><a>牛肉の肉じゃが</a></li></ul></div></div>
</div>
<footer id="footer"><p>© Cookpado Demo Inc. All Rights Reserved.</p><a>利用規約</a> <a>プライバシーポリシー</a> <a>ヘルプ</a></footer>
</body>
</html>
"""))

PAGES.append(("oshiete_goo_qa", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>賃貸の退去時、壁紙の日焼けは借主負担になりますか？ - 賃貸マンション・賃貸アパート 解決済 | 教えて!gooo</title>
<link rel="stylesheet" href="https://oshiete.xgoo.example/css/qa.css">
</head>
<body>
<div id="gooHeader"><div class="header-wrap"><a class="goo-logo">gooo</a><a class="service-logo">教えて!gooo</a><form><input placeholder="質問を検索"><button>検索</button></form><div class="header-btn"><a>質問する</a><a>ログイン</a><a>新規登録</a></div></div></div>
<div class="breadcrumbs"><a>教えて!gooo</a> &gt; <a>住まい・暮らし・子育て</a> &gt; <a>住宅・住まい</a> &gt; <a>賃貸マンション・賃貸アパート</a></div>
<div id="contents"><div id="main">
<div class="q_article"><div class="q_user"><span class="nickname">lemon_tea22</span><span class="q_date">2025/01/18 21:04</span><span class="q_status">解決済</span></div>
<h1 class="q_title">⟪賃貸の退去時、壁紙の日焼けは借主負担になりますか？⟫</h1>
<div class="q_text"><p>⟪来月、6年住んだ賃貸アパートを退去します。南向きの部屋で、窓の近くの壁紙が日に焼けて黄ばんでいます。⟫<br>⟪管理会社からは「状態によっては張り替え費用をいただく場合があります」と言われました。日焼けも借主が負担しなければいけないのでしょうか。⟫</p></div>
<div class="q_footer"><span>回答数 2 件</span><a class="btn-same">気になる 12</a><a class="btn-share">シェア</a></div></div>
<div class="ad_infeed"><span>PR</span><a>引っ越し見積もり最大50%オフ！一括比較はこちら</a></div>
<div class="a_list">
<div class="a_article best"><div class="best_label">ベストアンサー</div><div class="a_user"><span class="nickname">sumai_pro</span><span class="a_date">2025/01/18 21:40</span></div>
<div class="a_text"><p>⟪日光による壁紙の変色は、普通に生活していても起きる「通常損耗」にあたるので、原則として借主の負担にはなりません。国のガイドラインでもそのように整理されています。⟫<br>⟪また、壁紙は6年で価値がほぼゼロになると考えるのが一般的です。6年住んだのであれば、仮に傷をつけていたとしても負担はかなり小さくなるはずです。⟫</p></div>
<div class="a_footer"><a>この回答へのお礼</a><span>ありがとうございます。安心しました！</span><a class="btn-good">ナイス！ 8</a></div></div>
<div class="a_article"><div class="a_user"><span class="nickname">ohana77</span><span class="a_date">2025/01/19 07:12</span></div>
<div class="a_text"><p>⟪退去の立ち会いのときに、その場で精算書にサインしないことをおすすめします。あとで見積もりを書面でもらい、内容を確認してから返事をすれば大丈夫です。⟫</p></div>
<div class="a_footer"><a class="btn-good">ナイス！ 3</a></div></div>
</div>
<div class="q_related"><h2>関連するQ&amp;A</h2><ul><li><a>敷金はいつ返ってきますか？</a></li><li><a>退去時のハウスクリーニング代は払うべき？</a></li><li><a>エアコンの掃除代を請求されました</a></li></ul></div>
<div class="q_new"><p>あなたの疑問を質問してみよう</p><a>質問する(無料)</a></div>
</div>
<div id="side"><div class="ranking"><h3>人気Q&amp;Aランキング</h3><ol><li><a>年末調整の書き方がわかりません</a></li><li><a>ガス代の平均はいくら？</a></li></ol></div></div></div>
<div id="gooFooter"><p><a>利用規約</a> | <a>プライバシーポリシー</a> | <a>ヘルプ</a></p><p>© NTT DOCOMO DEMO, INC. All Rights Reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("prtimes_release_cafe", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>駅ナカに“本が読める喫茶店”「ヨミカフェ」1号店、4月1日オープン｜株式会社ブックルートのプレスリリース</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://prtimez.example/common/css/release.css">
</head>
<body>
<header class="header"><div class="header__inner"><a class="header__logo">PR TIMEZ</a><nav class="header__nav"><a>プレスリリース</a><a>企業一覧</a><a>ランキング</a><a>キーワード</a></nav><div class="header__btns"><a>会員登録</a><a>ログイン</a><a class="btn-primary">プレスリリースを配信する</a></div></div></header>
<main class="main"><article class="release">
<div class="release__company"><a class="company-name">株式会社ブックルート</a><a class="follow">フォロー</a></div>
<div class="release__meta"><time>2025年3月18日 11時00分</time></div>
<h1 class="release__title">⟪駅ナカに“本が読める喫茶店”「ヨミカフェ」1号店、4月1日オープン⟫</h1>
<h2 class="release__subtitle">⟪選書専門スタッフが集めた約3,000冊を、コーヒー1杯で自由に読める⟫</h2>
<div class="release__share"><a>X</a><a>Facebook</a><a>LINE</a><a>はてブ</a><a>リンクをコピー</a></div>
<div class="release__body r-head">
<p>⟪株式会社ブックルート（本社：東京都千代田区、代表取締役：本田 読子）は、駅構内で本を読みながらくつろげる喫茶店「ヨミカフェ」の1号店を、2025年4月1日（火）に東都線・中央橋駅の改札内にオープンいたします。⟫</p>
<h3>⟪■ 開業の背景⟫</h3>
<p>⟪当社の調査では、通勤・通学の途中に「15分ほど本を読める場所がほしい」と答えた人が約6割にのぼりました。一方で、駅の周辺では書店の閉店が続いています。ヨミカフェは、乗り換えの合間や待ち合わせの時間を読書の時間に変える場所を目指します。⟫</p>
<h3>⟪■ 店舗の特長⟫</h3>
<ul><li>⟪小説、エッセイ、旅行記、絵本など約3,000冊を毎月入れ替え⟫</li><li>⟪ドリンクを注文すれば時間制限なしで読み放題⟫</li><li>⟪気に入った本はその場で購入可能⟫</li></ul>
<h3>⟪■ 店舗概要⟫</h3>
<table class="release-table"><tr>⟬<th>店舗名</th><td>ヨミカフェ 中央橋駅店</td>⟭</tr><tr>⟬<th>所在地</th><td>東都線 中央橋駅 改札内</td>⟭</tr><tr>⟬<th>営業時間</th><td>7:00～21:00</td>⟭</tr><tr>⟬<th>席数</th><td>28席</td>⟭</tr></table>
</div>
<div class="release__company-info"><h3>会社概要</h3><table><tr><th>会社名</th><td>株式会社ブックルート</td></tr><tr><th>所在地</th><td>東京都千代田区神田XX町1-2-3</td></tr><tr><th>代表者</th><td>本田 読子</td></tr><tr><th>設立</th><td>2019年6月</td></tr><tr><th>URL</th><td>https://bookroute.example</td></tr></table></div>
<div class="release__contact"><p>本件に関する報道関係者からのお問い合わせ先：株式会社ブックルート 広報担当 press@bookroute.example</p></div>
<div class="release__attachments"><p>このプレスリリースには、メディア関係者向けの情報があります</p><a>メディアユーザー登録を行うと、企業担当者の連絡先や、イベント・記者会見の情報など様々な特記情報を閲覧できます。</a></div>
<div class="release__keywords"><span>種類</span><a>商品サービス</a><span>ビジネスカテゴリ</span><a>カフェ・喫茶店</a><a>書籍・出版</a><span>キーワード</span><a>読書</a><a>駅ナカ</a></div>
</article>
<aside class="side"><div class="ranking"><h3>アクセスランキング</h3><ol><li><a>新作スイーツ発売のお知らせ</a></li><li><a>春の旅行キャンペーン開始</a></li></ol></div></aside>
</main>
<footer class="footer"><p>© PR TIMEZ Demo Corp.</p><a>利用規約</a> <a>プライバシーポリシー</a> <a>運営会社</a></footer>
</body>
</html>
"""))

write_all("ja", PAGES)
