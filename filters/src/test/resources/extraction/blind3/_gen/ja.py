"""blind3 ja pages. Run: python3 -B ja.py"""
from common import write_all

PAGES = []

PAGES.append(("yahoo_news_heatstroke", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>部活動中の熱中症を防げ　県教委が「暑さ指数」で活動中止の基準（みなと新報） - Yahoo!ニュース</title>
<meta name="description" content="部活動中の熱中症を防ぐため">
<link rel="stylesheet" href="https://s.yimg.example/news/article/style.css">
</head>
<body>
<div id="wrapper">
<header id="msthd" class="sc-1hqkh6l-0 gzqFjV"><div class="sc-1hqkh6l-1"><a class="sc-1hqkh6l-2">Yahoo!ニュース</a><ul class="sc-1hqkh6l-3"><li><a>トップ</a></li><li><a>速報</a></li><li><a>ライブ</a></li><li><a>個人</a></li><li><a>オリジナル</a></li><li><a>みんなの意見</a></li><li><a>ランキング</a></li><li><a>有料</a></li></ul><div class="sc-1hqkh6l-4"><a>ログイン</a></div></div></header>
<div class="sc-contents"><main class="sc-main">
<article id="uamods" class="sc-kszsFN article">
<header class="sc-bCMXmc"><h1 class="sc-ixdftJ bXeNsw">⟪部活動中の熱中症を防げ　県教委が「暑さ指数」で活動中止の基準⟫</h1>
<div class="sc-dtMgUX"><a class="sc-kDTinF">みなと新報</a><time>6/24(火) 7:05</time><span class="sc-gSQFLo">配信</span></div><div class="sc-share"><button>X</button><button>Facebook</button><button>LINE</button><button>コメント 312</button></div></header>
<div class="article_body highLightSearchTarget"><div class="sc-iuhXDa">
<figure class="sc-figure"><img src="https://newsatcl-pctr.c.yimg.example/t/amd-img/2025062400.jpg"><figcaption>グラウンドで練習する高校生（資料写真）</figcaption></figure>
<p class="sc-iMCRTP ePfheF yjSlinkDirectlink highLightSearchTarget">⟪　県教育委員会は２３日、部活動中の熱中症を防ぐため、気温や湿度などから算出する「暑さ指数」に基づいて活動を中止する基準を定め、県立学校に通知した。市町村の教育委員会にも同様の対応を求める。<br><br>　新たな基準では、暑さ指数が３１以上になった場合は屋外・屋内を問わず原則として部活動を中止する。２８以上３１未満の場合は、激しい運動を避け、３０分ごとに休憩と水分補給を取ることを求める。各校には携帯型の測定器を配布し、顧問が活動前と活動中に数値を確認する。<br><br>　県内では昨年夏、部活動中に熱中症の疑いで救急搬送された生徒が４０人を超えた。大会前の練習で無理をするケースが多く、保護者からは対策を求める声が上がっていた。<br><br>　県教委の担当者は「生徒の命を守ることが最優先。大会が近くても、基準を超えたら迷わず中止してほしい」と話している。⟫</p>
</div>
<div class="sc-source"><p>【関連記事】</p><ul><li><a>熱中症警戒アラート、今年初の発表　県南部</a></li><li><a>「水を飲むな」はもう昔　変わる部活の常識</a></li></ul></div>
<p class="sc-copyright">最終更新:6/24(火) 7:05</p><p class="sc-media">みなと新報</p>
</div>
<div class="sc-report"><a>記事に関する報告</a></div>
</article>
<section class="sc-comments"><h2>コメント</h2><p>この記事にはコメントが312件あります</p><div class="sc-comment"><span>hir*****</span><p>昔は根性論でしたが、ようやく基準ができて良かったと思います。</p><span>共感した 1,024</span></div><div class="sc-comment"><span>tan*****</span><p>測定器を配るだけでなく、顧問の先生の負担も考えてほしい。</p></div><a>コメントをもっと見る</a></section>
</main>
<aside class="sc-aside"><section><h2>アクセスランキング</h2><ol><li><a>高速道路で逆走　８０代男性を保護</a></li><li><a>新紙幣、自販機の対応進む</a></li><li><a>梅雨明けはいつ？　気象庁の見通し</a></li></ol></section><section class="sc-ad"><span>PR</span><a>夏のボーナスで始める資産運用</a></section></aside>
</div>
<footer class="sc-footer"><p>プライバシー - 利用規約 - ご意見・ご要望 - ヘルプ・お問い合わせ</p><p>© LY Corporation Demo</p><p>記事の無断転用を禁じます。</p></footer>
</div>
</body>
</html>
"""))

PAGES.append(("zenn_sqlite_wal", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>SQLiteのWALモードで「database is locked」を減らす</title>
<meta property="og:site_name" content="Zenn">
<link rel="stylesheet" href="https://static.zenn.example/_next/static/css/a8f0c2.css">
</head>
<body>
<div id="__next">
<header class="Header_container__r9ZsZ"><div class="Header_inner__uVk0j"><a class="Header_logoLink__n0bTn" aria-label="Zenn">Zenn</a><div class="Header_right__cwyuN"><button class="Header_searchButton__2BeYk">検索</button><a class="Header_loginLink__nX_2Q">ログイン</a></div></div></header>
<main class="ArticlePage_main__qw3Jr">
<div class="ArticleHeader_container__6uWxG"><div class="ArticleHeader_emoji__0gEfB">🗄</div>
<h1 class="ArticleHeader_title__FZKm3">⟪SQLiteのWALモードで「database is locked」を減らす⟫</h1>
<div class="ArticleHeader_meta__dNhS4"><span class="ArticleHeader_type__9g7rT">tech</span><time datetime="2025-02-16">2025/02/16に公開</time><span>5件</span></div>
<div class="ArticleHeader_topics__qCU9J"><a class="TopicList_topic__z9JXj">SQLite</a><a class="TopicList_topic__z9JXj">Python</a><a class="TopicList_topic__z9JXj">データベース</a></div></div>
<div class="View_container__sM9tn">
<section class="View_content__7xMv1"><div class="znc BodyContent_anchorToHeadings__Vl0_u">
<p>⟪小さな社内ツールでSQLiteを使っていたところ、利用者が増えてから <code>database is locked</code> エラーが頻繁に出るようになりました。設定を二つ変えるだけでほぼ解消したので、手順をまとめます。⟫</p>
<h2 id="原因">⟪原因⟫</h2>
<p>⟪デフォルトのジャーナルモード（DELETE）では、書き込み中はデータベース全体がロックされ、読み込みも待たされます。Webアプリのように読み書きが同時に来る環境では、これがロック待ちの原因になります。⟫</p>
<h2 id="対策1%3A-walモードに切り替える">⟪対策1: WALモードに切り替える⟫</h2>
<p>⟪WAL（Write-Ahead Logging）モードでは、書き込みは別ファイルに追記され、読み込みは書き込みを待たずに進めます。設定はデータベースファイルに保存されるので、一度実行すれば十分です。⟫</p>
<div class="code-block-container"><pre class="language-python"><code class="language-python">⟦import sqlite3

conn = sqlite3.connect("app.db")
conn.execute("PRAGMA journal_mode=WAL;")
conn.close()⟧</code></pre><button class="code-copy-button" aria-label="コピー">コピー</button></div>
<h2 id="対策2%3A-busy_timeoutを設定する">⟪対策2: busy_timeoutを設定する⟫</h2>
<p>⟪WALでも書き込み同士は競合します。<code>timeout</code> を指定しておくと、ロックが解けるまで指定秒数だけ待ってから再試行します。⟫</p>
<div class="code-block-container"><pre class="language-python"><code class="language-python">⟦conn = sqlite3.connect("app.db", timeout=10)⟧</code></pre><button class="code-copy-button" aria-label="コピー">コピー</button></div>
<h2 id="注意点">⟪注意点⟫</h2>
<ul><li>⟪WALファイル（<code>-wal</code>、<code>-shm</code>）が同じディレクトリに作られるので、バックアップ時は一緒にコピーする⟫</li><li>⟪ネットワークファイルシステム上ではWALは使えない⟫</li></ul>
</div></section>
<div class="ArticleFooter_container__0b1Vd"><button class="LikeButton_button__Vx7Cc">♡ 58</button><div class="ArticleFooter_share__N_Xq1"><a>Xでシェア</a><a>はてブ</a></div><div class="BadgeSection_container__lQ5Vw"><p>バッジを贈って著者を応援しよう</p><p>バッジを受け取った著者にはZennから現金やAmazonギフトカードが還元されます。</p><button>バッジを贈る</button></div></div>
<div class="ArticleAuthor_container__2iGxm"><a class="ArticleAuthor_name__aQ1ie">kitano_dev</a><p class="ArticleAuthor_bio__hs4wI">業務システムを作っています。SQLiteとPythonが好き。</p><button>フォロー</button></div>
<div class="Discussion_container__b6Q2v"><h3>Discussion</h3><div class="Comment_container"><span>ym_tanaka</span><p>WALにしたらバックアップスクリプトが壊れた経験があります。注意点のところ助かります。</p></div><div class="Comment_login"><a>ログインするとコメントできます</a></div></div>
</div>
<aside class="ArticleSidebar_container__7aWbE"><div class="TableOfContents_container__QAH2c"><p class="TableOfContents_title">目次</p><ol><li><a href="#原因">原因</a></li><li><a>対策1: WALモードに切り替える</a></li><li><a>対策2: busy_timeoutを設定する</a></li><li><a href="#注意点">注意点</a></li></ol></div></aside>
</main>
<footer class="Footer_container__tD2Iq"><nav><a>About</a><a>利用規約</a><a>プライバシーポリシー</a><a>特商法表記</a></nav><p>© Zenn Demo</p></footer>
</div>
</body>
</html>
"""))

PAGES.append(("chiebukuro_renewal_fee", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>賃貸の更新料について質問です。… - Yahoo!知恵袋</title>
<link rel="stylesheet" href="https://s.chiebukuro.example/css/qa_detail.css">
</head>
<body>
<div id="wrapper">
<div id="msthd" class="ClapLv1Header_Chie-Header__3kCOg"><a class="ClapLv1Header_logo">Yahoo!知恵袋</a><form><input placeholder="キーワードで探す"><button>検索</button></form><a>ログイン</a><a>ID登録</a></div>
<div class="ClapLv1Breadcrumb_Chie-Breadcrumb__1BbTq"><a>トップ</a> &gt; <a>暮らしと生活ガイド</a> &gt; <a>住宅</a> &gt; <a>賃貸物件</a></div>
<div id="qa" class="ClapLv1QuestionItem_Chie-QuestionItem__3LQpD">
<div class="ClapLv2QuestionItem_Chie-QuestionItem__AuthorWrapper"><span class="ClapLv1UserInfo_name">lem********さん</span><p class="ClapLv1TextBlock_Chie-TextBlock__ExtraInfo">2025/1/14 21:33</p></div>
<h1 class="ClapLv1TextBlock_Chie-TextBlock__3X4V5"><div class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC">⟪賃貸の更新料について質問です。<br>今住んでいるアパートの契約が３月で満了になり、管理会社から更新料として家賃１か月分を払うよう書類が届きました。<br>契約書を見直すと更新料の記載はあるのですが、入居時に説明された記憶がありません。<br>これは払わないといけないものでしょうか？交渉の余地はありますか？⟫</div></h1>
<div class="ClapLv2QuestionItem_Chie-QuestionItem__SubButtons"><span>共感した 4</span><span>閲覧数 1,882</span><span>回答数 2</span><button>違反報告</button></div></div>
<div class="ClapLv1PR_Chie-PR"><span>PR</span><a>引っ越し費用を比較して最大５０％お得に</a></div>
<div id="ba" class="ClapLv1BestAnswer_Chie-BestAnswer__1pRa7"><h2 class="ClapLv1BestAnswer_title">ベストアンサー</h2>
<div class="ClapLv1UserInfo_Chie-UserInfo"><span class="ClapLv1UserInfo_name">不動産屋の中のひと</span><span class="ClapLv1UserInfo_badge">知恵袋マスター</span><p>2025/1/14 22:08</p></div>
<div class="ClapLv1TextBlock_Chie-TextBlock__3X4V5"><div class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC">⟪契約書に更新料の条項があり、金額が家賃の１〜２か月分程度であれば、原則として支払う義務があります。最高裁でも、金額が高すぎなければ有効と判断されています。<br><br>ただし交渉は可能です。長く住んでいて家賃の滞納もないなら、「更新料を半額にしてもらえないか」「代わりにエアコンを交換してほしい」などと相談してみる価値はあります。空室が多い地域ほど応じてもらいやすいです。⟫</div></div>
<div class="ClapLv1Reactions"><span>ナイス 6</span><span>違反報告</span></div>
<div class="ClapLv1ThanksComment"><p class="ClapLv1ThanksComment_title">質問者からのお礼コメント</p><p>詳しくありがとうございます。ダメ元で交渉してみます。</p><p>お礼日時：1/16 8:12</p></div></div>
<div id="ans" class="ClapLv1AnswerList_Chie-AnswerList"><h2>その他の回答（1件）</h2>
<div class="ClapLv1AnswerItem_Chie-AnswerItem__2mVDR"><div class="ClapLv1UserInfo_Chie-UserInfo"><span class="ClapLv1UserInfo_name">kur********さん</span><p>2025/1/15 7:50</p></div>
<div class="ClapLv1TextBlock_Chie-TextBlock__3X4V5"><div class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC">⟪契約書にサインしている以上、説明の記憶がなくても払う必要があります。<br>地域によっては更新料の慣習がないところもあるので、次に引っ越すときは物件選びの段階で確認するといいですよ。⟫</div></div>
<div class="ClapLv1Reactions"><span>ナイス 2</span><span>違反報告</span></div></div></div>
<div class="ClapLv1Related_Chie-Related"><h2>関連する質問</h2><ul><li><a>賃貸の更新料は値切れますか？</a></li><li><a>退去時のクリーニング代は誰が払う？</a></li></ul></div>
<div class="ClapLv1Ranking"><h2>住宅カテゴリの人気質問ランキング</h2><ol><li><a>隣の部屋の騒音、どう伝えればいい？</a></li><li><a>火災保険は管理会社指定のものに入らないとダメ？</a></li></ol></div>
<footer class="ClapLv1Footer"><p>知恵袋利用規約 - ガイドライン - ヘルプ</p><p>© LY Corporation Demo</p></footer>
</div>
</body>
</html>
"""))

PAGES.append(("ameba_balcony_herbs", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>ベランダのハーブ、冬越しできました｜みどりの小さな庭日記</title>
<link rel="stylesheet" href="https://stat100.ameba.example/blog/css/skin/2251.css">
</head>
<body>
<div id="ambHeader"><div class="amb-header"><a class="amb-logo">Ameba</a><ul><li><a>ブログ</a></li><li><a>芸能人ブログ</a></li><li><a>人気ブログ</a></li></ul><div class="amb-login"><a>新規登録</a><a>ログイン</a></div></div></div>
<div class="skin-blogHeader"><h1 class="skin-blogTitle"><a>みどりの小さな庭日記</a></h1><p class="skin-blogDescription">マンションのベランダで、ハーブと野菜を育てています</p><a class="skin-readerButton">読者になる</a></div>
<div class="skin-contents">
<div class="skin-main">
<article class="skin-entry js-entryWrapper" data-unique-entry-id="12881420774">
<div class="skin-entryHead"><p class="skin-entryPubdate"><time datetime="2025-03-15">2025-03-15 10:22:41</time></p><h2 class="skin-entryTitle"><a>⟪ベランダのハーブ、冬越しできました⟫</a></h2><div class="skin-entryThemes">テーマ：<a>ベランダ菜園</a></div></div>
<div class="skin-entryBody _2p4oS8ve" id="entryBody">
<div>⟪こんにちは、みどりです🌱⟫</div>
<div><br></div>
<div>⟪暖かい日が増えてきましたね。⟫</div>
<div>⟪今年は初めて、ローズマリーとタイムをベランダで冬越しさせてみました。⟫</div>
<div><br></div>
<div><img src="https://stat.ameba.example/user_images/20250315/herb01.jpg" width="400"></div>
<div><br></div>
<div>⟪やったことは三つだけです。⟫</div>
<div><br></div>
<div>⟪・鉢を壁ぎわに寄せて、北風が当たらないようにする⟫</div>
<div>⟪・水やりは土が乾いてから、暖かい日の午前中に⟫</div>
<div>⟪・寒波の夜だけ不織布をかける⟫</div>
<div><br></div>
<div>⟪バジルは寒さに弱いので、やっぱり枯れてしまいました😢⟫</div>
<div>⟪春になったらまた種から育てようと思います。⟫</div>
<div><br></div>
<div>⟪ローズマリーは新芽がたくさん出てきたので、週末に少し摘んでポテトと一緒に焼く予定です。⟫</div>
<div><br></div>
<div>⟪同じようにベランダでハーブを育てている方、冬越しのコツがあったら教えてくださいね。⟫</div>
<div><br></div>
<div>⟪では、また〜🌿⟫</div>
<div><br></div>
<div class="ogpCard_root"><a class="ogpCard_link"><span class="ogpCard_title">ローズマリーの挿し木に挑戦した話</span><span class="ogpCard_description">去年の秋に挿し木をしたローズマリーが…</span><span class="ogpCard_url">ameblo.example</span></a></div>
<div><br></div>
<div><a>にほんブログ村 ベランダ菜園</a><br>↑ランキングに参加しています。ポチッとしていただけると嬉しいです</div>
</div>
<div class="skin-entryFoot"><div class="js-entryFootSns"><a>いいね！</a><span>38</span><a>コメント(4)</a><a>リブログ(1)</a></div><div class="skin-reader"><a>フォロー</a><p>みどりの小さな庭日記をフォローして最新記事をチェック</p></div>
<ul class="skin-pagingNav"><li><a>前の記事 ＞ 春の種まき計画</a></li><li><a>＜ 次の記事 ミニトマトの苗を買いました</a></li></ul></div>
</article>
<div class="skin-entryRecommend"><h3>関連記事</h3><ul><li><a>バジルを種から育てる方法</a></li><li><a>100均グッズでベランダ菜園</a></li></ul></div>
<div class="skin-entryAd"><span>PR</span><div id="amb-ad-under-entry"></div></div>
</div>
<aside class="skin-side"><div class="skin-widget"><h3>プロフィール</h3><p>みどり</p><p>都内のマンション暮らし。ベランダ菜園歴５年。</p></div><div class="skin-widget"><h3>最新の記事</h3><ul><li>ベランダのハーブ、冬越しできました</li><li>春の種まき計画</li></ul></div><div class="skin-widget"><h3>ランキング</h3><p>ガーデニング 12位</p></div></aside>
</div>
<div id="ambFooter"><p><a>Ameba利用規約</a> <a>ヘルプ</a> <a>お問い合わせ</a></p><p>CyberAgent, Inc. Demo All Rights Reserved.</p></div>
<div class="amb-appBanner"><p>Amebaアプリなら更新通知が届く！</p><a>アプリで読む</a></div>
</body>
</html>
"""))

PAGES.append(("kakaku_cordless_vacuum", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>価格.com - ヒタチデモ PV-BL30 スペック・仕様</title>
<link rel="stylesheet" href="https://img1.kakaku.example/css/item/spec.css">
</head>
<body>
<div id="header"><div class="hdLogo"><a>価格.com</a></div><div class="hdSearch"><input placeholder="何をお探しですか？"><button>検索</button></div><ul class="hdNav"><li><a>家電</a></li><li><a>パソコン</a></li><li><a>カメラ</a></li><li><a>スマートフォン</a></li></ul><div class="hdMember"><a>ログイン</a><a>新規会員登録</a></div></div>
<div id="path"><a>価格.com</a> &gt; <a>家電</a> &gt; <a>掃除機</a> &gt; <a>ヒタチデモ(HITACHI DEMO)</a> &gt; PV-BL30</div>
<div id="main">
<div id="titleBox"><div class="boxL"><h2 itemprop="name">⟪ヒタチデモ PV-BL30⟫</h2><p class="releaseDate">登録日：2025年 2月 5日</p></div>
<div class="boxR"><ul class="tab"><li><a>トップ</a></li><li><a>価格比較</a></li><li class="on"><a>スペック</a></li><li><a>レビュー 18件</a></li><li><a>クチコミ 96件</a></li></ul></div></div>
<div class="priceBox"><span class="priceTxt">最安価格(税込)：</span><span class="priceNum">¥32,800</span><a>価格推移グラフ</a><a>お気に入り登録 214</a><span class="rank">満足度 4.38 / 人気 3位</span></div>
<div id="specContents">
<div class="specIntro"><h3>⟪製品紹介⟫</h3><p>⟪ふとんからフローリングまで一台でこなすスティック型コードレス掃除機。本体質量1.3kgの軽量設計で、ヘッドのLEDライトが家具の下のホコリを照らします。ゴミ捨ては本体を縦にしたままワンタッチで行えます。⟫</p></div>
<table class="tblBorderGray mTop15" width="100%">
<tr><th colspan="4" class="itemviewColor03b">⟪基本仕様⟫</th></tr>
⟬<tr><th>タイプ</th><td>スティック/ハンディ</td><th>集じん方式</th><td>サイクロン</td></tr>⟭
⟬<tr><th>電源方式</th><td>充電式</td><th>充電時間</th><td>3.5 時間</td></tr>⟭
⟬<tr><th>連続使用時間</th><td>最長 40 分</td><th>吸込仕事率</th><td>170 W</td></tr>⟭
⟬<tr><th>集じん容積</th><td>0.2 L</td><th>運転音</th><td>63 dB</td></tr>⟭
<tr><th colspan="4" class="itemviewColor03b">⟪サイズ・重量⟫</th></tr>
⟬<tr><th>重量</th><td>1.3 kg</td><th>幅x高さx奥行</th><td>220x1010x190 mm</td></tr>⟭
<tr><th colspan="4" class="itemviewColor03b">⟪付属品⟫</th></tr>
⟬<tr><th>付属品</th><td colspan="3">すき間用ノズル、ふとん用ヘッド、充電スタンド</td></tr>⟭
</table>
<p class="specNote">※スペック情報は万全な保証をいたしかねます。購入前に必ずメーカーサイトでご確認ください。</p>
</div>
<div class="shopList"><h3>この製品の最安価格を見る</h3><table><tr><td>1位</td><td>家電のデモ屋</td><td>¥32,800</td><td>送料無料</td></tr><tr><td>2位</td><td>デモカメラ.com</td><td>¥33,480</td><td>送料無料</td></tr></table></div>
<div class="reviewBox"><h3>ユーザーレビュー</h3><div class="reviewItem"><span class="stars">★★★★☆</span><p class="reviewTitle">軽くて毎日使える</p><p>前の掃除機より半分くらいの重さで、階段の掃除が楽になりました。</p></div><a>レビューをもっと見る</a></div>
<div class="relatedItem"><h3>この製品をチェックした人はこんな製品もチェックしています</h3><ul><li>デモリック DC-S12</li><li>マキタデモ CL-280</li></ul></div>
</div>
<div id="footer"><p><a>価格.comについて</a> | <a>利用規約</a> | <a>個人情報保護方針</a> | <a>広告掲載について</a></p><p>Copyright © Kakaku.com Demo, Inc. All Rights Reserved. 無断転載禁止</p></div>
</body>
</html>
"""))

PAGES.append(("fivech_pressure_cooker", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>一人暮らしで電気圧力鍋買ったやつちょっと来い</title>
<style>body{background:#efefef;font-family:sans-serif}dd{margin-bottom:1.5em}</style>
</head>
<body>
<div class="menu"><a href="#">■掲示板に戻る■</a> <a href="#">全部</a> <a href="#">1-</a> <a href="#">最新50</a></div>
<div class="ad_top"><span>PR</span><a>【公式】今ならポイント10倍 キャンペーン実施中</a></div>
<h1 style="color:red;font-size:larger;font-weight:normal;margin:-.5em 0 0;">⟪一人暮らしで電気圧力鍋買ったやつちょっと来い⟫</h1>
<dl class="thread">
<dt>1 ：<a href="mailto:sage"><b>名無しさん＠おなかいっぱい。</b></a>：2025/02/11(火) 10:12:33.41 ID:kT3mQp9x0</dt>
<dd>⟪ 先週買ったんだけど何作ればいいかわからん<br>とりあえずカレー作ったら普通にうまかった<br>おすすめレシピ教えてくれ ⟫<br><br></dd>
<dt>2 ：<b>名無しさん＠おなかいっぱい。</b>：2025/02/11(火) 10:15:02.77 ID:aZ8wLr2c0</dt>
<dd>⟪ 豚の角煮一択<br>下茹でなしで箸で切れるくらい柔らかくなる ⟫<br><br></dd>
<dt>3 ：<b>名無しさん＠おなかいっぱい。</b>：2025/02/11(火) 10:21:48.03 ID:Vb6nHs1q0</dt>
<dd> <a href="#" target="_blank">&gt;&gt;1</a><br>⟪ 玄米炊いてみ<br>普通の炊飯器より全然もちもちになる ⟫<br><br></dd>
<dt>4 ：<b>名無しさん＠おなかいっぱい。</b>：2025/02/11(火) 10:30:11.59 ID:kT3mQp9x0</dt>
<dd> <a href="#" target="_blank">&gt;&gt;2</a> <a href="#" target="_blank">&gt;&gt;3</a><br>⟪ サンクス<br>角煮は週末にやってみるわ<br>玄米って浸水しなくていいの？ ⟫<br><br></dd>
<dt>5 ：<b>名無しさん＠おなかいっぱい。</b>：2025/02/11(火) 10:44:27.12 ID:Vb6nHs1q0</dt>
<dd> <a href="#" target="_blank">&gt;&gt;4</a><br>⟪ 機種によるけど玄米モードあるなら浸水なしでいける<br>ないなら一時間くらい浸けとけ ⟫<br><br></dd>
<dt>6 ：<b>名無しさん＠おなかいっぱい。</b>：2025/02/11(火) 11:02:55.80 ID:Qx4pRt7m0</dt>
<dd>⟪ 一人だと量が多すぎて三日同じもの食うことになるのが唯一の欠点<br>冷凍できるやつ作るといいぞ ⟫<br><br></dd>
</dl>
<hr>
<div class="ad_bottom"><span>PR</span><a>話題の電気圧力鍋ランキング</a></div>
<form method="POST" action="#"><input type="submit" value="書き込む"> 名前： <input name="FROM" size="19"> E-mail<font size="1"> (省略可) </font>: <input name="mail" size="19"><br><textarea rows="5" cols="70" name="MESSAGE"></textarea></form>
<div class="footer"><a>read.cgi ver 07.7.21 2025/01/08</a><br>Walang Kapalit ★<br>FOX ★ DSO(Dynamic Shared Object)</div>
</body>
</html>
"""))

PAGES.append(("city_oshirase_sodaigomi", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>粗大ごみの収集方法が4月から変わります｜さくらの市</title>
<link rel="stylesheet" href="/shared/templates/free/css/common.css">
</head>
<body>
<div id="tmp_wrapper">
<noscript><p>このサイトではJavaScriptを使用したコンテンツ・機能を提供しています。JavaScriptを有効にするとご利用いただけます。</p></noscript>
<p id="tmp_honbun"><a href="#tmp_contents">本文へスキップします。</a></p>
<div id="tmp_header"><div class="container"><div id="tmp_hlogo"><a><span>さくらの市</span></a></div><ul id="tmp_hnavi"><li><a>文字サイズ・色合い変更</a></li><li><a>音声読み上げ</a></li><li><a>Foreign language</a></li><li><a>サイトマップ</a></li></ul><div id="tmp_search"><input placeholder="サイト内検索"><button>検索</button></div></div></div>
<div id="tmp_gnavi"><ul><li><a>くらし・手続き</a></li><li><a>子育て・教育</a></li><li><a>健康・福祉</a></li><li><a>観光・文化</a></li><li><a>市政情報</a></li></ul></div>
<div id="tmp_pankuzu"><p><a>ホーム</a> &gt; <a>くらし・手続き</a> &gt; <a>ごみ・リサイクル</a> &gt; 粗大ごみの収集方法が4月から変わります</p></div>
<div id="tmp_wrap_main" class="column_lnavi"><div id="tmp_main"><div class="wrap_col_main"><div class="col_main">
<p id="tmp_update">更新日：2025年3月3日</p>
<div id="tmp_contents">
<h1>⟪粗大ごみの収集方法が4月から変わります⟫</h1>
<p>⟪令和7年4月1日から、粗大ごみの申し込み方法と手数料の支払い方法が変わります。これまでの電話による申し込みに加え、インターネットでの申し込みができるようになります。⟫</p>
<h2><span>⟪主な変更点⟫</span></h2>
<ul><li>⟪インターネット申し込みを24時間受け付けます。⟫</li><li>⟪手数料は「粗大ごみ処理券」のほか、キャッシュレス決済で支払えるようになります。⟫</li><li>⟪収集日は申し込み時に選べるようになります（地区ごとの指定曜日は廃止します）。⟫</li></ul>
<h2><span>⟪手数料（主な品目）⟫</span></h2>
<table class="datatable"><caption>粗大ごみ手数料の例</caption>
⟬<tr><th scope="col">品目</th><th scope="col">手数料</th></tr>⟭
⟬<tr><td>自転車</td><td>400円</td></tr>⟭
⟬<tr><td>ふとん（1枚）</td><td>200円</td></tr>⟭
⟬<tr><td>タンス（高さ1メートル以上）</td><td>1,000円</td></tr>⟭
⟬<tr><td>電子レンジ</td><td>400円</td></tr>⟭
</table>
<h2><span>⟪注意事項⟫</span></h2>
<p>⟪エアコン、テレビ、冷蔵庫、洗濯機は家電リサイクル法の対象のため、粗大ごみとして出すことはできません。購入した販売店か、市の指定引取場所にお問い合わせください。⟫</p>
<h2><span>関連ファイル</span></h2>
<ul class="objectlink"><li class="pdf"><a>粗大ごみの出し方（令和7年4月から）（PDF：812KB）</a></li><li class="pdf"><a>品目別手数料一覧（PDF：356KB）</a></li></ul>
<div class="plugin"><p class="plugin_img"><a><img src="/images/get_adobe_reader.png" alt="Adobe Acrobat Reader DCのダウンロードページへ"></a></p><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。Adobe Acrobat Readerをお持ちでない方は、バナーのリンク先から無料ダウンロードしてください。</p></div>
</div>
<div id="tmp_inquiry"><div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div><div id="tmp_inquiry_cnt"><p>環境部ごみ減量推進課</p><p>〒300-0001 さくらの市中央一丁目1番1号</p><p>電話番号：029-000-1234</p><p>ファックス：029-000-1235</p><p><a>メールフォームによるお問い合わせ</a></p></div></div>
<div id="tmp_feedback"><p>より良いウェブサイトにするために、このページのご感想をお聞かせください。</p><p>このページの情報は役に立ちましたか？ <label><input type="radio">役に立った</label><label><input type="radio">どちらともいえない</label><label><input type="radio">役に立たなかった</label></p><button>送信</button></div>
</div></div></div>
<div id="tmp_lnavi"><div id="tmp_lnavi_ttl"><p>ごみ・リサイクル</p></div><ul><li><a>家庭ごみの分け方・出し方</a></li><li><a>粗大ごみ</a></li><li><a>資源物の回収</a></li><li><a>ごみカレンダー</a></li></ul></div></div>
<div id="tmp_footer"><div class="container"><p>さくらの市役所　〒300-0001 さくらの市中央一丁目1番1号　代表電話：029-000-0000</p><p>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</p><p id="tmp_copyright">Copyright © Sakurano City. All Rights Reserved.</p></div></div>
</div>
</body>
</html>
"""))

PAGES.append(("note_essay_walking", r"""
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>毎朝二十分、駅まで歩くことにした｜ゆうき｜note</title>
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://assets.st-note.example/production/css/app-3c1e.css">
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="o-layout">
<header class="o-globalHeader"><div class="o-globalHeader__inner"><a class="o-globalHeader__logo">note</a><div class="o-globalHeader__search"><input placeholder="キーワードやクリエイターで検索"></div><div class="o-globalHeader__actions"><a class="a-button">ログイン</a><a class="a-button a-button--primary">会員登録</a></div></div></header>
<main class="o-noteLayout"><article class="o-noteContentHeader">
<div class="o-noteContentHeader__eyecatch"><img src="https://assets.st-note.example/production/uploads/images/eyecatch.jpg"></div>
<h1 class="o-noteContentHeader__title">⟪毎朝二十分、駅まで歩くことにした⟫</h1>
<div class="o-noteContentHeader__info"><a class="o-noteContentHeader__name">ゆうき</a><time>2025年5月19日 07:48</time></div>
<div class="note-common-styles__textnote-body" data-name="body">
<p name="a1b2" id="a1b2">⟪春から、最寄り駅までのバスをやめて歩くことにした。片道二十分。最初の一週間はふくらはぎが痛くて後悔したけれど、一か月たった今はすっかり朝の楽しみになっている。⟫</p>
<h3 name="c3d4" id="c3d4">⟪歩くと見えるもの⟫</h3>
<p name="e5f6" id="e5f6">⟪バスの窓からは気づかなかったものがたくさんある。毎朝同じ時間に柴犬を散歩させているおじいさん、角のパン屋から漂ってくる焼きたての匂い、五月になって急に背が伸びた街路樹の若葉。⟫</p>
<p name="g7h8" id="g7h8">⟪特に何かを考えるわけではない。ただ歩いているうちに、前の晩から頭に残っていたもやもやが少しずつほどけていく。会社に着くころには、その日最初にやる仕事がなんとなく決まっている。⟫</p>
<h3 name="i9j0" id="i9j0">⟪続けるためにしたこと⟫</h3>
<p name="k1l2" id="k1l2">⟪雨の日は無理をせずバスに乗る。靴だけはちゃんとしたものを買う。歩いた日はカレンダーに丸をつける。ルールはこの三つだけにした。⟫</p>
<p name="m3n4" id="m3n4">⟪たった二十分だけれど、一日の最初に自分のための時間があるというのは、思っていたよりずっと大きい。⟫</p>
</div>
<div class="m-noteBodyFooter"><div class="m-hashtagList"><a>#エッセイ</a><a>#朝活</a><a>#ウォーキング</a></div>
<div class="o-noteLikeV3"><button class="o-noteLikeV3__iconButton">スキ</button><span class="o-noteLikeV3__count">214</span></div>
<div class="m-supportBox"><p>この記事が気に入ったらサポートをしてみませんか？</p><button>サポート</button></div>
<div class="o-creatorProfile"><p class="o-creatorProfile__name">ゆうき</p><p>会社員。日々の小さな発見を書いています。</p><button>フォロー</button></div></div>
</article>
<section class="o-noteRecommend"><h2>ゆうきさんの他の記事</h2><ul><li><a>弁当を作らない日を決めた</a></li><li><a>本棚の整理をした週末</a></li></ul></section>
</main>
<footer class="o-footer"><ul><li><a>noteについて</a></li><li><a>ヘルプセンター</a></li><li><a>利用規約</a></li><li><a>プライバシーポリシー</a></li></ul><p>© note Demo inc.</p></footer>
<div class="m-cookieBanner"><p>noteでは、サービスの利便性向上のためCookieを使用しています。</p><button>同意する</button></div>
</div></div></div>
</body>
</html>
"""))

if __name__ == "__main__":
    write_all("ja", PAGES)
