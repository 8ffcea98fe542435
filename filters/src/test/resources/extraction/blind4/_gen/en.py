"""blind4 en pages. Run: python3 -B en.py"""
from common import write_all

PAGES = []

PAGES.append(("guardian_amp_ferry", r"""
<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>Island ferry cut to three days a week as operator blames crew shortage | Transport | The Northern Ledger</title>
<link rel="canonical" href="https://www.northernledger.example/uk-news/2025/mar/04/island-ferry-cut-three-days">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<style amp-custom>.headline{font-family:"Ledger Headline",serif}.meta{color:#707070}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies and similar technologies. You can change your choices at any time in Privacy settings.</p><button on="tap:consent.accept">Yes, I'm happy</button><button on="tap:consent.reject">Manage my cookies</button></div></amp-consent>
<header class="header"><a class="logo" href="/">The Northern Ledger</a><a class="support">Support us</a><amp-sidebar id="menu" layout="nodisplay"><ul><li><a>News</a></li><li><a>Opinion</a></li><li><a>Sport</a></li><li><a>Culture</a></li><li><a>Lifestyle</a></li></ul></amp-sidebar></header>
<nav class="pillar-nav"><a>UK</a><a>World</a><a>Climate crisis</a><a>Environment</a><a>Science</a><a>Business</a><a>Transport</a></nav>
<article class="content">
<div class="section-label"><a>Transport</a></div>
<h1 class="headline">⟪Island ferry cut to three days a week as operator blames crew shortage⟫</h1>
<div class="standfirst"><p>⟪Residents of Inishmarr say the reduced timetable leaves them unable to reach hospital appointments on the mainland⟫</p></div>
<figure class="main-media"><amp-img src="https://i.ledger.example/img/ferry.jpg" width="1200" height="720" layout="responsive" alt="The ferry at the harbour"></amp-img><figcaption>The MV Corran at Inishmarr harbour last summer. Photograph: Aoife Keane/The Northern Ledger</figcaption></figure>
<div class="meta"><p class="byline">Ruairi Dolan <span>Ireland correspondent</span></p><p class="date">Tue 4 Mar 2025 07.00 GMT</p><div class="share"><a>Share on Facebook</a><a>Share on X</a><a>Share via Email</a></div></div>
<div class="content__article-body">
<p>⟪The only ferry serving the island of Inishmarr will sail just three days a week from next month, its operator has said, after failing to recruit enough qualified crew to run the daily service.⟫</p>
<p>⟪Westway Marine said the change was temporary and that it hoped to restore six sailings a week by the summer. But islanders said they had heard similar promises before and warned that the cut would hit older residents hardest.⟫</p>
<p>⟪"My mother has a dialysis appointment on a Thursday," said Niamh Carrick, who runs the island's only shop. "Under the new timetable there is no boat on Thursday. What are we meant to do, swim?"⟫</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/59666047/ledger/amp/inline1"><div fallback>Advertisement</div></amp-ad>
<h2>⟪Recruitment problems⟫</h2>
<p>⟪The company said it needed eleven crew members with sea-going certificates to run a daily service and currently employed seven. Two deckhands left in January for better-paid jobs on offshore wind farms.⟫</p>
<p>⟪A spokesperson for the regional transport authority, which subsidises the route, said it was "deeply concerned" and would meet the operator next week to discuss emergency funding for training places.⟫</p>
<aside class="rich-link"><p>Related: <a>Rural bus routes cut as councils face funding gap</a></p></aside>
<p>⟪About 140 people live on Inishmarr year round, rising to more than 600 in July and August. The island has a primary school, a post office that opens two mornings a week, and a nurse who visits on Tuesdays.⟫</p>
</div>
<div class="submeta"><p>Explore more on these topics</p><a>Transport</a><a>Ireland</a><a>Islands</a><a>Rural affairs</a></div>
<div class="contributions-epic"><h3>Since you're here…</h3><p>… we have a small favour to ask. Millions turn to the Ledger for independent journalism. Support us from as little as £1.</p><a>Support the Ledger</a></div>
</article>
<section class="onward"><h2>Most viewed</h2><ol><li><a>Storm warning issued for western coast</a></li><li><a>Five of the best spring walks</a></li><li><a>Prices at the pump fall for third week</a></li></ol></section>
<footer class="footer"><ul><li><a>About us</a></li><li><a>Contact us</a></li><li><a>Complaints &amp; corrections</a></li><li><a>Terms &amp; conditions</a></li><li><a>Privacy policy</a></li></ul><p>© 2025 Northern Ledger Media Ltd or its affiliated companies. All rights reserved.</p></footer>
</body>
</html>
"""))

PAGES.append(("substack_bookshop", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The week the till broke - Notes from Harbour Lane Books</title>
<meta property="og:title" content="The week the till broke">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<link rel="stylesheet" href="https://substackcdn.example/bundle/main.css">
</head>
<body>
<div id="entry"><div class="main-menu-content"><div class="topbar-content"><a class="navbar-title-link">Notes from Harbour Lane Books</a><div class="navbar-buttons"><button class="button primary">Subscribe</button><button class="button">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">
<h1 class="post-title published">⟪The week the till broke⟫</h1>
<h3 class="subtitle">⟪On cash, trust and a notebook full of IOUs⟫</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a>Helen Ashby</a></div><div class="pencraft pc-reset">Apr 12, 2025</div><div class="post-ufi"><a class="like-button">♥ 214</a><a class="comment-button">💬 38</a><a class="restack">Restack</a><a class="share">Share</a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>⟪On Monday morning the card machine and the till both refused to turn on. The engineer could not come until Friday, so for four days we ran the shop the way my grandfather did: a cash tin, a pencil and a lot of trust.⟫</p>
<p>⟪People who had no cash wrote their names in a notebook and promised to come back. I expected to lose money. Instead, by Saturday every single IOU had been paid, and three people paid more than they owed "for the inconvenience".⟫</p>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Notes from Harbour Lane Books is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><input type="email" placeholder="Type your email…"><button>Subscribe</button></div></div>
<h3 class="header-anchor-post">⟪What the notebook taught me⟫</h3>
<p>⟪The slower pace changed the conversations at the counter. Without a machine to tap, people stayed and talked. A retired teacher recommended a novel to a teenager buying a comic, and she came back the next day to buy it.⟫</p>
<blockquote><p>⟪"You can't write a name in a notebook without looking at the person," one customer told me. I have thought about that sentence all week.⟫</p></blockquote>
<p>⟪The till works again now. I am keeping the notebook on the counter anyway, for the day the power goes out, and because I like reading the names.⟫</p>
<p class="button-wrapper"><a class="button primary"><span>Share</span></a></p>
</div></div>
<div class="post-footer"><div class="post-ufi"><a>♥ 214 Likes</a><a>38 Comments</a><a>12 Restacks</a></div></div>
<div class="comments-section"><h4>Discussion about this post</h4><div class="comment"><a class="comment-meta">Tom R.</a><div class="comment-body"><p>This made my morning. Our village shop did the same during the storm last year.</p></div></div><div class="comment"><a class="comment-meta">Mira</a><div class="comment-body"><p>Keep the notebook forever!</p></div></div><a class="more-comments">See all 38 comments</a></div>
<div class="post-recommendations"><h4>Ready for more?</h4><input type="email" placeholder="Type your email…"><button>Subscribe</button></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><p>© 2025 Helen Ashby</p><a>Privacy</a> ∙ <a>Terms</a> ∙ <a>Collection notice</a><p><a>Start writing</a> <a>Get the app</a></p><p>Substack is the home for great culture</p></div></div>
</div>
</body>
</html>
"""))

PAGES.append(("hn_ask_backups", r"""
<html lang="en" op="item"><head><meta charset="utf-8"><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="news.css">
<title>Ask HN: How do you back up your family photos? | Hacker Newsy</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://news.example"><img src="y18.svg" width="18" height="18"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker Newsy</a></b>
<a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit">submit</a></span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D4311">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="Ask HN: How do you back up your family photos?" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing" id="4311"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_4311" href="vote?id=4311&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="item?id=4311">⟪Ask HN: How do you back up your family photos?⟫</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_4311">187 points</span> by <a href="user?id=kettlebell" class="hnuser">kettlebell</a> <span class="age" title="2025-02-11T09:14:02"><a href="item?id=4311">6 hours ago</a></span> | <a href="hide?id=4311">hide</a> | <a href="fave?id=4311">favorite</a> | <a href="item?id=4311">142&nbsp;comments</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">⟪My parents have about 40,000 photos spread over three old laptops, two phones and a shoebox of SD cards. I want one setup that survives a dead disk, a house fire and me forgetting about it for two years. It should be simple enough that my dad can add photos himself.⟫<p>⟪What are you actually using, and what broke?⟫</p></div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="4311"><textarea name="text" rows="8" cols="80"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br>
<table border="0" class="comment-tree">
<tr class="athing comtr" id="4318"><td><table border="0"><tr><td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td><td valign="top" class="votelinks"><center><a id="up_4318"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=ostrander" class="hnuser">ostrander</a> <span class="age"><a href="item?id=4318">5 hours ago</a></span> <span class="navs"> | <a href="#4322">next</a> <a class="togg clicky" n="9" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">⟪Three copies, two kinds of media, one off site. For us that is a small NAS at home, a USB disk that lives at my sister's house and gets swapped every three months, and a cloud bucket with versioning turned on.⟫<p>⟪The part people skip is the restore test. Once a year I pick twenty random photos and restore them from each copy. The first time I did this, the USB disk turned out to be empty because the sync job had been failing silently for eight months.⟫</p></div><div class="reply"><p><font size="1"><u><a href="reply?id=4318">reply</a></u></font></p></div></div></td></tr></table></td></tr>
<tr class="athing comtr" id="4320"><td><table border="0"><tr><td class="ind" indent="1"><img src="s.gif" height="1" width="40"></td><td valign="top" class="votelinks"><center><a id="up_4320"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=lapwing" class="hnuser">lapwing</a> <span class="age"><a href="item?id=4320">5 hours ago</a></span> <span class="navs"> | <a href="#4318">parent</a> | <a href="#4322">next</a></span></span></div><br>
<div class="comment"><div class="commtext c00">⟪+1 on the restore test. Also write the instructions down on paper and put them with the disk. Whoever needs the photos may not be you.⟫</div><div class="reply"><p><font size="1"><u><a href="reply?id=4320">reply</a></u></font></p></div></div></td></tr></table></td></tr>
<tr class="athing comtr" id="4322"><td><table border="0"><tr><td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td><td valign="top" class="votelinks"><center><a id="up_4322"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=quietpine" class="hnuser">quietpine</a> <span class="age"><a href="item?id=4322">4 hours ago</a></span> <span class="navs"> | <a href="#4318">prev</a></span></span></div><br>
<div class="comment"><div class="commtext c00">⟪For non-technical parents I gave up on anything clever. They get a shared album on the phone service they already pay for, and once a month I export it to my own backups. Boring, but they actually use it.⟫</div><div class="reply"><p><font size="1"><u><a href="reply?id=4322">reply</a></u></font></p></div></div></td></tr></table></td></tr>
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="security.html">Security</a> | <a href="legal">Legal</a> | <a href="apply">Apply to the Accelerator</a> | <a href="contact">Contact</a></span><br><br><form method="get" action="//search.news.example/">Search: <input type="text" name="q" size="17"></form></center></td></tr>
</table></center></body></html>
"""))

PAGES.append(("wiki_lake_marrow", r"""
<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Lough Marrow - Wikipedya</title>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
</head>
<body class="skin-vector mediawiki ltr sitedir-ltr ns-0 ns-subject page-Lough_Marrow rootpage-Lough_Marrow">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a class="mw-logo">Wikipedya — The Free Encyclopedia</a></div><div class="vector-search-box"><input type="search" placeholder="Search Wikipedya"></div><nav class="vector-user-links"><a>Donate</a><a>Create account</a><a>Log in</a></nav></header></div>
<div class="mw-page-container"><div class="vector-column-start"><nav class="vector-toc" id="vector-toc"><div class="vector-toc-pinnable-header">Contents</div><ul><li><a href="#">(Top)</a></li><li><a href="#Geography">1 Geography</a></li><li><a href="#History">2 History</a></li><li><a href="#Ecology">3 Ecology</a></li><li><a href="#References">4 References</a></li></ul></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">⟪Lough Marrow⟫</span></h1><div class="vector-page-toolbar"><a>Article</a> <a>Talk</a> <a>Read</a> <a>Edit</a> <a>View history</a></div></header>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Wikipedya, the free encyclopedia</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Freshwater lake in County Corran</div>
<table class="infobox ib-body-of-water vcard"><caption class="infobox-title fn org">Lough Marrow</caption><tbody><tr><td colspan="2" class="infobox-image"><img src="//upload.example/Lough_Marrow.jpg" width="250"><div class="infobox-caption">The lake from the north shore</div></td></tr><tr><th class="infobox-label">Location</th><td class="infobox-data">County Corran</td></tr><tr><th class="infobox-label">Primary inflows</th><td class="infobox-data">Abhainn Dubh</td></tr><tr><th class="infobox-label">Surface area</th><td class="infobox-data">4.6 km<sup>2</sup></td></tr><tr><th class="infobox-label">Max. depth</th><td class="infobox-data">31 m</td></tr><tr><th class="infobox-label">Surface elevation</th><td class="infobox-data">62 m</td></tr></tbody></table>
<p>⟪<b>Lough Marrow</b> is a freshwater lake in the west of County Corran. It is about 4.6 square kilometres in area and is fed mainly by the Abhainn Dubh, which enters at its northern end. The lake drains south into the River Sallow.⟮<sup class="reference"><a href="#cite_note-1">[1]</a></sup>⟯⟫</p>
<div class="mw-heading mw-heading2"><h2 id="Geography">⟪Geography⟫</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div>
<p>⟪The lake lies in a glacial basin between two low ridges of limestone. Its deepest point, about 31 metres, is near the small wooded island of Inis Caol. The western shore is mostly bog, while the eastern shore has a narrow shingle beach used for boat launching.⟮<sup class="reference"><a href="#cite_note-2">[2]</a></sup>⟯⟫</p>
<div class="mw-heading mw-heading2"><h2 id="History">⟪History⟫</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div>
<p>⟪A crannog, an artificial island dwelling, was identified near the northern shore during a drought in 1976. Timbers from the site have been dated to the seventh century.⟮<sup class="reference"><a href="#cite_note-3">[3]</a></sup>⟯ In the nineteenth century the lake supplied ice to a creamery in the nearby village of Ballymarrow.⟫</p>
<div class="mw-heading mw-heading2"><h2 id="Ecology">⟪Ecology⟫</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div>
<p>⟪The lake supports populations of brown trout, perch and pike. It is an important wintering site for whooper swans, and the surrounding bog is a designated conservation area.⟫</p>
<ul><li>⟪Brown trout, mostly in the deeper northern basin⟫</li><li>⟪Whooper swan, present from October to March⟫</li><li>⟪Marsh fritillary butterfly, recorded on the western bog⟫</li></ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div>
<div class="reflist"><ol class="references"><li id="cite_note-1"><b><a>^</a></b> <span class="reference-text">Corran County Council (2011). <i>Lakes of County Corran</i>. p. 14.</span></li><li id="cite_note-2"><b><a>^</a></b> <span class="reference-text">Hegarty, M. (1998). "Glacial basins of the western lowlands". <i>Irish Geographer</i>. <b>31</b>: 102–119.</span></li><li id="cite_note-3"><b><a>^</a></b> <span class="reference-text">"Crannog found in drought". <i>Western Herald</i>. 14 August 1976.</span></li></ol></div>
<div class="navbox"><table><tr><th>Lakes of County Corran</th></tr><tr><td><a>Lough Marrow</a> · <a>Lough Fane</a> · <a>Lough Derravaragh Beg</a> · <a>Cloonagh Lake</a></td></tr></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div class="mw-normal-catlinks"><a>Categories</a>: <ul><li><a>Lakes of County Corran</a></li><li><a>Crannogs</a></li></ul></div></div>
</div></main>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 January 2025, at 18:41<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.</li></ul><ul id="footer-places"><li><a>Privacy policy</a></li><li><a>About Wikipedya</a></li><li><a>Disclaimers</a></li><li><a>Code of Conduct</a></li><li><a>Mobile view</a></li></ul></footer>
</div></div>
</body>
</html>
"""))

PAGES.append(("rtd_docs_retry", r"""
<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Retry policies &mdash; tidewater 2.3.1 documentation</title>
  <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" />
  <link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=19f00094" />
  <script src="../_static/documentation_options.js?v=b1f5a19a"></script>
</head>
<body class="wy-body-for-nav">
<div class="wy-grid-for-nav">
<nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">tidewater</a><div class="version">2.3.1</div><div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs" aria-label="Search docs" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu"><p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul class="current"><li class="toctree-l1"><a class="reference internal" href="install.html">Installation</a></li><li class="toctree-l1"><a class="reference internal" href="quickstart.html">Quickstart</a></li><li class="toctree-l1 current"><a class="current reference internal" href="#">Retry policies</a><ul><li class="toctree-l2"><a class="reference internal" href="#backoff">Backoff</a></li><li class="toctree-l2"><a class="reference internal" href="#what-is-retried">What is retried</a></li></ul></li><li class="toctree-l1"><a class="reference internal" href="timeouts.html">Timeouts</a></li><li class="toctree-l1"><a class="reference internal" href="logging.html">Logging</a></li></ul><p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul><li class="toctree-l1"><a class="reference internal" href="api.html">API reference</a></li><li class="toctree-l1"><a class="reference internal" href="changelog.html">Changelog</a></li></ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="../index.html">tidewater</a></nav>
<div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item active">Retry policies</li><li class="wy-breadcrumbs-aside"><a href="https://github.example/tidewater/tidewater/blob/main/docs/retries.rst" class="fa fa-github"> Edit on GitHub</a></li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="retry-policies">
<h1>⟪Retry policies⟫<a class="headerlink" href="#retry-policies" title="Link to this heading">¶</a></h1>
<p>⟪By default a <code class="docutils literal notranslate"><span class="pre">Client</span></code> does not retry failed requests. Pass a <code class="docutils literal notranslate"><span class="pre">RetryPolicy</span></code> to retry requests that fail because of a dropped connection or a server error.⟫</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>⟦<span class="kn">from</span> <span class="nn">tidewater</span> <span class="kn">import</span> <span class="n">Client</span><span class="p">,</span> <span class="n">RetryPolicy</span>
<span class="n">policy</span> <span class="o">=</span> <span class="n">RetryPolicy</span><span class="p">(</span><span class="n">attempts</span><span class="o">=</span><span class="mi">4</span><span class="p">,</span> <span class="n">backoff</span><span class="o">=</span><span class="mf">0.5</span><span class="p">)</span>
<span class="n">client</span> <span class="o">=</span> <span class="n">Client</span><span class="p">(</span><span class="s2">"https://api.example.org"</span><span class="p">,</span> <span class="n">retry</span><span class="o">=</span><span class="n">policy</span><span class="p">)</span>⟧
</pre></div></div>
<section id="backoff">
<h2>⟪Backoff⟫<a class="headerlink" href="#backoff" title="Link to this heading">¶</a></h2>
<p>⟪The wait before attempt <em>n</em> is <code class="docutils literal notranslate"><span class="pre">backoff</span> <span class="pre">*</span> <span class="pre">2</span> <span class="pre">**</span> <span class="pre">(n</span> <span class="pre">-</span> <span class="pre">1)</span></code> seconds, plus a random jitter of up to 10 percent. With the policy above the client waits 0.5, 1 and 2 seconds between its four attempts.⟫</p>
<div class="admonition note"><p class="admonition-title">⟪Note⟫</p><p>⟪A <code class="docutils literal notranslate"><span class="pre">Retry-After</span></code> header sent by the server always takes precedence over the computed backoff.⟫</p></div>
</section>
<section id="what-is-retried">
<h2>⟪What is retried⟫<a class="headerlink" href="#what-is-retried" title="Link to this heading">¶</a></h2>
<ul class="simple"><li><p>⟪Connection errors and read timeouts.⟫</p></li><li><p>⟪Responses with status 502, 503 or 504.⟫</p></li><li><p>⟪Status 429, only when the request method is idempotent.⟫</p></li></ul>
<p>⟪Requests with a body that cannot be replayed, such as a generator, are never retried.⟫</p>
</section>
</section>
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="quickstart.html" class="btn btn-neutral float-left" title="Quickstart" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="timeouts.html" class="btn btn-neutral float-right" title="Timeouts" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr/><div role="contentinfo"><p>&#169; Copyright 2019-2025, The tidewater contributors.</p></div>Built with <a href="https://www.sphinx-doc.example/">Sphinx</a> using a <a href="https://github.example/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.example">Read the Docs</a>.</footer>
</div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version"><span class="fa fa-book"> Read the Docs</span> v: stable <span class="fa fa-caret-down"></span></span><div class="rst-other-versions"><dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd><dd><a href="/en/2.2.x/">2.2.x</a></dd></dl><dl><dt>Downloads</dt><dd><a>PDF</a></dd><dd><a>HTML</a></dd></dl></div></div>
</body>
</html>
"""))

PAGES.append(("amazon_rice_cooker", r"""
<!doctype html><html lang="en-us" class="a-no-js" data-19ax5a9jf="dingo"><head><meta charset="utf-8">
<title>Amazonia.example: Kanpai 5.5-Cup Induction Rice Cooker with Fuzzy Logic, Stainless Steel : Home &amp; Kitchen</title>
<link rel="stylesheet" href="https://m.media-amazonia.example/images/I/61xJcNKKLXL._RC|11Y+5x+kkTL.css">
</head><body class="a-m-us a-aui_72554-c a-aui_killswitch_csa_logger_372963-c">
<div id="a-page"><header id="navbar-main" class="nav-opt-sprite nav-flex"><div id="nav-belt"><div class="nav-left"><a id="nav-logo-sprites" class="nav-logo-link">Amazonia</a><div id="nav-global-location-slot"><span>Deliver to</span><span>Portland 97201</span></div></div><div class="nav-fill"><form id="nav-search-bar-form"><select><option>All</option></select><input type="text" id="twotabsearchtextbox" placeholder="Search Amazonia"><input type="submit" value="Go"></form></div><div class="nav-right"><a id="nav-link-accountList">Hello, sign in Account &amp; Lists</a><a id="nav-orders">Returns &amp; Orders</a><a id="nav-cart">Cart</a></div></div><div id="nav-main"><a>All</a><a>Today's Deals</a><a>Customer Service</a><a>Registry</a><a>Gift Cards</a><a>Sell</a></div></header>
<div id="dp" class="home-garden en_US"><div id="dp-container" class="a-container">
<div id="wayfinding-breadcrumbs_feature_div"><ul class="a-unordered-list a-horizontal a-size-small"><li><a>Home &amp; Kitchen</a></li><li>›</li><li><a>Kitchen &amp; Dining</a></li><li>›</li><li><a>Small Appliances</a></li><li>›</li><li><a>Rice Cookers</a></li></ul></div>
<div id="ppd"><div id="leftCol"><div id="imageBlock"><img src="https://m.media-amazonia.example/images/I/51kanpai.jpg" alt="Kanpai rice cooker"><ul><li>Roll over image to zoom in</li></ul></div></div>
<div id="centerCol"><div id="title_feature_div"><h1 id="title" class="a-size-large a-spacing-none"><span id="productTitle" class="a-size-large product-title-word-break">⟪Kanpai 5.5-Cup Induction Rice Cooker with Fuzzy Logic, Stainless Steel⟫</span></h1></div>
<div id="bylineInfo_feature_div"><a id="bylineInfo">Visit the Kanpai Store</a></div>
<div id="averageCustomerReviews"><span class="a-icon-alt">4.6 out of 5 stars</span> <a id="acrCustomerReviewLink"><span id="acrCustomerReviewText">2,318 ratings</span></a> | <a>Search this page</a></div>
<div id="acBadge_feature_div"><span class="ac-badge-text-primary">Amazonia's Choice</span></div>
<div id="corePriceDisplay_desktop_feature_div"><span class="a-price"><span class="a-offscreen">$189.99</span><span aria-hidden="true">$189<sup>99</sup></span></span><span class="basisPrice">List Price: <span class="a-text-price">$229.99</span></span></div>
<div id="productOverview_feature_div"><table class="a-normal a-spacing-micro"><tr class="po-brand">⟬<td class="a-span3"><span class="a-text-bold">Brand</span></td><td class="a-span9"><span class="po-break-word">Kanpai</span></td>⟭</tr><tr class="po-capacity">⟬<td><span class="a-text-bold">Capacity</span></td><td><span>5.5 Cups</span></td>⟭</tr><tr class="po-wattage">⟬<td><span class="a-text-bold">Wattage</span></td><td><span>1140 watts</span></td>⟭</tr><tr class="po-color">⟬<td><span class="a-text-bold">Color</span></td><td><span>Stainless Steel</span></td>⟭</tr><tr class="po-weight">⟬<td><span class="a-text-bold">Item Weight</span></td><td><span>11.2 Pounds</span></td>⟭</tr></table></div>
<div id="featurebullets_feature_div"><h1 class="a-size-base-plus a-text-bold">⟪About this item⟫</h1><ul class="a-unordered-list a-vertical a-spacing-mini">
<li><span class="a-list-item">⟪INDUCTION HEATING: The whole inner pot is heated at once, so rice cooks evenly from top to bottom instead of only at the base.⟫</span></li>
<li><span class="a-list-item">⟪TEN MENU SETTINGS: White, sushi, brown, mixed, porridge, GABA brown, quick cook, slow cook, steam and cake.⟫</span></li>
<li><span class="a-list-item">⟪THICK INNER POT: A 2 mm five-layer pot with a non-stick coating and water lines for each rice type.⟫</span></li>
<li><span class="a-list-item">⟪KEEP WARM AND REHEAT: Holds cooked rice for up to 12 hours; the reheat cycle warms cold rice in about 12 minutes.⟫</span></li>
</ul><a class="a-link-normal">› See more product details</a></div></div>
<div id="rightCol"><div id="buybox"><span class="a-price">$189.99</span><div id="mir-layout-DELIVERY_BLOCK">FREE delivery <b>Friday, May 16</b>. Order within 5 hrs 12 mins</div><div id="availability"><span class="a-color-success">In Stock</span></div><select id="quantity"><option>Qty: 1</option></select><input id="add-to-cart-button" type="submit" value="Add to Cart"><input id="buy-now-button" type="submit" value="Buy Now"><div class="tabular-buybox">Ships from Amazonia · Sold by Kanpai Direct · Returns: 30-day refund/replacement</div></div></div></div>
<div id="sims-consolidated-1_feature_div"><h2>Products related to this item</h2><ol><li><a>Rice paddle and measuring cup set</a><span>$8.99</span></li><li><a>Replacement inner pot, 5.5 cup</a><span>$42.00</span></li></ol></div>
<div id="productDescription_feature_div"><h2>⟪Product Description⟫</h2><div id="productDescription" class="a-section a-spacing-small"><p><span>⟪The Kanpai induction rice cooker is built for households that eat rice every day. A temperature sensor under the pot adjusts heat through soaking, boiling and steaming, and a detachable inner lid makes cleaning simple. The cooker plays a short melody when the rice is ready and switches to keep-warm automatically.⟫</span></p></div></div>
<div id="customerReviews"><h2>Customer reviews</h2><div class="a-row">4.6 out of 5</div><div class="review"><span class="a-profile-name">Dana K.</span><a class="review-title">Best rice I've made at home</a><span class="review-date">Reviewed in the United States on March 2, 2025</span><div class="review-text">Worth every penny. Brown rice comes out perfect.</div><span>42 people found this helpful</span><a>Helpful</a> | <a>Report</a></div></div>
</div></div>
<div id="navFooter"><div class="navFooterBackToTop">Back to top</div><div class="navFooterLinkCol"><div>Get to Know Us</div><ul><li><a>Careers</a></li><li><a>About Amazonia</a></li></ul></div><div class="navFooterLine"><a>Conditions of Use</a> <a>Privacy Notice</a> <a>Your Ads Privacy Choices</a> <span>© 1996-2025, Amazonia.example, Inc. or its affiliates</span></div></div>
</div></body></html>
"""))

PAGES.append(("phpbb_chain_wear", r"""
<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>How often do you really replace your chain? - Touring &amp; Commuting - Spokes &amp; Sprockets Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Spokes &amp; Sprockets Forum</h1><p>Cycling talk since 2004</p></div><div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search">Search</button></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><span>FAQ</span></a></li><li class="rightside"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><span>Login</span></a></li><li class="rightside"><a href="./ucp.php?mode=register" role="menuitem"><span>Register</span></a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=3">Riding</a></span><span class="crumb"><a href="./viewforum.php?f=12">Touring &amp; Commuting</a></span></li></ul></div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=88412">⟪How often do you really replace your chain?⟫</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=88412" class="button" title="Post a reply"><span>Post Reply</span></a><div class="search-box" role="search"><input class="inputbox search tiny" type="search" name="keywords" size="20" placeholder="Search this topic…" /></div><div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div id="p512001" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile512001"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=2231" class="username">gravelgrinder</a></dt><dd class="profile-rank">Posts: 812</dd><dd class="profile-joined"><strong>Joined:</strong> Sun Mar 08, 2015 6:41 pm</dd><dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> Leeds</dd></dl>
<div class="postbody"><div id="post_content512001"><h3 class="first"><a href="#p512001">How often do you really replace your chain?</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=512001" title="Reply with quote" class="button button-icon-only"><span>Quote</span></a></li></ul><p class="author"><a class="unread" href="./viewtopic.php?p=512001#p512001" title="Post"><span>Post</span></a> by <strong><a class="username">gravelgrinder</a></strong> » Mon Jan 13, 2025 8:02 pm</p>
<div class="content">⟪My commuter does about 120 miles a week, all weathers. The bike shop says I should replace the chain every 2,000 miles but that feels like a lot of chains. How do you decide? I've got a cheap chain checker but I'm not sure I trust it.⟫</div>
<div id="sig512001" class="signature">2019 steel tourer · 2022 gravel bike · too many lights</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider" />
<div id="p512007" class="post has-profile bg1"><div class="inner"><dl class="postprofile" id="profile512007"><dt class="has-profile-rank no-avatar"><a class="username">old_audax</a></dt><dd class="profile-rank">Posts: 5104</dd><dd class="profile-joined"><strong>Joined:</strong> Tue Oct 12, 2004 9:15 am</dd></dl>
<div class="postbody"><div id="post_content512007"><h3><a href="#p512007">Re: How often do you really replace your chain?</a></h3><ul class="post-buttons"><li><a title="Reply with quote" class="button button-icon-only"><span>Quote</span></a></li></ul><p class="author">by <strong><a class="username">old_audax</a></strong> » Mon Jan 13, 2025 8:40 pm</p>
<div class="content">⟪Measure, don't count miles. Put a steel ruler along the chain: 12 full links should be exactly 12 inches when new. At 12 1/16 inches it's time to replace it.<br>On a winter commuter with grit on the roads I get maybe 1,500 miles. In summer it's nearer 3,000.⟫</div>
<div id="sig512007" class="signature">If it ain't broke, fettle it anyway.</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider" />
<div id="p512019" class="post has-profile bg2"><div class="inner"><dl class="postprofile"><dt class="no-avatar"><a class="username">wheelsuck</a></dt><dd class="profile-rank">Posts: 77</dd></dl>
<div class="postbody"><div id="post_content512019"><h3><a href="#p512019">Re: How often do you really replace your chain?</a></h3><p class="author">by <strong><a class="username">wheelsuck</a></strong> » Tue Jan 14, 2025 7:12 am</p>
<div class="content">⟪Replacing the chain early is cheap. Leaving it too long means a new cassette and chainrings as well, which costs five times as much.⟫</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<hr class="divider" />
<div id="p512030" class="post has-profile bg1"><div class="inner"><dl class="postprofile"><dt class="no-avatar"><a class="username">gravelgrinder</a></dt><dd class="profile-rank">Posts: 812</dd></dl>
<div class="postbody"><div id="post_content512030"><h3><a href="#p512030">Re: How often do you really replace your chain?</a></h3><p class="author">by <strong><a class="username">gravelgrinder</a></strong> » Tue Jan 14, 2025 6:55 pm</p>
<div class="content">⟪Thanks both. Measured with a ruler tonight and it's already just over the line at 2,400 miles, so the checker was right after all. New chain ordered.⟫</div></div></div><div class="back2top"><a href="#top" class="top" title="Top">Top</a></div></div></div>
<div class="action-bar bar-bottom"><a class="button"><span>Post Reply</span></a><div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r"><span>Return to “Touring &amp; Commuting”</span></a></p><div class="jumpbox dropdown-container"><span class="button">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span></li><li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside">All times are <span title="UTC">UTC</span></li></ul></div><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.example/">phpBB</a>® Forum Software © phpBB Limited</span></p><p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p></div></div>
</div>
</body>
</html>
"""))

PAGES.append(("council_notice_bins", r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="utf-8">
<title>Changes to garden waste collections from 1 April - News - Wexcombe District Council</title>
<link rel="stylesheet" type="text/css" href="/site/styles/generic/base.css">
<script type="text/javascript" src="/site/javascript/cookiecontrol.js"></script>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<div id="ccc"><div id="ccc-notify"><p>This site uses cookies to store information on your computer.</p><a>Accept recommended settings</a> <a>Cookie settings</a></div></div>
<table width="100%" border="0" cellpadding="0" cellspacing="0" id="header">
<tr><td width="220"><a href="/"><img src="/site/images/logo.gif" alt="Wexcombe District Council" border="0"></a></td><td align="right" valign="middle"><font face="Arial" size="2"><a href="/a_to_z">A to Z</a> | <a href="/contact">Contact us</a> | <a href="/accessibility">Accessibility</a> | <a href="/translate">Translate</a></font><br><form action="/site/scripts/google_results.php"><input type="text" name="q" size="18"> <input type="submit" value="Search"></form></td></tr>
<tr bgcolor="#00573f"><td colspan="2"><font face="Arial" size="2" color="#ffffff"><b><a href="/bins"><font color="#ffffff">Bins and recycling</font></a> &nbsp; <a href="/council_tax"><font color="#ffffff">Council tax</font></a> &nbsp; <a href="/planning"><font color="#ffffff">Planning</font></a> &nbsp; <a href="/housing"><font color="#ffffff">Housing</font></a> &nbsp; <a href="/parking"><font color="#ffffff">Parking</font></a></b></font></td></tr>
</table>
<table width="100%" border="0" cellpadding="8" cellspacing="0">
<tr><td colspan="3"><font face="Arial" size="1">You are here: <a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Changes to garden waste collections from 1 April</font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#eef4f1"><font face="Arial" size="2"><b>News</b><br><a href="/news/2025">News 2025</a><br><a href="/news/archive">News archive</a><br><a href="/news/rss">RSS feeds</a><br><br><b>Related pages</b><br><a href="/bins/garden">Garden waste service</a><br><a href="/bins/calendar">Collection calendar</a><br><a href="/bins/missed">Report a missed bin</a></font></td>
<td valign="top"><font face="Arial" size="2">
<h1><font size="4" color="#00573f">⟪Changes to garden waste collections from 1 April⟫</font></h1>
<p><i>Published: 3 March 2025</i></p>
<p>⟪From Tuesday 1 April, garden waste collections will move to a new four-weekly schedule during the winter months (December to February) and stay fortnightly for the rest of the year.⟫</p>
<p>⟪The change follows a review of how much garden waste is collected in winter. Last year, lorries on winter rounds were on average less than a quarter full.⟫</p>
<p><b>⟪What you need to do⟫</b></p>
<p>⟪Your collection day will not change. Check the new calendar, which will be delivered with your April council tax bill, or look up your address online.⟫<br>⟪If you have already paid for the 2025/26 garden waste service, you do not need to do anything. The annual charge stays at £52.⟫</p>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#cccccc" width="90%">
<tr bgcolor="#eef4f1">⟬<th><font face="Arial" size="2">Months</font></th><th><font face="Arial" size="2">Collection frequency</font></th>⟭</tr>
<tr>⟬<td><font face="Arial" size="2">March to November</font></td><td><font face="Arial" size="2">Every two weeks</font></td>⟭</tr>
<tr>⟬<td><font face="Arial" size="2">December to February</font></td><td><font face="Arial" size="2">Every four weeks</font></td>⟭</tr>
</table>
<p>⟪Councillor Sarah Pendle, cabinet member for environment, said: "This lets us move crews onto food waste and street cleaning in the months when garden bins are nearly empty, without raising the charge."⟫</p>
<table width="90%" border="0" cellpadding="6" bgcolor="#f2f2f2"><tr><td><font face="Arial" size="2"><b>Contact</b><br>Waste Services<br>Telephone: 01632 960 412<br>Email: waste@wexcombe.example</font></td></tr></table>
<p><a href="javascript:window.print()">Print this page</a> | <a href="/share">Share</a> | <a href="/feedback">Was this page useful?</a></p>
</font></td>
<td width="160" valign="top"><font face="Arial" size="2"><b>Latest news</b><br><a>Town hall car park resurfacing</a><br><a>Have your say on the local plan</a><br><a>Warm spaces open this winter</a></font></td>
</tr>
</table>
<table width="100%" bgcolor="#333333" cellpadding="8"><tr><td align="center"><font face="Arial" size="1" color="#ffffff">© Wexcombe District Council, Civic Centre, Market Street, Wexcombe WX1 2AB<br><a href="/privacy"><font color="#ffffff">Privacy notice</font></a> | <a href="/cookies"><font color="#ffffff">Cookies</font></a> | <a href="/accessibility"><font color="#ffffff">Accessibility statement</font></a></font></td></tr></table>
</body>
</html>
"""))

write_all("en", PAGES)
