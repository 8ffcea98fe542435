# -*- coding: utf-8 -*-
"""Site layouts. Each takes (ctx, page) and returns a full HTML document."""
from make_pages import E, inline, plain, expected_lines, norm


def expected(p):
    lines = [norm(plain(p["title"]))]
    if p.get("dek"):                     # standfirst under the headline is editorial text
        lines.append(norm(p["dek"]))
    if "posts" in p:                     # forum thread
        for post in p["posts"]:
            lines += expected_lines(post["blocks"])
    elif "question" in p:                # Q&A
        lines += expected_lines(p["question"])
        for a in p["answers"]:
            lines += expected_lines(a["blocks"])
    else:
        lines += expected_lines(p["blocks"])
        if "specs" in p:
            lines += expected_lines([("table", p["specs"])])
    return lines


PRINT = {
    "zh-Hans": '【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】【<a href="#top">顶部</a>】',
    "zh-Hant": '【<a href="javascript:window.print()">列印</a>】【<a href="javascript:window.close()">關閉</a>】【<a href="#top">回頂端</a>】',
    "ja": '<a href="javascript:window.print()">印刷する</a> | <a href="javascript:window.close()">閉じる</a> | <a href="#top">ページの先頭へ</a>',
    "ko": '<a href="javascript:window.print()">인쇄</a> | <a href="javascript:window.close()">닫기</a> | <a href="#top">맨 위로</a>',
    "en": '<a href="javascript:window.print()">Print</a> | <a href="javascript:window.close()">Close window</a> | <a href="#top">Top</a>',
}


def _meta(p):
    return p.get("author", ""), p.get("date", "2024-05-12 08:30"), p.get("source", "")


# ------------------------------------------------------------------ Chinese portal news
def portal_cn(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    body = ctx.blocks(p["blocks"], pstyle=p.get("pstyle", "p"), img_style="center", hstyle=p.get("hstyle", "strong"))
    fold = p.get("fold", False)
    if fold:
        body = ('<div class="article-content" id="artibody" style="max-height:600px;overflow:hidden">%s</div>'
                '<div class="unfold-field" id="unfold"><div class="unfold-mask"></div><a href="javascript:;" class="unfold-btn">%s</a></div>'
                % (body, E(c["readmore"])))
    else:
        body = '<div class="article-content" id="artibody">%s</div>' % body
    sub = "".join('<a href="/%d/">%s</a>' % (i, E(x)) for i, x in enumerate(c["subnav"]))
    icp = p["lang"] == "zh-Hans"
    return ctx.head(ctx.jsonld()) + f'''<body>
<div id="top-bar" class="top-bar"><div class="w1200"><a href="/">{E(c["home"])}</a> <span class="login-box"><a href="/login">{E(c["login"])}</a> | <a href="/reg">{E(c["register"])}</a></span>
<a class="app-dl" href="/app">{E(c["download_app"])}</a></div></div>
<div class="header w1200"><div class="logo"><a href="/"><img src="/logo.png" alt="logo"></a></div>
<form class="search" action="/s"><input name="q"><button>{E(c["search"])}</button></form></div>
{ctx.nav("main-nav w1200")}<div class="sub-nav">{sub}</div>
<div class="w1200 clearfix">
<div class="left-main">
{ctx.crumbs(c["nav"][p.get("nav_i", 2)], "正文" if p["lang"] == "zh-Hans" else "內文")}
<div class="article">
<h1 class="main-title">{inline(p["title"])}</h1>
<div class="date-source"><span class="date">{E(date)}</span> <span class="source">{E(c["source"])}<a href="/">{E(source)}</a></span> <span class="author">{E(c["author"])}{E(author)}</span>
<a class="comment-num" href="#comments">123 {E(c["comment_count"])}</a></div>
{ctx.share()}
{ctx.ad() if ctx.r.random() < 0.6 else ""}
{body}
<div class="show_author">{E(c["editor"])}{E(p.get("editor", "王晓"))} </div>
<div class="article-tags">{E(c["tags"])}{"".join('<a href="/tag/%d">%s</a>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</div>
{ctx.share()}
<div class="statement">{E(p.get("statement", ""))}</div>
</div>
<div class="prev-next"><p>{E(c["prev"])}<a href="/n/1.html">{E(c["related_items"][0])}</a></p><p>{E(c["next"])}<a href="/n/2.html">{E(c["related_items"][1])}</a></p></div>
{ctx.related(n=6)}
{ctx.comments(4)}
</div>
<div class="right-side">{ctx.hot(8)}{ctx.ad()}{ctx.related(c["sidebar_title"], 4)}
<div class="qr"><img src="/qr.png" alt=""><p>{E(c["download_app"])}</p></div></div>
</div>
{ctx.footer(icp)}
<script src="/js/jquery.min.js"></script><script>$(function(){{$("#unfold").click(function(){{$("#artibody").css("max-height","none");$(this).hide();}});}});</script>
</body></html>'''


# ------------------------------------------------------------------ modern div soup news (React-ish)
def soup_news(ctx, p):
    c = ctx.c
    h = ctx.h
    author, date, source = _meta(p)
    paras = []
    for b in p["blocks"]:
        if b[0] == "p":
            paras.append('<div class="%s"><p class="%s" data-component="paragraph">%s</p></div>' % (h(), h(), inline(b[1])))
        elif b[0] == "img":
            paras.append('<div class="%s">%s</div>' % (h(), ctx.img(b[1], "figure")))
        else:
            paras.append('<div class="%s">%s</div>' % (h(), ctx.blocks([b], hstyle="h2")))
        if len(paras) == 3:
            paras.append('<div class="%s"><aside class="%s" data-component="inline-promo"><a href="/newsletter">%s →</a></aside></div>' % (h(), h(), E(c["subnav"][2] if len(c["subnav"]) > 2 else c["more"])))
        if len(paras) == 6:
            paras.append(ctx.ad())
    state = {"props": {"pageProps": {"id": ctx.r.randint(10**6, 10**7), "title": plain(p["title"]), "section": c["nav"][3]}}}
    return ctx.head(ctx.jsonld()) + f'''<body class="{h()}">
<div id="__next"><div class="{h()}"><a class="skip-link" href="#main">Skip to content</a>
<header class="{h()}"><div class="{h()}"><div class="{h()}"><a href="/" class="{h()}" aria-label="home"><svg viewBox="0 0 100 20"><path d="M0 0h10v20H0z"/></svg></a></div>
<div class="{h()}">{ctx.nav()}</div><div class="{h()}"><button class="{h()}">{E(c["search"])}</button><a class="{h()}" href="/login">{E(c["login"])}</a><a class="{h()}" href="/subscribe">{E(c["register"])}</a></div></div></header>
<div class="{h()}"><div class="{h()}">{"".join('<a class="%s" href="/t/%d">%s</a>' % (h(), i, E(x)) for i, x in enumerate(c["related_items"][:4]))}</div></div>
<main id="main" class="{h()}"><div class="{h()}"><div class="{h()}">
<div class="{h()}"><div class="{h()}"><a href="/{c["nav"][3]}" class="{h()}">{E(c["nav"][3])}</a></div>
<h1 class="{h()}" data-testid="headline">{inline(p["title"])}</h1>
{'<p class="%s">%s</p>' % (h(), E(p["dek"])) if p.get("dek") else ""}
<div class="{h()}"><div class="{h()}"><img class="{h()}" src="/avatars/1.jpg" alt=""><span class="{h()}">{E(c["author"])} <a href="/by/1">{E(author)}</a></span></div>
<time class="{h()}" datetime="{E(date)}">{E(date)}</time><span class="{h()}">{E(source)}</span></div>
<div class="{h()}">{ctx.share()}</div></div>
<div class="{h()}" data-component="text-block"><div class="{h()}">
{chr(10).join(paras)}
</div></div>
<div class="{h()}"><div class="{h()}">{E(c["tags"])} {" ".join('<a href="/tag/%d" class="%s">%s</a>' % (i, h(), E(t)) for i, t in enumerate(p.get("tags", ["news"])))}</div></div>
<div class="{h()}"><div class="{h()}"><img src="/avatars/1.jpg" alt=""><div><p class="{h()}">{E(author)}</p><p class="{h()}">{E(p.get("bio", ""))}</p><a href="/by/1">{E(c["follow"])}</a></div></div></div>
</div>
<aside class="{h()}"><div class="{h()}">{ctx.hot(5)}</div><div class="{h()}">{ctx.ad()}</div></aside>
</div>
<div class="{h()}">{ctx.related(n=4)}</div>
<div class="{h()}"><button class="{h()}">{E(c["comments"])} (37)</button></div>
</div></main>
{ctx.footer(False)}
</div></div>
{ctx.cookie()}
<script id="__NEXT_DATA__" type="application/json">{E(__import__("json").dumps(state, ensure_ascii=False))}</script>
<script src="/_next/static/chunks/main-{h("x")}.js" async></script>
</body></html>'''


# ------------------------------------------------------------------ old table-layout site
def table_old(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    navrow = "".join('<td align="center"><a href="/%d.htm"><font color="#FFFFFF">%s</font></a></td>' % (i, E(x)) for i, x in enumerate(c["nav"][:10]))
    body = ctx.blocks(p["blocks"], pstyle=p.get("pstyle", "font"), img_style="table", hstyle="strong")
    left = "".join('<tr><td height="22">·<a href="/l/%d.htm">%s</a></td></tr>' % (i, E(x)) for i, x in enumerate(c["related_items"][:7]))
    return ctx.head(title_suffix="_" + c["nav"][1]).replace('<html lang', '<html xmlns="http://www.w3.org/1999/xhtml" lang') + f'''<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.gif" width="960" height="90"></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0A5AA5"><tr height="30">{navrow}</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top" bgcolor="#F4F4F4">
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#DDDDDD"><b>{E(c["hot"])}</b></td></tr>{left}</table>
<table width="100%" border="0"><tr><td><form action="/search.asp"><input name="kw" size="14"><input type="submit" value="{E(c["search"])}"></form></td></tr></table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="28" class="dh">{E(c["home"])} &gt;&gt; <a href="/news/">{E(c["nav"][1])}</a> &gt;&gt; {E(c["nav"][2])}</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td align="center"><font size="5" color="#CC0000"><b>{inline(p["title"])}</b></font></td></tr>
<tr><td align="center"><font color="#666666" size="2">{E(c["source"])}{E(source)}&nbsp;&nbsp;{E(date)}&nbsp;&nbsp;{E(c["views"])}{"：" if p["lang"].startswith("zh") else ": "}<script>document.write("1023")</script></font></td></tr>
<tr><td style="line-height:180%;font-size:14px" class="content">
{body}
</td></tr>
<tr><td align="right"><font size="2">[{E(c["editor"])}{E(p.get("editor", ""))}]</font></td></tr>
<tr><td><font size="2">{PRINT[p["lang"]]}</font></td></tr>
</table>
<table width="100%" border="0"><tr><td><b>{E(c["related"])}</b></td></tr>{left}</table>
</td></tr></table>
<table width="960" border="0" align="center"><tr><td align="center"><hr size="1"><font size="2">{" | ".join(E(x) for x in c["footer"])}<br>{E(c["copyright"])}<br>{"<br>".join(E(x) for x in c["icp"])}</font></td></tr></table>
</body></html>'''


# ------------------------------------------------------------------ WordPress blog
def wp_blog(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    body = ctx.blocks(p["blocks"], pstyle="p", img_style="figure", hstyle="h2")
    cats = "".join('<li class="cat-item"><a href="/category/%d/">%s</a></li>' % (i, E(x)) for i, x in enumerate(p.get("cats", c["subnav"])))
    recent = "".join('<li><a href="/20%d/">%s</a></li>' % (i, E(x)) for i, x in enumerate(ctx.r.sample(c["related_items"], 5)))
    blogname = p.get("blogname", "Blog")
    return ctx.head(ctx.jsonld("BlogPosting"), " – " + blogname) + f'''<body class="post-template-default single single-post postid-{ctx.r.randint(100, 999)} single-format-standard wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{E(blogname)}</a></p><p class="site-description">{E(p.get("tagline", ""))}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button><div class="menu-main-container"><ul id="primary-menu" class="menu">{"".join('<li class="menu-item"><a href="/p/%d">%s</a></li>' % (i, E(x)) for i, x in enumerate(p.get("menu", c["nav"][:5])))}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{ctx.r.randint(100, 999)}" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{inline(p["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><a href="/" rel="bookmark"><time class="entry-date published" datetime="{E(date)}">{E(date)}</time></a></span><span class="byline"> <span class="author vcard"><a class="url fn n" href="/author/a/">{E(author)}</a></span></span></div></header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">{E(c["share"])}:</h3><div class="sd-content"><ul>{"".join('<li><a class="share-%d sd-button" href="#"><span>%s</span></a></li>' % (i, E(x)) for i, x in enumerate(c["share_items"]))}</ul></div></div></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled"><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">{E(c["like"])}:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>{E(c["like"])}</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{E(c["related"])}</em></h3>{ctx.related(n=3)}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links">{E(c["category"])}: <a href="/category/x/" rel="category tag">{E(p.get("cats", c["subnav"])[0])}</a></span> <span class="tags-links">{E(c["tags"])} {", ".join('<a href="/tag/%d/" rel="tag">%s</a>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</span></footer>
</article>
<div class="author-info"><div class="author-avatar"><img alt="" src="/avatar.jpg" class="avatar" height="60" width="60"></div><div class="author-description"><h2 class="author-title">{E(author)}</h2><p class="author-bio">{E(p.get("bio", ""))}</p></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev"><span class="meta-nav">{E(c["prev"])}</span> <span class="post-title">{E(c["related_items"][2])}</span></a></div><div class="nav-next"><a href="/next/" rel="next"><span class="meta-nav">{E(c["next"])}</span> <span class="post-title">{E(c["related_items"][3])}</span></a></div></div></nav>
<div id="comments" class="comments-area">{ctx.comments(3)}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{E(c["reply"])}</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="logged-in-as">{E(c["comment_login"])}</p><textarea id="comment" name="comment"></textarea><p class="form-submit"><input name="submit" type="submit" value="{E(c["reply"])}"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="{E(c["search"])} …"><input type="submit" class="search-submit" value="{E(c["search"])}"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">{E(c["sidebar_title"])}</h2><ul>{recent}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">{E(c["category"])}</h2><ul>{cats}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">{E(c["archive"])}</h2><ul><li><a href="/2024/05/">2024/05</a></li><li><a href="/2024/04/">2024/04</a></li><li><a href="/2024/03/">2024/03</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>{E(c["copyright"])}</div>{"".join("<p>%s</p>" % E(x) for x in c["icp"][:1]) if p["lang"] == "zh-Hans" else ""}</footer>
</div>
<script type="text/javascript" src="/wp-includes/js/wp-embed.min.js?ver=6.4.2" id="wp-embed-js"></script>
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);</script>
</body></html>'''


# ------------------------------------------------------------------ Blogger
def blogger(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    body = ctx.blocks(p["blocks"], pstyle=p.get("pstyle", "br"), img_style="table", hstyle="strong")
    blogname = p.get("blogname", "My Blog")
    return ctx.head(title_suffix=": " + blogname).replace("<head>", "<head><meta name='generator' content='blogger'>") + f'''<body class="loading variant-simplysimple">
<div class="navbar no-items section" id="navbar"></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{E(blogname)}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>{E(p.get("tagline", ""))}</span></p></div></div></div></div></header>
<div class="tabs-outer"><div class="PageList widget" id="PageList1"><ul>{"".join('<li><a href="/p/%d.html">%s</a></li>' % (i, E(x)) for i, x in enumerate(p.get("menu", c["nav"][:4])))}</ul></div></div>
<div class="main-outer"><div class="columns"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{E(date)}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{ctx.r.randint(10**17, 10**18)}"></a>
<h3 class="post-title entry-title" itemprop="name">{inline(p["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{ctx.r.randint(10**17, 10**18)}" itemprop="description articleBody">
<div dir="ltr" style="text-align: left;" trbidi="on">
{body}
</div>
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"><a class="g-profile" href="/profile/1" rel="author"><span itemprop="name">{E(author)}</span></a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/" rel="bookmark"><abbr class="published">{E(date)}</abbr></a></span> <span class="post-comment-link"></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a>{"".join('<a class="goog-inline-block share-button" href="#"><span class="share-button-link-text">%s</span></a>' % E(x) for x in c["share_items"][:3])}</div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {", ".join('<a href="/search/label/%d" rel="tag">%s</a>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</span></div></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>{E(c["comments"])}</h4><div class="comments-content">{ctx.comments(2)}</div><p class="comment-footer"><a href="/comment">Post a Comment</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/newer">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/older">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/posts/default" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a href="/profile/1">{E(author)}</a></dt><dd class="profile-textblock">{E(p.get("bio", ""))}</dd></dl><a class="profile-link" href="/profile/1">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)">▼</a> <a class="post-count-link" href="/2024/">2024</a> <span class="post-count">(12)</span></li></ul></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>{E(c["sidebar_title"])}</h2>{ctx.related(c["sidebar_title"], 3)}</div></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="Attribution widget" id="Attribution1"><div class="widget-content" style="text-align: center;">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer>
</div></div>
<script type="text/javascript">window.___gcfg = {{'lang': 'en'}};</script>
</body></html>'''


# ------------------------------------------------------------------ ameblo-like (ja)
def ameblo(ctx, p):
    c = ctx.c
    h = ctx.h
    author, date, source = _meta(p)
    body = ctx.blocks(p["blocks"], pstyle="div", img_style="plain", hstyle="strong")
    # ameblo uses <div> per line with <br> spacer divs
    body = body.replace("</div>\n<div>", "</div>\n<div><br></div>\n<div>")
    return ctx.head(title_suffix=" | " + p.get("blogname", "ブログ")) + f'''<body>
<div id="app"><div class="{h("skin")}" data-uranus-layout="skinArticle">
<header class="skin-header"><div class="skin-headerBlogTitle"><h2><a href="/">{E(p.get("blogname", ""))}</a></h2><p>{E(p.get("tagline", ""))}</p></div>
<nav class="skin-headerNav"><ul><li><a href="/">ブログトップ</a></li><li><a href="/entrylist.html">記事一覧</a></li><li><a href="/imagelist.html">画像一覧</a></li></ul></nav></header>
<div class="{h("skin")}"><div class="skinMainArea2"><article class="js-entryWrapper" data-unique-entry-id="{ctx.r.randint(10**10, 10**11)}">
<div class="skin-entryHead"><p class="skin-entryPubdate"><time datetime="{E(date)}">{E(date)}</time></p><h1 class="skin-entryTitle" data-uranus-component="entryTitle"><a href="/entry.html">{inline(p["title"])}</a></h1>
<div class="skin-entryThemes">テーマ：<a href="/theme.html">{E(p.get("tags", ["ブログ"])[0])}</a></div></div>
<div class="skin-entryBody _2p2QMv9o" data-uranus-component="entryBody" id="entryBody">
{body}
<div><br></div><div>にほんブログ村のランキングに参加しています。よかったらポチッとお願いします。</div><div><a href="https://blogmura.example.test/"><img src="/banner_br.gif" width="88" height="31" alt="にほんブログ村"></a></div>
</div>
<div class="skin-entryFooter"><div class="js-reactionArea"><button class="{h("_")}"><span>いいね！</span></button><span class="{h("_")}">{ctx.r.randint(5, 99)}</span>
<a href="/comment">コメント({ctx.r.randint(0, 9)})</a> <a href="/reblog">リブログ({ctx.r.randint(0, 3)})</a></div>
<div class="{h("_")}">{ctx.share()}</div>
<div class="{h("_")}"><p>「{E(p.get("tags", ["日常"])[0])}」の記事をもっと見る</p>{ctx.related(n=3)}</div></div>
</article>
<div class="skin-entryPaging"><a href="/prev.html">{E(c["prev"])}</a> <a href="/next.html">{E(c["next"])}</a></div>
</div>
<aside class="skinSubArea2"><div class="skin-profile"><img src="/profile.jpg" alt=""><p class="{h("_")}">{E(author)}</p><p>{E(p.get("bio", ""))}</p><button>フォロー</button></div>
<div class="skin-widget"><h3>最新の記事</h3>{ctx.related(" ", 4)}</div>
<div class="skin-widget"><h3>月別</h3><ul><li><a href="#">2024年5月(8)</a></li><li><a href="#">2024年4月(11)</a></li></ul></div></aside></div>
<div class="{h("_")}"><p>Amebaで無料ブログを始めよう！</p><a href="/signup">ブログを始める</a></div>
<footer class="skin-footer"><p>{E(c["copyright"])}</p></footer>
</div></div>
<script>window.INIT_DATA={{"entryState":{{"entryMap":{{}}}}}};</script>
</body></html>'''


# ------------------------------------------------------------------ hatena-like (ja)
def hatena(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    body = ctx.blocks(p["blocks"], pstyle="p", img_style="figure", hstyle="h3")
    return ctx.head(title_suffix=" - " + p.get("blogname", "日記")) + f'''<body class="page-entry header-image-enable enable-top-editarea enable-bottom-editarea globalheader-ng-enabled">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" src="https://blog.example.test/api/globalheader" frameborder="0" scrolling="no"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content"><h2 id="title"><a href="/">{E(p.get("blogname", ""))}</a></h2><h3 id="blog-description">{E(p.get("tagline", ""))}</h3></div></div></header>
<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">
<div id="top-editarea"><p style="font-size:12px">※当ブログはアフィリエイト広告を利用しています</p></div>
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-800 words-100 mode-html entry-odd" id="entry-{ctx.r.randint(10**16, 10**17)}">
<div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="/archive/2024/05/12" rel="nofollow"><time datetime="{E(date)}">{E(date)}</time></a></div>
<h1 class="entry-title"><a href="/entry/2024/05/12/100000" class="entry-title-link bookmark">{inline(p["title"])}</a></h1>
<div class="entry-categories categories">{"".join('<a href="/archive/category/%d" class="entry-category-link">%s</a>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</div></header>
<div class="entry-content hatenablog-entry">
<div class="table-of-contents-wrapper"><ul class="table-of-contents">{"".join('<li><a href="#%d">%s</a></li>' % (i, inline(b[1])) for i, b in enumerate(p["blocks"]) if b[0] in ("h", "h3"))}</ul></div>
{body}
</div>
<div class="entry-footer"><div class="entry-tags-wrapper"></div><p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn">{E(author)}</span></span> <a href="/entry/x" class="entry-see-more"><time>{E(date)}</time></a> <a class="comment-count">コメント 0</a></p>
<div class="social-buttons"><div class="social-button-item"><a href="https://b.example.test/entry/" class="hatena-bookmark-button">はてなブックマークに追加</a></div><div class="social-button-item"><a href="#" class="twitter-share-button">Tweet</a></div><div class="social-button-item"><a href="#">Facebook</a></div></div>
<div class="customized-footer"><div class="hatena-module hatena-module-related-entries"><div class="hatena-module-title">{E(c["related"])}</div>{ctx.related(" ", 4)}</div></div>
<div class="comment-box js-comment-box"><ul class="comment js-comment"><li class="read-more-comments" style="display: none;"><a>もっと読む</a></li></ul><a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div></div>
</div></article>
<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="/prev" rel="prev"><span class="pager-arrow">&laquo; </span>{E(c["related_items"][4])}</a></span><span class="pager-next"><a href="/next" rel="next">{E(c["related_items"][5])}<span class="pager-arrow"> &raquo;</span></a></span></div>
</div></div></div>
<aside id="box2"><div id="box2-inner"><div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body"><a href="/about" class="profile-icon-link"><img src="/icon.png" alt="" class="profile-icon"></a><span class="id"><a href="/about">{E(author)}</a></span><div class="profile-description"><p>{E(p.get("bio", ""))}</p></div><div class="hatena-follow-button-box"><a href="#" class="hatena-follow-button">読者になる</a></div></div></div>
<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">検索</div><form class="search-form"><input type="text" name="q" class="search-module-input"></form></div>
<div class="hatena-module hatena-module-archive"><div class="hatena-module-title">月別アーカイブ</div><ul><li><a href="/archive/2024/05">2024 / 5</a></li><li><a href="/archive/2024/04">2024 / 4</a></li></ul></div></div></aside>
</div></div>
<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a href="/">{E(p.get("blogname", ""))}</a></address><p class="services">Powered by <a href="https://hatena.example.test/">Hatena Blog</a> | <a href="#">ブログを報告する</a></p></div></footer>
</div></div>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XXXX"></script>
</body></html>'''


# ------------------------------------------------------------------ Naver-like blog (ko)
def naver_blog(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    title_comp = ('<div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-documentTitle">'
                  '<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>%s</span></p></div>'
                  '<div class="blog2_container"><span class="nick"><a href="#">%s</a></span> <span class="se_publishDate pcol2">%s</span> <a class="btn_follow">%s</a></div>'
                  '</div></div></div>') % (inline(p["title"]), E(author), E(date), E(c["follow"]))
    # title is in se-title-text (not an h1, as on the real thing) -- wrap in h3 as many skins do
    title_comp = title_comp.replace('<p class="se-text-paragraph"><span>%s</span></p>' % inline(p["title"]),
                                    '<h3 class="se_textarea"><span>%s</span></h3>' % inline(p["title"]))
    parts = []
    for b in p["blocks"]:
        if b[0] == "p":
            parts.append(ctx.blocks([b], pstyle="se"))
        elif b[0] == "img":
            parts.append('<div class="se-component se-image se-l-default"><div class="se-component-content"><div class="se-section se-section-image"><div class="se-module se-module-image">'
                         '<a class="se-module-image-link __se_image_link __se_link"><img src="https://postfiles.example.test/%d.jpg?type=w773" data-lazy-src="" class="se-image-resource egjs-visible" alt=""></a></div>'
                         '<div class="se-module se-module-text se-caption"><p class="se-text-paragraph">%s</p></div></div></div></div>' % (ctx.r.randint(1000, 9999), E(b[1])))
        else:
            parts.append('<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text">%s</div></div></div>' % ctx.blocks([b], hstyle="strong"))
    return ctx.head(title_suffix=" : 네이버 블로그") + f'''<body class="se-body">
<div id="whole-border"><div id="whole-body"><div id="wrapper">
<div id="blog-menu" class="blog-menu"><ul><li><a href="/PostList.naver">블로그</a></li><li><a href="/prologue">프롤로그</a></li><li><a href="/guestbook">방명록</a></li></ul></div>
<div id="content-area"><div id="post-area">
<div class="wrap_postcomment"><div id="printPost1" class="post-back"><table class="post-body" cellspacing="0" cellpadding="0" border="0"><tr><td class="bcc">
<div class="se-viewer se-theme-default" lang="ko-KR"><div class="se-main-container">
{title_comp}
{chr(10).join(parts)}
</div></div>
<div class="post_tag"><div class="item">{"".join('<a href="/tag/%d" class="itemTagfont"><span class="ell">#%s</span></a>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</div></div>
</td></tr></table></div>
<div class="area_sympathy"><a class="u_likeit_list_btn _button"><span class="u_ico"></span><em class="u_txt">{E(c["like"])}</em><em class="u_cnt _count">{ctx.r.randint(3, 80)}</em></a>
<a class="btn_comment"><span>{E(c["comments"])}</span> <em>{ctx.r.randint(1, 20)}</em></a>{ctx.share()}</div>
<div class="area_comment">{ctx.comments(3)}</div>
<div class="wrap_blog2_categorylist"><h4>'{E(p.get("tags", ["일상"])[0])}' 카테고리의 다른 글</h4>{ctx.related(" ", 5)}</div>
</div></div>
<div id="profile-area"><div class="profile"><img src="/profile.jpg" alt="프로필"><p class="nick">{E(author)}</p><p class="caption">{E(p.get("bio", ""))}</p><a class="btn_buddy">{E(c["follow"])}</a></div>
<div id="category-list"><h4>{E(c["category"])}</h4><ul><li><a>전체보기 (312)</a></li><li><a>일상 (120)</a></li><li><a>맛집 (88)</a></li><li><a>여행 (64)</a></li></ul></div></div>
</div></div></div></div>
<div id="footer"><p>{E(c["copyright"])}</p></div>
<script>var blogNo = '{ctx.r.randint(10**7, 10**8)}'; var isMobile = false;</script>
</body></html>'''


# ------------------------------------------------------------------ Tistory-like blog (ko)
def tistory(ctx, p):
    c = ctx.c
    author, date, source = _meta(p)
    body = ctx.blocks(p["blocks"], pstyle="p", img_style="figure", hstyle="h3", pclass="" if False else None)
    body = body.replace("<p>", '<p data-ke-size="size16">')
    return ctx.head(ctx.jsonld("BlogPosting"), " :: " + p.get("blogname", "")) + f'''<body id="tt-body-page" class="layout-aside-right paging-number">
<div id="acc-nav"><a href="#content">본문 바로가기</a></div>
<div id="wrap" class="wrap-right"><header id="header"><div class="inner"><h2><a href="/">{E(p.get("blogname", ""))}</a></h2>
<button type="button" class="mobile-menu"><span>메뉴</span></button><nav id="gnb"><ul class="tt_category"><li><a href="/category" class="link_tit">분류 전체보기</a><ul class="category_list">{"".join('<li class=""><a href="/category/%d" class="link_item">%s</a></li>' % (i, E(x)) for i, x in enumerate(p.get("menu", ["일상", "리뷰", "개발", "여행"])))}</ul></li></ul></nav></div></header>
<section class="container"><article id="content"><div class="inner">
<div class="hgroup"><div class="category">{E(p.get("tags", ["일상"])[0])}</div><h1>{inline(p["title"])}</h1><div class="post-meta"><span class="author">{E(author)}</span><span class="date">{E(date)}</span></div></div>
<div class="entry-content"><div class="revenue_unit_wrap"><div class="revenue_unit_item adfit"><ins class="kakao_ad_area" style="display:none;" data-ad-unit="DAN-xxxx" data-ad-width="728" data-ad-height="90"></ins></div></div>
<div class="contents_style">
{body}
</div>
<div class="revenue_unit_wrap position_list"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-000" data-ad-slot="123"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn" id="reaction-{ctx.r.randint(10, 99)}"><button class="btn_post uoc-icon"><div class="uoc-icon"><span class="ico_postbtn ico_like">좋아요</span><span class="txt_like uoc-count">{ctx.r.randint(1, 30)}</span></div></button></div>
<div class="wrap_btn wrap_btn_share"><button type="button" class="btn_post sns_btn btn_share"><span class="ico_postbtn ico_share">공유하기</span></button></div>
<div class="wrap_btn wrap_btn_etc"><button type="button" class="btn_post btn_etc2"><span class="ico_postbtn ico_etc">게시글 관리</span></button></div></div>
<div data-tistory-react-app="SupportButton"></div></div>
<div class="another_category another_category_color_gray"><h4>'<a href="/category/x">{E(p.get("tags", ["일상"])[0])}</a>' 카테고리의 다른 글</h4><table><tr><th><a href="/1">{E(c["related_items"][0])}</a></th><td>2024.04.01</td></tr><tr><th><a href="/2">{E(c["related_items"][1])}</a></th><td>2024.03.22</td></tr></table></div>
</div>
<div class="tags"><h3>{E(c["tags"])}</h3>{", ".join('<a href="/tag/%d" rel="tag">%s</a>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</div>
<div data-tistory-react-app="Namecard"></div>
<div class="comments">{ctx.comments(2)}</div>
</div></article>
<aside id="aside" class="sidebar"><div class="sidebar-1"><div class="profile"><img src="/img.jpg" alt=""><h2>{E(author)}</h2><p>{E(p.get("bio", ""))}</p></div>
<div class="post-list tab-ui"><h2>{E(c["sidebar_title"])}</h2>{ctx.related(" ", 4)}</div>
<div class="count"><h2>방문자수</h2><p class="total">Total</p><p class="num">123,456</p><ul><li>Today : 87</li><li>Yesterday : 140</li></ul></div></div></aside></section>
<hr><footer id="footer"><p class="copyright">DESIGN BY <a href="#">TISTORY</a> <a href="/manage" class="admin">관리자</a></p></footer></div>
</body></html>'''


# ------------------------------------------------------------------ Discuz!-like forum (table posts)
def discuz(ctx, p):
    c = ctx.c
    lang = p["lang"]
    zh_s = lang == "zh-Hans"
    floors = (["楼主", "沙发", "板凳", "地板", "5#", "6#", "7#", "8#"] if zh_s else ["樓主", "沙發", "板凳", "地板", "5#", "6#", "7#", "8#"]) if lang.startswith("zh") \
        else ["#1", "#2", "#3", "#4", "#5", "#6", "#7", "#8"]
    posts = []
    for i, post in enumerate(p["posts"]):
        pid = ctx.r.randint(10**6, 10**7)
        body = ctx.blocks(post["blocks"], pstyle="br", img_style="plain", hstyle="strong")
        sig = '<div class="sign">%s</div>' % E(post["sig"]) if post.get("sig") else ""
        posts.append(f'''<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="/space-uid-{pid}.html" target="_blank" class="xw1">{E(post["user"])}</a></div></div>
<div><div class="avatar"><a href="/space-uid-{pid}.html"><img src="/uc_server/avatar.php?uid={pid}&size=middle"></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="#" class="xi2">{ctx.r.randint(1, 300)}</a></p>{'主题' if zh_s else '主題'}</th><th><p><a href="#" class="xi2">{ctx.r.randint(10, 3000)}</a></p>{'帖子' if zh_s else '帖子'}</th><td><p><a href="#" class="xi2">{ctx.r.randint(10, 9000)}</a></p>{'积分' if zh_s else '積分'}</td></table></div>
<p><em><a href="/home.php?mod=spacecp&ac=usergroup">{E(post.get("rank", "中级会员" if zh_s else "中級會員"))}</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="/forum.php?mod=redirect&ptid=1&pid={pid}" id="postnum{pid}">{E(floors[i])}</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="/static/image/common/online_member.gif"> <em id="authorposton{pid}">{'发表于' if zh_s else '發表於'} {E(post.get("date", "2024-5-12 21:0%d" % i))}</em>
<span class="pipe">|</span><a href="#">{'只看该作者' if zh_s else '只看該作者'}</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{body}
</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm">{sig}</td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">{E(c["reply"])}</a></em><p><a href="#">{'举报' if zh_s else '檢舉'}</a></p></div></div></td></tr></table></div>''')
    thread_title = inline(p["title"])
    return ctx.head(title_suffix=" - " + p.get("forum", "论坛") + " - Powered by Discuz!").replace("<head>", '<head><meta name="generator" content="Discuz! X3.4">') + f'''<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="/">{E(c["home"])}</a><a href="javascript:;" onclick="setHomepage()">{'设为首页' if zh_s else '設為首頁'}</a></div><div class="y"><a href="/member.php?mod=logging&action=login">{E(c["login"])}</a><a href="/member.php?mod=register">{E(c["register"])}</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="/" title="{E(p.get("forum", ""))}"><img src="/static/image/common/logo.png" alt="{E(p.get("forum", ""))}"></a></h2>
<div id="scbar" class="cl"><form id="scbar_form" method="post" action="/search.php"><input type="text" name="srchtxt" id="scbar_txt" placeholder="{'请输入搜索内容' if zh_s else '請輸入搜尋內容'}"><button type="submit">{E(c["search"])}</button></form></div></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="/forum.php">{'论坛' if zh_s else '論壇'}</a></li><li><a href="/group.php">{'群组' if zh_s else '群組'}</a></li><li><a href="/home.php">{'家园' if zh_s else '家園'}</a></li><li><a href="/misc.php?mod=ranklist">{'排行榜' if zh_s else '排行榜'}</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="/" class="nvhm">{E(p.get("forum", ""))}</a> <em>&rsaquo;</em> <a href="/forum.php">{'论坛' if zh_s else '論壇'}</a> <em>&rsaquo;</em> <a href="/forum-2-1.html">{E(p.get("board", ""))}</a> <em>&rsaquo;</em> <a href="/thread-1-1-1.html">{E(plain(p["title"]))}</a></div></div>
<div class="wp a_t">{ctx.ad()}</div>
<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl"><div class="pgt"><div class="pg"><strong>1</strong><a href="/thread-1-2-1.html">2</a><a href="/thread-1-2-1.html" class="nxt">{'下一页' if zh_s else '下一頁'}</a></div></div>
<span class="y pgb"><a href="/forum-2-1.html">{'返回列表' if zh_s else '返回列表'}</a></span><a id="newspecial" href="/forum.php?mod=post&action=newthread">{'发帖' if zh_s else '發帖'}</a><a id="post_reply" href="#">{E(c["reply"])}</a></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">{'查看' if zh_s else '查看'}:</span> <span class="xi1">{ctx.r.randint(1000, 30000)}</span><span class="pipe">|</span><span class="xg1">{E(c["reply"])}:</span> <span class="xi1">{len(p["posts"]) - 1}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{thread_title}</span></h1><span class="xg1"><a href="/thread-1-1-1.html" onclick="return copyThreadUrl(this)">[{'复制链接' if zh_s else '複製連結'}]</a></span></td></tr></table>
{chr(10).join(posts)}
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="/thread-1-2-1.html">2</a><label><input type="text" name="custompage" class="px" size="2" value="1"><span title="2">/ 2</span></label><a href="/thread-1-2-1.html" class="nxt">{'下一页' if zh_s else '下一頁'}</a></div></div>
<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform" action="/forum.php?mod=post&action=reply"><div class="pls"><div class="avatar avtm"><img src="/noavatar.png"></div></div><div class="plc"><div class="hm">{'您需要登录后才可以回帖' if zh_s else '您需要登入後才可以回帖'} <a href="/login">{E(c["login"])}</a> | <a href="/register">{E(c["register"])}</a></div><textarea name="message" id="fastpostmessage"></textarea><button type="submit" id="fastpostsubmit">{'发表回复' if zh_s else '發表回覆'}</button></div></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="/archiver/">Archiver</a><span class="pipe">|</span><a href="/forum.php?mobile=yes">{'手机版' if zh_s else '手機版'}</a><span class="pipe">|</span><a href="/misc.php?mod=mobile">{'小黑屋' if zh_s else '小黑屋'}</a><span class="pipe">|</span>{" ".join(E(x) for x in c["footer"][:3])}</p>{"".join("<p>%s</p>" % E(x) for x in c["icp"][:2]) if zh_s else ""}</div>
<div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
<script type="text/javascript">var cookiepre = 'xYz_2132_', cookiedomain = '', cookiepath = '/';</script>
</body></html>'''


# ------------------------------------------------------------------ div-based forum (5ch / clien / discourse-ish)
def forum_div(ctx, p):
    c = ctx.c
    h = ctx.h
    style = p.get("fstyle", "discourse")
    posts = []
    for i, post in enumerate(p["posts"]):
        if style == "5ch":
            body = ctx.blocks(post["blocks"], pstyle="br", hstyle="strong").replace("<br><br>\n", "<br>")
            posts.append(f'''<div class="post" id="{i + 1}" data-userid="ID:{h("x")[2:]}" data-id="{i + 1}"><div class="meta"><span class="number">{i + 1}</span><span class="name"><b>{E(post["user"])}</b></span><span class="date">2024/05/12(日) 21:{10 + i}:3{i}.{ctx.r.randint(10, 99)}</span><span class="uid">ID:{h("x")[2:]}</span></div>
<div class="message"><span class="escaped">{body}</span></div></div><br>''')
        elif style == "clien":
            body = ctx.blocks(post["blocks"], pstyle="p")
            cls = "post_view" if i == 0 else "comment_view"
            posts.append(f'''<div class="{'post_article' if i == 0 else 'comment_row'}" data-role="{'post' if i == 0 else 'comment'}" data-author-id="{E(post["user"])}">
<div class="{'post_info' if i == 0 else 'comment_info'}"><div class="post_nickname"><span class="nickname"><span title="{E(post["user"])}">{E(post["user"])}</span></span></div><div class="post_time"><span class="timestamp">2024-05-12 1{i}:2{i}:00</span></div>{'' if i == 0 else '<div class="comment_symph"><button>%s %d</button></div>' % (E(c["like"]), ctx.r.randint(0, 20))}</div>
<div class="{cls}"><div class="{'post_content' if i == 0 else 'comment_content'}">{'<article>' if i == 0 else ''}{body}{'</article>' if i == 0 else ''}</div></div>
<div class="{h()}"><button class="button_report">신고</button> <button class="button_reply">{E(c["reply"])}</button></div></div>''')
            if i == 0:
                posts.append(f'<div class="post_symph"><button class="symph_button">{E(c["like"])} <strong>{ctx.r.randint(1, 50)}</strong></button></div><div class="post_comment"><div class="comment_head"><span>{E(c["comments"])} <strong>{len(p["posts"]) - 1}</strong></span></div><div class="comment">')
            if i == len(p["posts"]) - 1:
                posts.append("</div></div>")
        else:  # discourse-ish
            body = ctx.blocks(post["blocks"], pstyle="p", hstyle="h2")
            posts.append(f'''<div class="topic-post clearfix regular" data-post-number="{i + 1}"><article id="post_{i + 1}" aria-label="post #{i + 1} by @{E(post["user"])}" role="region" class="boxed onscreen-post" data-post-id="{ctx.r.randint(10**5, 10**6)}">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/{E(post["user"])}"><img alt="" width="45" height="45" src="/user_avatar/{E(post["user"])}/45.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/{E(post["user"])}">{E(post["user"])}</a></span>{'<span class="user-title">%s</span>' % E(post.get("rank")) if post.get("rank") else ""}</div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/1/{i + 1}"><span title="May 12, 2024 9:0{i} pm" class="relative-date">{ctx.r.randint(2, 11)}d</span></a></div></div></div>
<div class="regular contents"><div class="cooked">{body}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat toggle-like like" title="like this post"><span class="d-button-label">{ctx.r.randint(0, 40)}</span></button><button class="widget-button btn-flat share" title="share a link to this post">Share</button><button class="widget-button btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">{E(c["reply"])}</span></button></div></nav></section></div></div></div></article></div>''')
    if style == "5ch":
        top = f'''<div id="header"><a href="/">掲示板トップ</a> <a href="/board/">{E(p.get("board", ""))}</a> <span class="pr"><a href="/premium">プレミアム会員</a></span></div>
<div class="pagestats"><ul class="menujust"><li class="metastats meta centered">{len(p["posts"])}コメント</li><li class="metastats meta centered">{ctx.r.randint(5, 40)}KB</li></ul></div>
<div class="navmenu"><ul class="menujust"><li><a href="#">全部</a></li><li><a href="#">前100</a></li><li><a href="#">次100</a></li><li><a href="#">最新50</a></li></ul></div>
<h1 class="title">{inline(p["title"])}</h1>'''
        bottom = f'''<div class="navmenu"><ul class="menujust"><li><a href="#">全部</a></li><li><a href="#">前100</a></li><li><a href="#">次100</a></li><li><a href="#">最新50</a></li></ul></div>
<div class="newpostbutton"><a href="#">書き込み</a></div><div class="{h()}">{ctx.related("関連スレッド", 4)}</div>'''
    elif style == "clien":
        top = f'''<div class="nav_container">{ctx.nav()}</div><div class="board_head"><div class="board_name"><h2><a href="/board/{E(p.get("board", ""))}">{E(p.get("board", ""))}</a></h2></div></div>
<div class="post_title symph_row"><h3 class="post_subject"><span>{inline(p["title"])}</span></h3></div>'''
        bottom = f'''<div class="board_list_footer"><a class="button_list" href="/board">목록</a></div><div class="list_board">{ctx.related("이 게시판의 다른 글", 5)}</div>'''
    else:
        top = f'''<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/logo.png" alt="Community" id="site-logo"></a></div><div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">{E(c["register"])}</button><button class="btn btn-primary btn-small login-button">{E(c["login"])}</button></span></div></div></div></header>
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="{ctx.r.randint(1000, 9999)}"><a href="/t/1" class="fancy-title">{inline(p["title"])}</a></h1><div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category__name">{E(p.get("board", ""))}</span></span></div></div></div></div>'''
        bottom = f'''<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">12d</span></li><li><h4>replies</h4><span class="number">{len(p["posts"]) - 1}</span></li><li><h4>views</h4><span class="number">1.2k</span></li></ul></section></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3>{ctx.related(" ", 4)}</div>'''
    return ctx.head(title_suffix=" - " + p.get("forum", "")) + f'''<body class="{h()}">
<noscript><p>This site works best with JavaScript enabled.</p></noscript>
<div id="main-outlet-wrapper" class="wrap"><div class="{h()}">
{top}
<div class="{h()} post-stream">
{chr(10).join(posts)}
</div>
{bottom}
</div></div>
{ctx.footer(False)}
{ctx.cookie() if style == "discourse" else ""}
</body></html>'''


# ------------------------------------------------------------------ Zhihu-like Q&A
def qa_zhihu(ctx, p):
    c = ctx.c
    h = ctx.h
    lang = p["lang"]
    zs = lang == "zh-Hans"
    ans = []
    for a in p["answers"]:
        body = ctx.blocks(a["blocks"], pstyle="p", img_style="figure", hstyle="h2")
        ans.append(f'''<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop='{{"authorName":"{E(a["user"])}","itemId":{ctx.r.randint(10**9, 10**10)},"type":"answer"}}' itemprop="suggestedAnswer" itemtype="http://schema.org/Answer" itemscope="">
<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" width="38" height="38" src="/avatar.jpg" alt="{E(a["user"])}"></span>
<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="/people/{ctx.r.randint(100, 999)}">{E(a["user"])}</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{E(a.get("bio", ""))}</div></div></div></div></div>
<div class="LabelContainer-wrapper"></div><div class="css-h5al4j"><span><span class="Voters"><button type="button" class="Button Button--plain">{ctx.r.randint(10, 5000)} {'人赞同了该回答' if zs else '人贊同了該回答'}</button></span></span></div></div>
<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText {h()}" options="[object Object]" itemprop="text">
{body}
</span></div></span>
<div><div class="ContentItem-time"><a target="_blank" href="/answer/{ctx.r.randint(10**8, 10**9)}"><span data-tooltip="{'发布于' if zs else '發佈於'} 2024-05-12 10:0{len(ans)}">{'编辑于' if zs else '編輯於'} 2024-05-1{len(ans)} 10:0{len(ans)}</span></a></div></div>
<div class="ContentItem-actions RichContent-actions"><span><button aria-label="{'赞同' if zs else '贊同'} {ctx.r.randint(10, 5000)}" type="button" class="Button VoteButton VoteButton--up">{'赞同' if zs else '贊同'} {ctx.r.randint(10, 5000)}</button><button aria-label="{'反对' if zs else '反對'}" type="button" class="Button VoteButton VoteButton--down"></button></span>
<button type="button" class="Button ContentItem-action">{ctx.r.randint(1, 300)} {'条评论' if zs else '條評論'}</button><div class="Popover ShareMenu ContentItem-action"><button type="button" class="Button">{'分享' if zs else '分享'}</button></div><button type="button" class="Button ContentItem-action">{'收藏' if zs else '收藏'}</button><button type="button" class="Button ContentItem-action">{'喜欢' if zs else '喜歡'}</button></div></div></div></div>''')
    q = ctx.blocks(p["question"], pstyle="p")
    return ctx.head(ctx.jsonld("QAPage"), " - " + ("知乎" if zs else "問答")) + f'''<body class="Body--isAppleDevice">
<div id="root"><div><div class="LoadingBar"></div><div><header role="banner" class="Sticky AppHeader {h()}"><div class="AppHeader-inner {h()}"><a href="/" aria-label="{E(c["home"])}"><svg viewBox="0 0 64 30" class="ZhihuLogo"></svg></a>
<ul role="navigation" class="Tabs AppHeader-Tabs"><li class="Tabs-item"><a class="Tabs-link" href="/">{E(c["home"])}</a></li><li class="Tabs-item"><a class="Tabs-link" href="/explore">{'发现' if zs else '發現'}</a></li><li class="Tabs-item"><a class="Tabs-link" href="/question/waiting">{'等你来答' if zs else '等你來答'}</a></li></ul>
<div class="SearchBar"><form class="SearchBar-tool"><input type="text" class="Input" placeholder="{E(c["search"])}"><button class="Button SearchBar-searchButton">{E(c["search"])}</button></form></div>
<div class="AppHeader-userInfo"><button type="button" class="Button">{E(c["login"])}/{E(c["register"])}</button></div></div></header></div>
<main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemtype="http://schema.org/Question">
<meta itemprop="name" content="{E(plain(p["title"]))}"><meta itemprop="answerCount" content="{len(p["answers"]) + 20}">
<div data-zop-question='{{"title":"{E(plain(p["title"]))}","topics":[]}}'><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main">
<div class="QuestionHeader-tags"><div class="QuestionHeader-topics">{"".join('<div class="Tag QuestionTopic"><span class="Tag-content"><a class="TopicLink" href="/topic/%d"><div class="Popover"><div>%s</div></div></a></span></div>' % (i, E(t)) for i, t in enumerate(p.get("tags", [])))}</div></div>
<h1 class="QuestionHeader-title">{inline(p["title"])}</h1>
<div><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed"><div><span class="RichText ztext" itemprop="text">{q}</span>
<button type="button" class="Button QuestionRichText-more Button--plain">{'显示全部' if zs else '顯示全部'} ​<svg width="1.2em" height="1.2em"></svg></button></div></div></div></div>
<div class="QuestionHeader-side"><div class="QuestionHeader-follow-status"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">{'关注者' if zs else '關注者'}</div><strong class="NumberBoard-itemValue">{ctx.r.randint(100, 9000)}</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">{'被浏览' if zs else '被瀏覽'}</div><strong class="NumberBoard-itemValue">{ctx.r.randint(10**4, 10**6)}</strong></div></div></div></div></div></div></div>
<div class="QuestionHeader-footer"><div class="QuestionButtonGroup"><button type="button" class="Button FollowButton">{'关注问题' if zs else '關注問題'}</button><button type="button" class="Button">{'写回答' if zs else '寫回答'}</button></div><div class="QuestionHeaderActions"><button class="Button">{'邀请回答' if zs else '邀請回答'}</button><button class="Button">{'好问题' if zs else '好問題'} {ctx.r.randint(1, 99)}</button><button class="Button">{ctx.r.randint(1, 50)} {'条评论' if zs else '條評論'}</button><div class="Popover ShareMenu"><button class="Button">{'分享' if zs else '分享'}</button></div></div></div></div></div>
<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div class="Card AnswersNavWrapper"><div class="List"><div class="List-header"><h4 class="List-headerText"><span>{len(p["answers"]) + 20} {'个回答' if zs else '個回答'}</span></h4><div class="List-headerOptions"><button class="Button">{'默认排序' if zs else '預設排序'}</button></div></div>
<div>{chr(10).join(ans)}</div>
<div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" href="/question/1">{'查看全部' if zs else '查看全部'} {len(p["answers"]) + 20} {'个回答' if zs else '個回答'}</a></div></div></div></div>
<div class="Question-sideColumn"><div class="Card"><div class="Card-header"><div class="Card-headerText">{'相关问题' if zs else '相關問題'}</div></div>{ctx.related(" ", 5)}</div>
<div class="Card">{ctx.ad()}</div><footer class="Footer">{" ".join('<a class="Footer-item" href="#">%s</a>' % E(x) for x in c["footer"])}<br>{"<br>".join(E(x) for x in c["icp"]) if zs else ""}<br>{E(c["copyright"])}</footer></div></div></div></div></main></div></div>
<div class="Modal-wrapper"><div class="Modal-backdrop"></div><div class="Modal"><div class="signFlowModal"><div class="SignContainer-content"><div class="SignFlowHeader">{'验证码登录' if zs else '驗證碼登入'}</div><input placeholder="{'手机号' if zs else '手機號碼'}"><button type="submit" class="Button SignFlow-submitButton">{E(c["login"])}/{E(c["register"])}</button><div class="SignContainer-tip">{'未注册手机验证后自动登录，注册即代表同意《用户协议》《隐私保护指引》' if zs else '未註冊手機驗證後自動登入，註冊即代表同意《使用者協議》'}</div></div></div></div></div>
<script id="js-initialData" type="text/json">{{"initialState":{{"entities":{{"questions":{{}}}}}}}}</script>
</body></html>'''


# ------------------------------------------------------------------ Stack-Overflow-like Q&A (also Yahoo Chiebukuro / Naver KiN style)
def qa_so(ctx, p):
    c = ctx.c
    h = ctx.h
    labels = p.get("labels", {"asked": "Asked", "viewed": "Viewed", "answers": "Answers", "share": "Share", "edit": "Edit", "follow": "Follow", "add_comment": "Add a comment", "your_answer": "Your Answer", "accepted": "Accepted"})
    ans = []
    for a in p["answers"]:
        body = ctx.blocks(a["blocks"], pstyle="p", hstyle="h2")
        cm = ""
        if a.get("comment"):
            cm = '<div class="comments js-comments-container"><ul class="comments-list"><li class="comment"><div class="comment-text"><div class="comment-body"><span class="comment-copy">%s</span> – <a class="comment-user">%s</a> <span class="comment-date">May 12</span></div></div></li></ul></div>' % (E(a["comment"]), E(ctx.users(1)[0]))
        ans.append(f'''<div id="answer-{ctx.r.randint(10**7, 10**8)}" class="answer js-answer {'accepted-answer' if a.get("accepted") else ''}" itemprop="{'acceptedAnswer' if a.get("accepted") else 'suggestedAnswer'}" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">
<div class="votecell post-layout--left"><div class="js-voting-container d-flex"><button class="js-vote-up-btn" aria-label="Up vote">▲</button><div class="js-vote-count" itemprop="upvoteCount">{ctx.r.randint(0, 300)}</div><button class="js-vote-down-btn" aria-label="Down vote">▼</button>{'<div class="js-accepted-answer-indicator" title="%s">✓</div>' % E(labels["accepted"]) if a.get("accepted") else ""}</div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
{body}
</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/1" class="js-share-link">{E(labels["share"])}</a></div><div class="flex--item"><a href="/posts/1/edit" class="js-suggest-edit-post">{E(labels["edit"])}</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">{E(labels["follow"])}</button></div></div></div></div>
<div class="post-signature flex--item fl0"><div class="user-info"><div class="user-action-time">answered <span class="relativetime">May 12, 2024 at 9:1{len(ans)}</span></div><div class="user-gravatar32"><img src="/gravatar.png" width="32" height="32"></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1">{E(a["user"])}</a><div class="-flair"><span class="reputation-score">{ctx.r.randint(100, 90000):,}</span></div></div></div></div></div></div>
{cm}<div class="js-post-comments-component"><a class="js-add-link comments-link" role="button">{E(labels["add_comment"])}</a></div></div></div></div>''')
    q = ctx.blocks(p["question"], pstyle="p", hstyle="h2")
    tags = "".join('<li class="d-inline mr4"><a href="/questions/tagged/%s" class="post-tag" rel="tag">%s</a></li>' % (E(t), E(t)) for t in p.get("tags", []))
    return ctx.head(ctx.jsonld("QAPage"), " - " + p.get("site", "Q&A")) + f'''<body class="question-page unified-theme">
<div id="notify-container"></div>
<header class="s-topbar js-top-bar top-bar"><div class="s-topbar--container"><a href="/" class="s-topbar--logo"><span class="-img _glyph">{E(p.get("site", ""))}</span></a>
<ol class="s-navigation" role="presentation"><li><a href="/about" class="s-navigation--item">About</a></li><li><a href="/teams" class="s-navigation--item">Products</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar"><input name="q" type="text" role="combobox" placeholder="{E(c["search"])}…" class="s-input s-input__search"></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn s-btn__filled">{E(c["login"])}</a></li><li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">{E(c["register"])}</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar"><div class="left-sidebar--sticky-container"><nav role="navigation"><ol class="nav-links"><li><a href="/" class="nav-links--link">{E(c["home"])}</a></li><li><a href="/questions" class="nav-links--link">Questions</a></li><li><a href="/tags" class="nav-links--link">Tags</a></li><li><a href="/users" class="nav-links--link">Users</a></li></ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div class="inner-content clearfix"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/1" class="question-hyperlink">{inline(p["title"])}</a></h1><div class="ml12 aside-cta flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2024-05-10 08:12:30Z"><span class="fc-black-400 mr2">{E(labels["asked"])}</span><time itemprop="dateCreated" datetime="2024-05-10T08:12:30">1 year ago</time></div><div class="flex--item ws-nowrap mb8" title="Viewed 12,345 times"><span class="fc-black-400 mr2">{E(labels["viewed"])}</span>12k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="{ctx.r.randint(10**7, 10**8)}"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container"><button class="js-vote-up-btn">▲</button><div class="js-vote-count">{ctx.r.randint(0, 300)}</div><button class="js-vote-down-btn">▼</button><button class="js-bookmark-btn">☆</button></div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
{q}
</div><div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tags}</ul></div></div></div>
<div class="mb0"><div class="post-signature owner flex--item"><div class="user-info"><div class="user-action-time">asked <span class="relativetime">May 10, 2024 at 8:12</span></div><div class="user-details"><a href="/users/2">{E(p.get("asker", ""))}</a></div></div></div></div></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="{len(p["answers"])}">{len(p["answers"])} {E(labels["answers"])}</h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column"><label class="flex--item fs-body1 mb0" for="answer-sort-dropdown-select-menu">Sorted by:</label><select id="answer-sort-dropdown-select-menu" class="s-select"><option value="scoredesc" selected>Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option></select></div></div></div></div>
{chr(10).join(ans)}
<h2 class="space bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged {" ".join(E(t) for t in p.get("tags", []))} or <a href="/questions/ask">ask your own question</a>.</h2>
<form id="post-form" action="/questions/1/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space">{E(labels["your_answer"])}</h2><textarea id="wmd-input" name="post-text" class="wmd-input s-input js-post-body-field" cols="92" rows="15"></textarea><div class="js-privacy-policy-agreement">By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.</div><button id="submit-button" class="s-btn s-btn__primary" type="submit">Post Your Answer</button></form>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayer mb16"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</div><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl0">✎</div><div class="flex--item wmn0 ow-break-word"><a href="/blog/1" class="js-gps-track">{E(c["related_items"][6])}</a></div></li></ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4>{ctx.related(" ", 3)}</div><div class="module sidebar-related"><h4 id="h-related">Related</h4>{ctx.related(" ", 5)}</div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="/hot">Hot Network Questions</a></h4>{ctx.related(" ", 5)}</div></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container">{" ".join('<a href="#">%s</a>' % E(x) for x in c["footer"])}<p class="md:mb0">Site design / logo © 2024; user contributions licensed under <a href="#" rel="license">CC BY-SA</a>.</p></div></footer>
{ctx.cookie()}
</body></html>'''


# ------------------------------------------------------------------ product page
def product(ctx, p):
    c = ctx.c
    h = ctx.h
    L = p["labels"]
    desc = ctx.blocks(p["blocks"], pstyle="p", img_style="plain", hstyle="h3")
    spec_rows = "".join("<tr><th>%s</th><td>%s</td></tr>" % (inline(r[0]), inline(r[1])) for r in p["specs"][1:])
    spec_head = "<tr><th>%s</th><th>%s</th></tr>" % (inline(p["specs"][0][0]), inline(p["specs"][0][1]))
    reviews = "".join('<li class="%s"><div class="%s">★★★★☆</div><p class="%s">%s</p><span class="%s">%s</span></li>' % (h(), h(), h(), E(t), h(), E(u))
                      for u, t in zip(ctx.users(len(p["reviews"])), p["reviews"]))
    recs = "".join('<li class="%s"><a href="/item/%d"><img src="/p/%d.jpg" alt=""><p class="%s">%s</p><span class="%s">%s</span></a></li>' % (h(), ctx.r.randint(10**5, 10**6), i, h(), E(t), h(), E(pr))
                   for i, (t, pr) in enumerate(p["recs"]))
    sku = "".join('<li class="%s" data-value="%d"><a href="javascript:;"><span>%s</span></a></li>' % (h(), i, E(s)) for i, s in enumerate(p["skus"]))
    layout = p.get("layout", "tabs")
    spec_block = f'<div class="{h()}" id="J-detail-spec"><h3 class="{h()}">{E(L["spec"])}</h3><table class="{h()} Ptable" border="0" cellpadding="0" cellspacing="1">{spec_head}{spec_rows}</table></div>'
    desc_block = f'<div class="{h()}" id="J-detail-content"><h3 class="{h()}">{E(L["desc"])}</h3>{desc}</div>'
    return ctx.head(ctx.jsonld("Product").replace('"NewsArticle"', '"Product"'), " - " + p.get("site", "")) + f'''<body class="{h()}">
<div id="shortcut-2024" class="{h()}"><div class="w"><ul class="fl"><li><a href="/">{E(c["home"])}</a></li></ul><ul class="fr"><li id="ttbar-login"><a href="/login" class="link-login">{E(c["login"])}</a>&nbsp;&nbsp;<a href="/reg" class="link-regist style-red">{E(c["register"])}</a></li><li><a href="/order">{E(L["orders"])}</a></li><li><a href="/cart">{E(L["cart"])}</a></li></ul></div></div>
<div class="{h()}" id="search-2024"><form><input type="text" class="{h()}" placeholder="{E(c["search"])}"><button class="{h()}">{E(c["search"])}</button></form><div class="{h()}">{"".join('<a href="/s?k=%d">%s</a>' % (i, E(x)) for i, x in enumerate(p["recs"][0][0].split()[:3]))}</div></div>
<div class="{h()}"><ul class="{h()}">{"".join('<li><a href="/cat/%d">%s</a></li>' % (i, E(x)) for i, x in enumerate(L["cats"]))}</ul></div>
<div class="crumb-wrap"><div class="w"><div class="crumb fl clearfix">{" &gt; ".join('<div class="item"><a href="/c/%d">%s</a></div>' % (i, E(x)) for i, x in enumerate(L["cats"][:3]))}</div><div class="contact fr clearfix"><div class="J-hove-wrap"><div class="item"><div class="name"><a href="/shop/1" target="_blank">{E(p.get("shop", ""))}</a></div></div><div class="item"><a href="#" class="btn-follow">{E(c["follow"])}</a></div></div></div></div></div>
<div class="w"><div class="product-intro clearfix"><div class="preview-wrap"><div class="preview"><div id="spec-n1" class="jqzoom main-img"><img id="spec-img" width="450" src="/p/main.jpg" alt="{E(plain(p["title"]))}"></div><div class="spec-list"><ul class="lh">{"".join('<li><img src="/p/t%d.jpg" width="54" height="54"></li>' % i for i in range(5))}</ul></div></div></div>
<div class="itemInfo-wrap"><div class="sku-name"><h1 class="{h()}">{inline(p["title"])}</h1></div><div class="news"><div class="item hide" id="p-ad">{E(p.get("promo", ""))}</div></div>
<div class="summary summary-first"><div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">{E(L["price"])}</div><div class="dd"><span class="p-price"><span>{E(L["cur"])}</span><span class="price J-p-{ctx.r.randint(10**6, 10**7)}">{E(p["price"])}</span></span> <a class="notice J-notify-sale" href="#">{E(L["notify"])}</a></div></div>
<div class="summary-info J-summary-info clearfix"><div id="comment-count" class="comment-count item fl"><p class="comment">{E(L["reviews"])}</p><a class="count J-comm-{ctx.r.randint(10**6, 10**7)}" href="#comment">{ctx.r.randint(100, 9999)}+</a></div></div>
<div class="summary-promotion" id="J-summary-promotion"><div class="dt">{E(L["promo"])}</div><div class="dd"><em class="hl_red_bg">{E(L["coupon"])}</em></div></div></div>
<div id="summary-support"><div class="dt">{E(L["ship"])}</div><div class="dd">{E(L["ship_text"])}</div></div></div>
<div id="choose-attrs"><div id="choose-attr-1" class="li p-choose" data-type="{E(L["color"])}"><div class="dt">{E(L["color"])}</div><div class="dd"><ul>{sku}</ul></div></div>
<div id="choose-btns" class="choose-btns clearfix"><div class="choose-amount"><div class="wrap-input"><input class="text buy-num" value="1"><a class="btn-reduce" href="#">-</a><a class="btn-add" href="#">+</a></div></div><a href="#" id="InitCartUrl" class="btn-special1 btn-lg">{E(L["add_cart"])}</a><a href="#" class="btn-special2 btn-lg">{E(L["buy"])}</a></div></div></div></div></div>
<div class="w"><div class="aside"><div class="m m-aside" id="sp-hot-sale"><div class="mt"><h3>{E(L["also"])}</h3></div><div class="mc"><ul>{recs}</ul></div></div></div>
<div class="detail"><div class="ETab" id="detail"><div class="tab-main large"><ul><li data-anchor="#detail" class="current">{E(L["desc"])}</li><li data-anchor="#detail">{E(L["spec"])}</li><li data-anchor="#comment">{E(L["reviews"])}({len(p["reviews"])}+)</li><li>{E(L["after"])}</li></ul><div class="extra"><div class="item addcart-mini"><a class="J-addcart-mini" href="#">{E(L["add_cart"])}</a></div></div></div>
<div class="tab-con">
{desc_block if layout == "tabs" else spec_block}
{spec_block if layout == "tabs" else desc_block}
<div class="{h()}" id="J-detail-guarantee"><h3>{E(L["after"])}</h3><p>{E(L["after_text"])}</p></div>
</div></div>
<div id="comment" class="m m-content comment"><div class="mt"><h3>{E(L["reviews"])}</h3></div><div class="mc"><div class="comment-info J-comment-info"><div class="comment-percent"><strong class="percent-tit">{E(L["rating"])}</strong><div class="percent-con">98<span>%</span></div></div></div><ul class="{h()}">{reviews}</ul>
<div class="com-table-footer"><div class="ui-page-wrap clearfix"><div class="ui-page"><a class="ui-pager-prev" href="#">&lt;</a><a class="ui-page-curr">1</a><a href="#">2</a><a href="#">3</a><a class="ui-pager-next" href="#">&gt;</a></div></div></div></div></div>
<div class="m m-content" id="guess-you-like"><div class="mt"><h3>{E(L["guess"])}</h3></div><div class="mc"><ul>{recs}</ul></div></div></div></div>
<div id="footer-2024"><div class="{h()}">{"".join('<dl><dt>%s</dt><dd><a href="#">%s</a></dd></dl>' % (E(a), E(b)) for a, b in L["footer"])}</div><div class="copyright_links">{" | ".join(E(x) for x in c["footer"])}</div><div class="copyright_info">{"<br>".join(E(x) for x in c["icp"]) if p["lang"] == "zh-Hans" else ""}<br>{E(c["copyright"])}</div></div>
<div class="{h()}" id="J-global-toolbar"><div class="toolbar-tabs"><div class="toolbar-tab tbar-tab-cart"><i class="tab-ico"></i><em class="tab-text">{E(L["cart"])}</em></div><div class="toolbar-tab tbar-tab-follow"><em class="tab-text">{E(c["follow"])}</em></div></div></div>
<script>var pageConfig = {{compatible: true, product: {{skuid: {ctx.r.randint(10**8, 10**9)}, name: '{E(plain(p["title"]))[:20]}', cat: [9987,653,655]}}}};</script>
</body></html>'''


# ------------------------------------------------------------------ docs site
def docs(ctx, p):
    c = ctx.c
    h = ctx.h
    L = p["labels"]
    body = ctx.blocks(p["blocks"], pstyle="p", hstyle="h2")
    toc_side = "".join('<li class="menu__list-item"><a class="menu__link %s" href="/docs/%d">%s</a></li>' % ("menu__link--active" if x == p["sidebar_active"] else "", i, E(x)) for i, x in enumerate(p["sidebar"]))
    toc_right = "".join('<li><a href="#sec-%d" class="table-of-contents__link toc-highlight">%s</a></li>' % (i, inline(b[1])) for i, b in enumerate(p["blocks"]) if b[0] == "h")
    return ctx.head(title_suffix=" | " + p.get("site", "Docs")) + f'''<body class="navigation-with-keyboard">
<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">{E(L["skip"])}</a></div>
<div class="announcementBar_mb4j" role="banner"><div class="announcementBarContent_xLdY">{E(L["banner"])}</div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7">×</button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">{E(p.get("site", ""))}</b></a><a class="navbar__item navbar__link navbar__link--active" href="/docs/intro">{E(L["docs"])}</a><a class="navbar__item navbar__link" href="/api">API</a><a class="navbar__item navbar__link" href="/blog">{E(L["blog"])}</a></div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" class="navbar__link">v2.4</a></div><a href="https://github.example.test/org/proj" class="navbar__item navbar__link">GitHub</a><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="{E(c["search"])}"><span class="DocSearch-Button-Placeholder">{E(c["search"])}</span><span class="DocSearch-Button-Keys"><kbd>Ctrl</kbd><kbd>K</kbd></span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">{toc_side}</ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>
<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">🏠</a></li><li class="breadcrumbs__item"><span class="breadcrumbs__link">{E(L["guide"])}</span></li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">{E(p["sidebar_active"])}</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">{E(L["on_page"])}</button></div>
<div class="theme-doc-markdown markdown"><header><h1>{inline(p["title"])}</h1></header>
{body}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a href="https://github.example.test/org/proj/edit/main/docs/x.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw"><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></svg>{E(L["edit"])}</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">{E(L["updated"])}</span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/prev"><div class="pagination-nav__sublabel">{E(c["prev"])}</div><div class="pagination-nav__label">{E(p["sidebar"][max(0, p["sidebar"].index(p["sidebar_active"]) - 1)])}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/next"><div class="pagination-nav__sublabel">{E(c["next"])}</div><div class="pagination-nav__label">{E(p["sidebar"][min(len(p["sidebar"]) - 1, p["sidebar"].index(p["sidebar_active"]) + 1)])}</div></a></nav>
<div class="{h()}"><p>{E(L["helpful"])}</p><button>👍</button><button>👎</button></div></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">{toc_right}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">{E(L["docs"])}</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro">{E(p["sidebar"][0])}</a></li></ul></div><div class="col footer__col"><div class="footer__title">Community</div><ul class="footer__items clean-list"><li class="footer__item"><a href="#" class="footer__link-item">Discord</a></li><li class="footer__item"><a href="#" class="footer__link-item">Forum</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">{E(c["copyright"])}{(" " + E(c["icp"][0])) if p["lang"] == "zh-Hans" else ""}</div></div></div></footer>
<script src="/assets/js/runtime~main.{h("")[4:]}.js"></script><script src="/assets/js/main.{h("")[4:]}.js"></script>
</body></html>'''
