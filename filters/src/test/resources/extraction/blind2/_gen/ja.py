from common import C, spans, write
L = "ja"

def easy_news():
    c = C()
    t = c.h("{図書館|としょかん}で{犬|いぬ}に{本|ほん}を{読|よ}む{会|かい}")
    ps = ["{北海道|ほっかいどう}の{町|まち}の{図書館|としょかん}で、{子|こ}どもが{犬|いぬ}に{本|ほん}を{読|よ}んで{聞|き}かせる{会|かい}が{開|ひら}かれました。",
          "この{会|かい}には、{小学生|しょうがくせい}{十二人|じゅうににん}が{参加|さんか}しました。{子|こ}どもたちは、おとなしく{座|すわ}っている{犬|いぬ}の{横|よこ}で、{好|す}きな{絵本|えほん}を{声|こえ}に{出|だ}して{読|よ}みました。",
          "{人|ひと}の{前|まえ}で{読|よ}むのが{苦手|にがて}な{子|こ}どもも、{犬|いぬ}が{相手|あいて}だと{緊張|きんちょう}しないで{読|よ}むことができるそうです。",
          "{参加|さんか}した{女|おんな}の{子|こ}は「{犬|いぬ}がずっと{聞|き}いてくれて、うれしかったです」と{話|はな}していました。",
          "{図書館|としょかん}は、これから{毎月|まいつき}この{会|かい}を{開|ひら}く{予定|よてい}です。"]
    body = "\n".join(f'<p>{c.p(x)}</p>' for x in ps)
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>図書館で犬に本を読む会 | やさしいニュース</title>
<script>window.__NEWS__={{"id":"k10014820","genre":["くらし"],"hasVoice":true}};</script></head><body>
<header class="l-header"><a class="logo" href="/easy/">やさしいニュース</a><nav><a>ニュースのリスト</a><a>ことばの じしょ</a><a>このサイトについて</a></nav><div class="setting"><label><input type="checkbox" checked> ふりがなを つける</label><label><input type="checkbox"> じしょを つかう</label></div></header>
<main class="l-main"><article class="article-main"><p class="article-main__date">[4月17日 16時30分]</p>
<h1 class="article-main__title">{t}</h1>
<div class="article-main__audio"><button class="audio-btn">▶ ニュースを きく</button></div>
<figure class="article-main__figure"><img src="/easy/k10014820/k10014820.jpg" alt=""></figure>
<div class="article-main__body article-body" id="js-article-body">
{body}
</div></article>
<aside class="article-side"><h2>ほかの ニュース</h2><ul><li><a>さくらが さいた</a></li><li><a>あたらしい 駅が できる</a></li></ul><a class="link-normal">ふつうの ニュースを よむ</a></aside></main>
<footer>Copyright 2025 やさしいニュース 許可なく転載することを禁じます。</footer></body></html>"""
    write(L, "easy_news_library_dog", html, c)

def chiebukuro():
    c = C()
    t = c.h("賃貸の退去時、壁の画鋲の穴は修繕費を請求されますか？")
    q = ["来月引っ越しで、今のアパートを退去します。四年住んでいて、壁にカレンダーやポスターを画鋲で留めていたので、小さな穴が十個くらいあります。", "これは敷金から修繕費として引かれてしまうものなのでしょうか。自分で埋めたほうがいいですか？"]
    best = ["画鋲程度の穴であれば、通常の生活で生じる損耗とみなされ、借主の負担にならないのが一般的です。国のガイドラインでも、ポスターなどを貼るための画鋲の穴は貸主負担の例として挙げられています。", "ただし、釘やネジなど下地まで届く大きな穴は借主負担になることがあります。", "市販の補修材で自分で埋めると、かえって色むらができて目立つこともあるので、そのままの状態で立ち会いに臨むのが無難です。"]
    other = ["四年住んでいればクロスの価値はかなり下がっているので、仮に請求されても金額は大きくならないと思いますよ。"]
    qh = "<br>".join(c.p(x) for x in q)
    bh = "<br><br>".join(c.p(x) for x in best)
    oh = "<br>".join(c.p(x) for x in other)
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>賃貸の退去時、壁の画鋲の穴は修繕費を請求されますか？… - Yahoo!知恵袋風</title>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"question":{{"qid":"14301923511","category":"住宅","answerCount":2}}}}}}}}</script></head><body>
<div id="msthead"><a>知恵袋トップ</a><a>カテゴリ</a><a>Q&amp;A一覧</a><a>ログイン</a><input placeholder="キーワードで探す"></div>
<div id="wrapper"><div class="breadcrumb"><a>トップ</a> &gt; <a>暮らしと生活ガイド</a> &gt; <a>住宅</a> &gt; <a>賃貸物件</a></div>
<div id="qa"><div class="ClapLv1QuestionItem_Chie-QuestionItem__3Qc_B"><div class="ClapLv1UserInfo_Chie-UserInfo__2fTq"><span>ide*****さん</span><span>2025/3/8 21:14</span></div>
<h1 class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC" style="font-size:16px">{t}</h1>
<div class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC ClapLv1TextBlock_Chie-TextBlock__Text--medium__3nLu4">{qh}</div>
<div class="ClapLv1QuestionItem_Chie-QuestionItem__SubButton"><button>共感した 12</button><button>閲覧数 2,344</button><button>回答数 2</button><button>お礼 25</button></div></div>
<div class="ad-label"><span>PR</span><a>引越し見積もり最大50%オフ</a></div>
<div class="ClapLv1BestAnswer"><h2 class="ClapLv2BestAnswer__title">ベストアンサー</h2><div class="ClapLv1UserInfo"><span>不動産の人</span><span>カテゴリマスター</span></div><div class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC">{bh}</div><div class="ClapLv1AnswerItem__Footer"><span>2025/3/8 22:01</span><button>ナイス！ 8</button><p class="ClapLv1AnswerItem__Thanks">質問者からのお礼コメント：詳しくありがとうございます。安心しました。</p></div></div>
<div class="ClapLv1AnswerList"><h2>その他の回答（1件）</h2><div class="ClapLv1AnswerItem"><div class="ClapLv1UserInfo"><span>あい*****さん</span></div><div class="ClapLv1TextBlock_Chie-TextBlock__Text__1jsQC">{oh}</div><div><button>ナイス！ 2</button></div></div></div></div>
<div class="related"><h2>関連する質問</h2><ul><li>退去費用が高すぎる気がします</li><li>タバコのヤニ汚れは請求される？</li></ul></div></div>
<footer>© LY Corporation 風 プライバシー 利用規約 ヘルプ・お問い合わせ</footer></body></html>"""
    write(L, "chiebukuro_thumbtack", html, c)

def cookpad():
    c = C()
    t = c.h("レンジで簡単！なすの揚げびたし風")
    d = c.p("油で揚げなくても、電子レンジでとろとろのなすが作れます。作り置きにもぴったりです。")
    ing_h = c.h("材料（2人分）")
    ings = [["なす", "3本"], ["ごま油", "大さじ1と1/2"], ["しょうゆ", "大さじ2"], ["みりん", "大さじ2"], ["水", "大さじ3"], ["しょうが（すりおろし）", "小さじ1"], ["かつお節", "適量"]]
    il = "".join(f'<div class="ingredient-list__item"><span class="ingredient_name"><span class="name">{a}</span></span><span class="ingredient_quantity amount">{b}</span></div>' for a, b in (c.tr(r) for r in ings))
    st_h = c.h("作り方")
    steps = ["なすはヘタを取って縦半分に切り、皮目に斜めに浅く切り込みを入れる。", "耐熱皿に並べてごま油をからめ、ふんわりラップをして600Wで5分加熱する。", "小鍋にしょうゆ、みりん、水、しょうがを入れてひと煮立ちさせる。", "熱いうちになすを漬け汁に浸し、冷蔵庫で30分以上冷やす。器に盛ってかつお節をのせる。"]
    sl = "".join(f'<li class="step" id="step{i}"><div class="step_number">{i+1}</div><div class="image"><img class="lazyload" data-src="https://img.example.jp/s{i}.jpg"></div><p class="step_text">{c.p(x)}</p></li>' for i, x in enumerate(steps))
    tip_h = c.h("コツ・ポイント")
    tip = c.p("切り込みを入れると味がしみやすくなります。一晩おくとさらにおいしいです。")
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>レンジで簡単！なすの揚げびたし風 by みどりのキッチン 【クックパッド風】 簡単おいしいみんなのレシピ</title>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Recipe","name":"レンジで簡単！なすの揚げびたし風","recipeYield":"2人分"}}</script></head><body>
<header id="global_header"><a class="logo">レシピ広場</a><form><input placeholder="料理名・食材名"><button>レシピ検索</button></form><a>ログイン</a><a>プレミアムサービス</a></header>
<div id="main"><div id="recipe" class="recipe_show"><div id="recipe-title"><h1 class="recipe-title fn clearfix">
{t}
</h1></div>
<div id="recipe-main"><div id="main-photo"><img src="https://img.example.jp/main.jpg" alt="レンジで簡単！なすの揚げびたし風"></div>
<div id="recipe_author_name"><a>みどりのキッチン</a></div>
<div id="description" class="description"><div class="description_text">{d}</div></div>
<div id="ingredients"><div class="ingredients_title"><h3 class="servings_for yield">{ing_h}</h3></div><div id="ingredients_list">{il}</div></div>
<div class="ad-native"><span class="ad-label">PR</span> おすすめの調味料セットはこちら</div>
<div id="steps"><h3 class="steps_title">{st_h}</h3><ol class="steps_wrapper">{sl}</ol></div>
<div id="advice"><h3>{tip_h}</h3><div class="advice">{tip}</div></div>
<div id="history"><h3>このレシピの生い立ち</h3><div>暑い日に揚げ物をしたくなくて考えました。</div></div>
<div id="recipe_id_and_published_date"><span>レシピID : 7123456</span><span>公開日 : 25/07/02</span></div></div>
<div id="tsukurepo"><h3>つくれぽ（32件）</h3><div class="tsukurepo_item"><span>はなこ</span><p>簡単なのに本格的な味でした！</p></div></div>
<div id="similar"><h3>似たレシピ</h3><ul><li>なすの煮びたし</li><li>焼きなす</li></ul></div></div></div>
<footer>© Recipe Hiroba Inc. 利用規約 プライバシーポリシー</footer></body></html>"""
    write(L, "cookpad_nasu", html, c)

def ameblo():
    c = C()
    t = c.h("久しぶりに実家の庭で梅しごと")
    lines = ["こんにちは", "週末は久しぶりに実家へ帰ってきました", "庭の梅の木が今年はたくさん実をつけていて、母と二人で収穫することに。", "脚立に乗って枝を揺らすと、青い実がぽろぽろ落ちてきて、それだけでなんだか楽しい気分になります。", "全部で三キロほど採れたので、半分は梅シロップに、残りは梅干しにすることにしました。", "梅シロップは、ヘタを竹串で取って、冷凍してから氷砂糖と交互に瓶に入れるだけ。冷凍すると早くエキスが出るそうです。", "一か月後が今から楽しみです", "梅干しは母が毎年漬けているので、今年はやり方をしっかり教えてもらおうと思います。"]
    seg = []
    for i, x in enumerate(lines):
        h = c.p(x)
        emo = ['<img src="https://emoji.example.jp/char3/1.png" width="24" height="24" alt="ニコニコ" draggable="false">', "", '<img src="https://emoji.example.jp/char3/2.png" alt="キラキラ" width="24">'][i % 3]
        seg.append(f'<div>{h}{emo}</div>')
        if i in (1, 5): seg.append('<div><br></div>')
        if i == 3: seg.append('<div><br></div><div><img src="https://stat.example.jp/user_images/ume.jpg" width="400" class="PhotoSwipeImage"></div><div><br></div>')
    seg.append('<div><br></div><div><a href="#">▼楽天ルームに愛用の保存瓶のせてます▼</a></div><div class="ogpCard_root"><a class="ogpCard_link">保存瓶 4L 日本製 | 楽天市場</a></div>')
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>久しぶりに実家の庭で梅しごと | ゆるっと暮らし日記</title>
<script>window.INIT_DATA={{"entryState":{{"entryMap":{{"12889011":{{"entry_title":"久しぶりに実家の庭で梅しごと","theme_name":"季節の手しごと"}}}}}},"bloggerState":{{"amebaId":"yurutto-kurashi"}}}};</script></head><body>
<div id="ambHeader"><a>Ameba風</a><a>ブログを書く</a><a>ログイン</a></div>
<div class="skin-blogHeader"><h1 class="skin-blogTitle"><a>ゆるっと暮らし日記</a></h1><p>40代主婦の丁寧すぎない毎日</p></div>
<div class="skin-blogBody"><div class="skin-blogMain"><article class="js-entryWrapper" data-unique-entry-id="12889011">
<div class="skin-entryHead"><h2 class="skin-entryTitle" data-uranus-component="entryTitle"><a class="skinArticleTitle" rel="bookmark">{t}</a></h2><p class="skin-entryPubdate"><time>2025-06-09 21:03:44</time></p><div>テーマ：<a>季節の手しごと</a></div></div>
<div class="skin-entryBody _2p2JsKUh" id="entryBody" data-uranus-component="entryBody">
{''.join(seg)}
</div>
<div class="skin-entryFoot"><div class="js-reactionButton"><button>いいね！ 48</button><button>コメント 3</button><button>リブログ</button></div><div class="_1sDVvlsf">このブログの読者になる</div></div></article>
<div class="skin-entryPaging"><a>前の記事 新しい日傘を買いました</a><a>次の記事 梅シロップ経過報告</a></div>
<div class="recommendEntry"><h3>関連する人気記事</h3><ul><li>梅干しの失敗談</li><li>らっきょう漬け</li></ul></div></div>
<div class="skin-blogSub"><div class="skin-widgetProfile"><h3>プロフィール</h3><p>ゆるこ</p></div><div class="skin-widgetArchive"><h3>月別</h3><ul><li>2025年6月(8)</li><li>2025年5月(12)</li></ul></div></div></div>
<footer>Ameba風 | 利用規約 | ヘルプ © CyberAgent 風</footer></body></html>"""
    write(L, "ameblo_ume", html, c)

def qiita():
    c = C()
    t = c.h("Pythonで巨大なCSVをメモリを節約しながら集計する")
    out = [f'<p data-sourcepos="1:1-1:120">{c.p("数GBあるCSVを pandas.read_csv で一気に読み込むと、メモリ不足で落ちることがあります。この記事では chunksize を使って少しずつ読み込み、集計する方法を紹介します。")}</p>',
           f'<h2 data-sourcepos="3:1-3:12"><span id="環境" class="fragment"></span><a href="#%E7%92%B0%E5%A2%83"><i class="fa fa-link"></i></a>{c.h("環境")}</h2>',
           f'<ul><li>{c.li("Python 3.12")}</li><li>{c.li("pandas 2.2")}</li></ul>',
           f'<h2><span id="chunksizeを使う" class="fragment"></span><a href="#"><i class="fa fa-link"></i></a>{c.h("chunksizeを使う")}</h2>',
           f'<p>{c.p("read_csv に chunksize を指定すると、指定した行数ごとに DataFrame を返すイテレータが得られます。")}</p>']
    code = """import pandas as pd

totals = {}
for chunk in pd.read_csv("sales.csv", chunksize=100_000):
    g = chunk.groupby("store_id")["amount"].sum()
    for k, v in g.items():
        totals[k] = totals.get(k, 0) + v

print(sorted(totals.items())[:5])"""
    out.append(f'<div class="code-frame" data-lang="python"><div class="code-lang"><span class="bold">aggregate.py</span></div><div class="highlight"><pre><code>{c.code(code)}</code></pre></div></div>')
    out.append(f'<p>{c.p("各チャンクで groupby した結果を辞書に足し込んでいくので、同時にメモリに載るのは十万行分だけです。")}</p>')
    out.append(f'<h2><a href="#"><i class="fa fa-link"></i></a>{c.h("dtypeを指定する")}</h2>')
    out.append(f'<p>{c.p("さらに usecols と dtype を指定して不要な列を読まないようにすると、処理時間も短くなります。")}</p>')
    code2 = 'pd.read_csv("sales.csv", usecols=["store_id", "amount"], dtype={"store_id": "int32", "amount": "float32"}, chunksize=100_000)'
    out.append(f'<div class="code-frame" data-lang="python"><div class="highlight"><pre><code>{c.code(code2)}</code></pre></div></div>')
    out.append(f'<h2><a href="#"><i class="fa fa-link"></i></a>{c.h("まとめ")}</h2><p>{c.p("メモリに載りきらないデータでも、チャンク単位で処理すれば普通のノートPCで集計できます。")}</p>')
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Pythonで巨大なCSVをメモリを節約しながら集計する #Python - Qiita風</title>
<script type="application/json" data-js-react-on-rails-store="AppStoreWithReactOnRails">{{"snackbarMessage":null,"currentUser":null}}</script></head><body>
<div id="GlobalHeader"><a>Qiita風</a><input placeholder="検索"><a>ログイン</a><a>新規登録</a></div>
<div class="style-1ufdb7p"><div class="style-wo2a1i"><div class="style-1q0gkpy"><div class="style-8jdtb1"><a>@csv_taro</a>（太郎）</div><div class="style-pcqsk0"><span>投稿日 2025年02月11日</span><span>更新日 2025年02月12日</span></div>
<h1 class="style-wo2a1i">{t}</h1><div class="style-16fd5p9"><a>Python</a><a>pandas</a><a>CSV</a></div>
<section class="it-MdContent"><div id="personal-public-article-body"><div class="mdContent-inner">
{chr(10).join(out)}
</div></div></section>
<div class="style-lm6eph"><button>いいね 231</button><button>ストック 198</button><button>X でポスト</button></div></div>
<div class="style-comments"><h2>コメント</h2><p>ログインするとコメントできます</p></div></div>
<aside class="style-toc"><div>目次</div><ul><li>環境</li><li>chunksizeを使う</li><li>dtypeを指定する</li><li>まとめ</li></ul></aside></div>
<footer>How developers code is here. © 2011-2025 Qiita風 Inc. ガイドとヘルプ 利用規約</footer></body></html>"""
    write(L, "qiita_csv_chunks", html, c)

def wiki_ja():
    c = C()
    t = c.h("越後湯沢駅の駅そば")
    t2 = None
    lead = c.p("越後湯沢駅の駅そば（えちごゆざわえきのえきそば）は、新潟県南魚沼郡湯沢町の越後湯沢駅構内で営業している立ち食いそば店の通称である。へぎそばに似たつなぎを用いた麺と、地元産の舞茸天ぷらで知られる。^[1]")
    info = """<table class="infobox" style="width:22em"><caption>越後湯沢駅の駅そば</caption><tr><th>所在地</th><td>新潟県南魚沼郡湯沢町</td></tr><tr><th>開業</th><td>1982年</td></tr><tr><th>業態</th><td>立ち食いそば</td></tr><tr><th>運営</th><td>架空フーズ株式会社</td></tr></table>"""
    def h2(x): return f'<div class="mw-heading mw-heading2"><h2 id="{x}">{c.h(x)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>編集</a><span class="mw-editsection-bracket">]</span></span></div>'
    body = "\n".join([h2("歴史"), f"<p>{c.p('上越新幹線の開業に合わせて駅構内に出店した。当初は在来線ホームの小さな売店であったが、2000年代の駅改装で改札内のコンコースに移転し、座席を設けた。^[2]')}</p>",
                      h2("特徴"), f"<p>{c.p('麺には海藻の一種を練り込んでおり、独特のなめらかさとコシがある。つゆは関東風の濃口で、スキー客が多い冬季には温かいそばの注文が大半を占める。')}</p>",
                      f"<ul><li>{c.li('舞茸天そば：店の看板メニューで、大ぶりの舞茸天ぷらが一枚のる。')}</li><li>{c.li('山菜そば：春季限定で、地元で採れたわらびやぜんまいを使う。')}</li></ul>"])
    refs = """<div class="mw-heading mw-heading2"><h2 id="脚注">脚注</h2></div><div class="reflist"><ol class="references"><li id="cite_note-1"><b><a href="#cite_ref-1">^</a></b> <span class="reference-text">「駅そば探訪 上越編」『旅と鉄道』2019年3月号、48頁。</span></li><li id="cite_note-2"><b><a href="#cite_ref-2">^</a></b> <span class="reference-text">湯沢町史編さん委員会『湯沢町史 続編』2008年。</span></li></ol></div>
<div class="mw-heading mw-heading2"><h2 id="関連項目">関連項目</h2></div><ul><li><a>駅そば</a></li><li><a>へぎそば</a></li></ul>"""
    html = f"""<!DOCTYPE html><html lang="ja" dir="ltr"><head><meta charset="UTF-8"><title>越後湯沢駅の駅そば - Wikipedia</title></head>
<body class="skin-vector"><div id="mw-navigation"><h2>案内メニュー</h2><div id="p-personal"><ul><li>ログインしていません</li><li>トーク</li><li>投稿記録</li><li>アカウント作成</li><li>ログイン</li></ul></div><div id="mw-panel"><ul><li>メインページ</li><li>コミュニティ・ポータル</li><li>最近の出来事</li><li>おまかせ表示</li></ul></div></div>
<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading" lang="ja">{t}</h1><div id="bodyContent" class="vector-body"><div id="siteSub">出典: フリー百科事典『ウィキペディア（Wikipedia）』</div>
<div id="mw-content-text"><div class="mw-parser-output"><table class="box-出典の明記 plainlinks metadata ambox ambox-content"><tr><td class="mbox-text">この記事は<b>検証可能</b>な参考文献や出典が全く示されていないか、不十分です。（2024年5月）</td></tr></table>
{info}
<p>{lead}</p>
<div id="toc" class="toc"><div class="toctitle"><h2>目次</h2></div><ul><li>1 歴史</li><li>2 特徴</li><li>3 脚注</li></ul></div>
{body}
{refs}
</div></div><div id="catlinks">カテゴリ: <a>新潟県の飲食店</a> | <a>駅そば</a></div></div></div>
<div id="footer"><ul><li>最終更新 2025年1月5日 (日) 03:11 （日時は個人設定で未設定ならばUTC）。</li><li>テキストはクリエイティブ・コモンズ 表示-継承ライセンスのもとで利用できます。</li></ul></div></body></html>"""
    write(L, "wiki_ekisoba", html, c)

def press():
    c = C()
    t = c.h("使用済みペットボトルから作った通学用リュックを発売")
    sub = c.p("〜 一つのリュックにつき約三十本分のペットボトルを再生 〜")
    ps = ["株式会社みらい鞄工房（本社：大阪府東大阪市）は、使用済みペットボトルを原料とする再生ポリエステル生地を使った通学用リュック「めぐるパック」を、2025年6月1日より全国の取扱店および公式オンラインストアで発売いたします。"]
    p0 = c.p(ps[0])
    h1 = c.h("開発の背景")
    ps2 = ["当社はこれまで学生向けのかばんを中心に製造してまいりましたが、近年、環境に配慮した製品を求める保護者や学校からの声が増えております。こうした要望を受け、二年をかけて耐久性と軽さを両立させた再生素材の生地を開発しました。"]
    p1 = c.p(ps2[0])
    h2 = c.h("製品の特長")
    lis = ["本体生地に再生ポリエステルを100%使用", "容量28リットルで、A4ファイルやタブレットが収まる仕切り付き", "背面に通気性の高いメッシュパッドを採用し、夏場の蒸れを軽減"]
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>使用済みペットボトルから作った通学用リュックを発売｜株式会社みらい鞄工房のプレスリリース</title>
<script>dataLayer=[{{"companyId":88123,"releaseId":412,"category":"ファッション"}}];</script></head><body>
<header class="header"><a class="logo">PR FILES</a><nav><a>新着</a><a>ランキング</a><a>企業一覧</a><a>プレスリリース配信</a></nav><a>ログイン</a></header>
<main><article class="release"><div class="release-header"><a class="company-name">株式会社みらい鞄工房</a><time>2025年5月20日 11時00分</time></div>
<h1 class="release--title">{t}</h1><p class="release--subtitle">{sub}</p>
<div class="release-main-image"><img src="/img/main.jpg"><p class="caption">「めぐるパック」ネイビー</p></div>
<div class="rich-text r-head"><div class="r-text">
<p>{p0}</p>
<p><br></p>
<h2 class="r-head">{h1}</h2>
<p>{p1}</p>
<h2 class="r-head">{h2}</h2>
<ul>{''.join(f'<li><p>{c.li(x)}</p></li>' for x in lis)}</ul>
<p><br></p>
<h2>会社概要</h2>
<table><tr><td>会社名</td><td>株式会社みらい鞄工房</td></tr><tr><td>所在地</td><td>大阪府東大阪市架空町1-2-3</td></tr><tr><td>代表者</td><td>代表取締役 森田 浩</td></tr><tr><td>URL</td><td>https://example.co.jp</td></tr></table>
<p>【本件に関する報道関係者からのお問い合わせ先】<br>株式会社みらい鞄工房 広報担当 山下<br>TEL：06-0000-0000</p>
</div></div>
<div class="release-share"><a>ポスト</a><a>シェア</a><a>LINE</a><a>はてな</a></div>
<div class="release-company-info"><h3>企業情報</h3><p>株式会社みらい鞄工房 東大阪市</p><a>フォロー</a></div></article>
<aside><h3>このリリースを見た人はこんなリリースも見ています</h3><ul><li>夏休み工作キット発売</li><li>竹素材の弁当箱</li></ul></aside></main>
<footer>© PR FILES Inc. 利用規約 プライバシーポリシー</footer></body></html>"""
    # first paragraph collected before h1 – keep order: headline, subtitle, p0, h1, p, h2, lis
    write(L, "press_backpack", html, c)

def travel_ja():
    c = C()
    t = c.h("白糸の滝（静岡県富士宮市）")
    ps = ["富士山の雪どけ水が溶岩の地層からしみ出し、高さ約二十メートル、幅約百五十メートルにわたって絹糸のように流れ落ちる滝です。国の名勝および天然記念物に指定されています。",
          "駐車場から遊歩道を五分ほど下ると、正面に滝を望む観瀑台に着きます。晴れた日には滝の背後に富士山が見え、午前中は水しぶきに虹がかかることもあります。",
          "すぐ近くには、轟音とともに流れ落ちる音止めの滝もあり、あわせて見学するのがおすすめです。"]
    ph = "".join(f"<p>{c.p(x)}</p>" for x in ps)
    bh = c.h("基本情報")
    rows = [["住所", "静岡県富士宮市上井出"], ["営業時間", "見学自由"], ["料金", "無料"], ["アクセス", "JR富士宮駅からバスで約30分"], ["駐車場", "あり（有料）"]]
    tb = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in (c.tr(r) for r in rows))
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>白糸の滝 - 静岡県富士宮市の観光スポット｜たびなび</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"TouristAttraction","name":"白糸の滝","address":"静岡県富士宮市上井出"}}</script>
<script>!function(){{var c=document.cookie;if(c.indexOf("consent=1")<0){{document.documentElement.classList.add("cmp-open")}}}}();</script></head><body>
<div id="cmp-banner" class="cmp-open" role="dialog"><p>当サイトではCookieを使用しています。サイトの閲覧を続けることで、Cookieの使用に同意したものとみなされます。</p><button>同意する</button><a>詳細はこちら</a></div>
<header><a class="logo">たびなび</a><nav><a>観光スポット</a><a>宿泊</a><a>温泉</a><a>グルメ</a><a>特集</a></nav></header>
<div class="pankuzu"><a>たびなびトップ</a> &gt; <a>静岡県</a> &gt; <a>富士宮・富士</a> &gt; 白糸の滝</div>
<div class="spotHeader"><h1 class="spotName">{t}</h1><div class="rating">★4.5 クチコミ 1,204件</div><ul class="spotTag"><li>滝・渓谷</li><li>絶景</li></ul></div>
<div class="photoArea"><img src="/spot/main.jpg" loading="lazy"><p>投稿者：ふじやまさん</p></div>
<div class="spotDescription">{ph}</div>
<div class="adArea"><p class="adLabel">広告</p><iframe src="https://ads.example.jp/slot/tabi" width="300" height="250"></iframe></div>
<div class="spotDetail"><h2>{bh}</h2><table class="basicInfoTable">{tb}</table></div>
<div class="mapArea"><iframe src="https://maps.example.com/embed?q=白糸の滝" width="600" height="300" loading="lazy"></iframe></div>
<div class="kuchikomi"><h2>クチコミ</h2><div class="kuchikomiItem"><p class="title">マイナスイオンたっぷり</p><p>夏でも涼しくて気持ちよかったです。</p><span>2025/07 訪問</span></div></div>
<div class="nearby"><h2>周辺の観光スポット</h2><ul><li>田貫湖</li><li>富士山本宮浅間大社</li></ul></div>
<footer>© 2025 たびなび 掲載情報の無断転載を禁じます</footer></body></html>"""
    write(L, "travel_shiraito", html, c)

def fivech():
    c = C()
    t = c.h("【悲報】ワイ、自炊を始めて三日で挫折しそう")
    posts = [["一人暮らし三年目でついに自炊を始めたんやが、毎日献立考えるのがしんどすぎる", "スーパーで何買えばええかもわからん"],
             ["最初は同じもの作り続ければええんやで", "カレーとか豚汁とか作り置きできるやつ"],
             ["米だけ炊いて、おかずは惣菜でもええ", "それだけでもかなり節約になるで"],
             ["献立は曜日で固定すると楽やぞ", "月曜は鶏むね、火曜は豚こま、みたいに"],
             ["冷凍うどんと卵を常備しとけば、疲れた日でも五分で一食できるからおすすめや"],
             ["みんなありがとう、とりあえず週末に豚汁作ってみるわ"]]
    dl = []
    for i, ps in enumerate(posts):
        b = " <br> ".join(c.p(x) for x in ps)
        anc = '<a href="#1" class="reply_link">&gt;&gt;1</a> <br> ' if i in (1, 3) else ""
        dl.append(f'<div class="post" id="{i+1}" data-date="NG" data-userid="ID:Ab{i}xQ" data-id="{i+1}"><div class="meta"><span class="number">{i+1}</span><span class="name"><b>風吹けば名無し</b></span><span class="date">2025/05/13(火) 12:0{i}:1{i}.{i}3</span><span class="uid">ID:Ab{i}xQ</span></div><div class="message"><span class="escaped">{anc}{b} </span></div></div><br>')
    # ">>1" anchors are reply markers, not content: handled by not collecting them
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>【悲報】ワイ、自炊を始めて三日で挫折しそう</title>
<script>var bbs="livejupiter";var key="1747105201";</script></head><body>
<div class="topmenu"><a>掲示板に戻る</a> <a>全部</a> <a>1-</a> <a>最新50</a> <a>★スマホ版★</a> <a>■掲示板に戻る■</a></div>
<div class="ad--top"><span>広告</span><iframe src="https://ad.example.jp/5ch/top" width="728" height="90"></iframe></div>
<h1 class="title">{t}</h1>
<div class="thread">
{chr(10).join(dl)}
</div>
<div class="newposts">新着レスの表示</div>
<form method="POST"><input type="submit" value="書き込む"> 名前： <input name="FROM"> E-mail: <input name="mail"><br><textarea name="MESSAGE"></textarea></form>
<div class="footer">read.cgi ver 07.7.25 2025/03/11 Walang Kapalit ★<br>FOX ★</div></body></html>"""
    write(L, "fivech_jisui", html, c)

for f in [easy_news, chiebukuro, cookpad, ameblo, qiita, wiki_ja, press, travel_ja, fivech]:
    f()
