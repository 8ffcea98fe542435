from common import C, spans, write
L = "en"

def paywall():
    c = C()
    t = c.h("The Quiet Return of the Neighborhood Bakery")
    dek = c.p("Small-batch bakers are reopening storefronts that chain cafés left behind, betting that regulars still want bread with a name on it.")
    ps = ["At six in the morning on a wet Tuesday, the line outside Marta Ilyin's bakery already stretched past the laundromat next door. Her shop, which opened in a former pharmacy last spring, sells four kinds of bread and sells out of all of them most days before noon.",
          "Ms. Ilyin is one of a growing number of bakers who have moved from farmers' markets and home kitchens into permanent storefronts, often in the same mid-block spaces that coffee chains abandoned during the last downturn.",
          "Rents in those spaces have softened, she said, and landlords who once insisted on national tenants are now willing to sign a five-year lease with a baker who has a following."]
    body = "\n".join(f'<p class="css-at9mc1 evys1bk0">{c.p(x)}</p>' for x in ps)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Quiet Return of the Neighborhood Bakery - The Harbor Times</title>
<link rel="canonical" href="https://www.harbortimes.example/2025/03/04/business/neighborhood-bakeries.html">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"The Quiet Return of the Neighborhood Bakery","isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"}}}}</script>
<script>window.__preloadedData = {{"initialState":{{"user":{{"isLoggedIn":false}},"article":{{"wordCount":1432,"section":"Business"}}}}}};</script></head><body>
<div id="app"><header class="css-1a7gqmd"><button aria-label="Sections">Sections</button><a class="logo" href="/">The Harbor Times</a><a class="subscribe">Subscribe for $1/week</a><a>Log in</a></header>
<nav class="css-sections"><a>World</a><a>U.S.</a><a>Politics</a><a>Business</a><a>Tech</a><a>Opinion</a><a>Food</a></nav>
<main id="site-content"><article id="story" class="meteredContent css-1vxca1d"><header class="css-1ct0kxk"><p class="kicker">Small Business</p><h1 data-testid="headline" class="css-88wicj">{t}</h1><p id="article-summary" class="css-79rysd">{dek}</p>
<div class="css-byline"><p>By <span class="last-byline">Jonah Pereira</span></p><time datetime="2025-03-04">March 4, 2025</time></div>
<div class="css-share"><button>Share full article</button><button>Save</button><span>112 comments</span></div></header>
<figure><img src="https://static.harbortimes.example/images/bakery.jpg" loading="lazy"><figcaption><span>Marta Ilyin shapes loaves before dawn at her shop.</span><span class="credit">Credit: Dana Ruiz for The Harbor Times</span></figcaption></figure>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="StoryBodyCompanionColumn">{body}</div>
<div id="gateway-content" class="css-mcm29f"><div class="css-gradient"></div><div class="css-paywall"><h2>Continue reading the main story</h2><p>Subscribe to The Harbor Times for unlimited access to journalism you can trust.</p><a class="cta">See subscription options</a><p>Already a subscriber? <a>Log in</a>.</p></div></div>
</section></article>
<aside class="css-more"><h2>More in Business</h2><ul><li><a>Why Grocery Prices Keep Climbing</a></li><li><a>Remote Workers Are Reshaping Small Towns</a></li></ul></aside></main>
<footer class="css-footer"><p>© 2025 The Harbor Times Company</p><a>Privacy Policy</a> <a>Terms of Service</a> <a>Cookie Settings</a> <a>Help</a></footer></div></body></html>"""
    write(L, "paywall_bakery", html, c)

def recipe():
    c = C()
    t = c.h("One-Pan Lemon Garlic Chicken Thighs")
    story = ["I make this on weeknights when I have forty minutes and no patience for dishes. The thighs go skin-side down into a cold skillet, which renders the fat slowly and gives you crackling skin without splatter."]
    ih = c.h("Ingredients")
    ings = ["6 bone-in, skin-on chicken thighs", "1 teaspoon kosher salt", "1/2 teaspoon black pepper", "6 garlic cloves, smashed", "1 lemon, thinly sliced", "1/2 cup chicken stock", "2 tablespoons butter", "A handful of chopped parsley"]
    sh = c.h("Instructions")
    steps = ["Pat the chicken dry and season both sides with salt and pepper.", "Place the thighs skin-side down in a cold 12-inch skillet, then set it over medium heat. Cook without moving for 15 to 18 minutes, until the skin is deep golden.", "Flip the chicken, add the garlic and lemon slices around it, and cook for 2 minutes.", "Pour in the stock and transfer the skillet to a 425°F oven for 12 minutes.", "Swirl the butter into the pan juices, spoon them over the chicken and finish with parsley."]
    nh = c.h("Notes")
    note = c.p("Boneless thighs work too; reduce the oven time to about 7 minutes.")
    sh_html = "".join(f'<p>{c.p(x)}</p>' if False else "" for x in [])
    story_html = f"<p>{c.p(story[0])}</p>"
    ing_html = "".join(f'<li class="wprm-recipe-ingredient" style="list-style-type: disc;">{spans(c.li(x), 50+i)}</li>' for i, x in enumerate(ings))
    step_html = "".join(f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;"><span style="display: block;">{c.li(x)}</span></div></li>' for x in steps)
    html = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>One-Pan Lemon Garlic Chicken Thighs - Salt &amp; Skillet</title>
<script type="application/ld+json">{{"@context":"https://schema.org/","@type":"Recipe","name":"One-Pan Lemon Garlic Chicken Thighs","nutrition":{{"@type":"NutritionInformation","calories":"412 kcal"}},"recipeIngredient":["6 bone-in, skin-on chicken thighs"]}}</script>
<script>window.adthrive = window.adthrive || {{}}; adthrive.cmd = adthrive.cmd || []; adthrive.siteAds = {{"siteId":"5e8f","adUnits":[{{"location":"Content","sequence":1}}]}};</script></head><body class="single-post">
<div id="cookie-law-info-bar" role="dialog"><span>We use cookies to give you the best experience. <a role="button" class="cli_settings_button">Cookie Settings</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-main-button">Accept</a></span></div>
<header class="site-header"><p class="site-title"><a>Salt &amp; Skillet</a></p><nav><ul><li>Recipes</li><li>Weeknight</li><li>Baking</li><li>About</li><li>Shop</li></ul></nav></header>
<div class="site-inner"><main class="content"><article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">{t}</h1><p class="entry-meta">By <span class="entry-author">Hannah Cole</span> · Updated Feb 9, 2025 · <a>48 Comments</a></p>
<a class="wprm-recipe-jump wprm-recipe-link" href="#wprm-recipe-container-1201">Jump to Recipe</a> <a class="wprm-recipe-print">Print Recipe</a></header>
<div class="entry-content">
{story_html}
<div class="adthrive-ad adthrive-content" data-google-query-id="CMx"><div class="adthrive-ad-label">Advertisement</div></div>
<div id="wprm-recipe-container-1201" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-custom"><div class="wprm-recipe-header-container"><h2 class="wprm-recipe-name">One-Pan Lemon Garlic Chicken Thighs</h2><div class="wprm-recipe-rating">4.9 from 212 votes</div><div class="wprm-recipe-times">Prep 5 mins · Cook 35 mins · Servings 4</div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">{ih}</h3><ul class="wprm-recipe-ingredients">{ing_html}</ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">{sh}</h3><ol class="wprm-recipe-instructions">{step_html}</ol></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">{nh}</h3><div class="wprm-recipe-notes"><span style="display:block">{note}</span></div></div>
<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">Nutrition</h3><span class="wprm-nutrition-label-text-nutrition-container"><span class="label">Calories: </span><span class="value">412</span><span class="unit">kcal</span></span> | <span><span class="label">Protein: </span>31g</span> | <span><span class="label">Fat: </span>29g</span> | <span><span class="label">Sodium: </span>702mg</span></div>
<div class="wprm-call-to-action"><span>Tried this recipe?</span> Mention @saltandskillet or tag #saltandskillet!</div></div></div>
<div class="adthrive-ad"><div class="adthrive-ad-label">Advertisement</div></div>
</div></article>
<div id="comments"><h3>48 Comments</h3><ol><li><b>Rita</b><p>Made this twice this week. The cold pan trick is genius.</p></li></ol></div></main>
<aside class="sidebar"><section><h3>Hi, I'm Hannah!</h3><p>I write simple recipes for busy people.</p></section><section><h3>Popular</h3><ul><li>Sheet Pan Gnocchi</li><li>Easy Banana Bread</li></ul></section></aside></div>
<footer class="site-footer">© 2025 Salt &amp; Skillet · Privacy Policy · Accessibility</footer></body></html>"""
    write(L, "recipe_lemon_chicken", html, c)

def readme():
    c = C()
    toml = '[dependencies]\ntinyqueue-rs = "0.4"'
    t = c.h("tinyqueue-rs")
    out = [f'<p dir="auto">{c.p("A small, dependency-free priority queue for Rust with a stable iteration order and a decrease-key operation.")}</p>',
           '<p dir="auto"><a href="#"><img src="https://img.shields.io/crates/v/tinyqueue-rs.svg" alt="crates.io" style="max-width: 100%;"></a> <a href="#"><img src="https://github.com/x/ci/badge.svg" alt="CI"></a></p>',
           f'<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">{c.h("Installation")}</h2><a id="user-content-installation" class="anchor" aria-label="Permalink: Installation" href="#installation"><svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16"><path d="m7.775 3.275"></path></svg></a></div>',
           f'<p dir="auto">{c.p("Add the crate to your Cargo.toml:")}</p>',
           f'<div class="highlight highlight-source-toml notranslate position-relative overflow-auto" dir="auto"><pre>{c.code(toml)}</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn">Copy</clipboard-copy></div></div>',
           f'<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">{c.h("Usage")}</h2><a class="anchor" href="#usage"><svg class="octicon"></svg></a></div>']
    code = """use tinyqueue::TinyQueue;

fn main() {
    let mut q = TinyQueue::new();
    q.push("write docs", 3);
    q.push("fix bug", 1);
    q.decrease_key(&"write docs", 0);
    assert_eq!(q.pop(), Some("write docs"));
}"""
    out.append(f'<div class="highlight highlight-source-rust notranslate position-relative overflow-auto" dir="auto"><pre>{c.code(code)}</pre></div>')
    out.append(f'<div class="markdown-heading"><h2 class="heading-element">{c.h("Features")}</h2></div><ul dir="auto"><li>{c.li("O(log n) push, pop and decrease-key")}</li><li>{c.li("Ties are broken by insertion order")}</li><li>{c.li("no_std support behind the alloc feature")}</li></ul>')
    out.append(f'<div class="markdown-heading"><h2 class="heading-element">{c.h("License")}</h2></div><p dir="auto">{c.p("Licensed under either of Apache License 2.0 or MIT license at your option.")}</p>')
    html = f"""<!DOCTYPE html><html lang="en" data-color-mode="auto"><head><meta charset="utf-8"><title>GitHub - mkowal/tinyqueue-rs: A small priority queue for Rust</title>
<script type="application/json" id="client-env">{{"locale":"en","featureFlags":["copilot_new_references","repos_nav"]}}</script><script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime.js"></script></head><body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="p-3 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a><header class="HeaderMktg"><a aria-label="Homepage">GitHub</a><nav><ul><li>Product</li><li>Solutions</li><li>Resources</li><li>Open Source</li><li>Enterprise</li><li>Pricing</li></ul></nav><div class="search-input">Search or jump to...</div><a>Sign in</a><a>Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main"><main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3"><strong itemprop="name" class="mr-2 flex-self-stretch"><a>tinyqueue-rs</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<ul class="pagehead-actions flex-shrink-0"><li><a>Notifications</a></li><li><a>Fork 12</a></li><li><a>Star 184</a></li></ul><nav class="js-repo-nav UnderlineNav"><a>Code</a><a>Issues 3</a><a>Pull requests 1</a><a>Actions</a><a>Security</a><a>Insights</a></nav></div>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div class="Layout Layout--flowRow-until-md"><div class="Layout-main"><div class="react-directory-filename-column"><table aria-labelledby="folders-and-files"><tbody><tr><td>src</td><td>add decrease_key</td><td>2 weeks ago</td></tr><tr><td>Cargo.toml</td><td>release 0.4.1</td><td>last week</td></tr><tr><td>README.md</td><td>docs: usage example</td><td>last week</td></tr></tbody></table></div>
<div id="readme" class="Box MD js-code-block-container js-code-nav-container js-tagsearch-file Box--responsive" data-tagsearch-path="README.md"><div class="Box-header"><h2 class="Box-title">README</h2></div>
<div class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text"><div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">{t}</h1><a id="user-content-tinyqueue-rs" class="anchor" href="#tinyqueue-rs"><svg class="octicon octicon-link"></svg></a></div>
{chr(10).join(out)}
</article></div></div></div>
<div class="Layout-sidebar"><div class="BorderGrid"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">A small priority queue for Rust</p><ul><li>Readme</li><li>MIT, Apache-2.0 licenses found</li><li>184 stars</li><li>4 watching</li><li>12 forks</li></ul><h2 class="h4 mb-3">Releases 6</h2><p>v0.4.1 Latest</p><h2 class="h4">Languages</h2><ul><li>Rust 100.0%</li></ul></div></div></div></div></main></div>
<footer class="footer"><p>© 2025 GitHub, Inc.</p><ul><li>Terms</li><li>Privacy</li><li>Security</li><li>Status</li><li>Docs</li><li>Contact</li></ul></footer></body></html>"""
    write(L, "github_readme_tinyqueue", html, c)

def changelog():
    c = C()
    t = c.h("Release notes")
    out = [f'<p>{c.p("This page lists notable changes to Lanternd, the log shipping daemon. Patch releases that only update dependencies are omitted.")}</p>']
    rel = [("2.8.0 — April 2025", [("Added", ["A --dry-run flag that prints what would be shipped without sending anything.", "Support for zstd compression on the HTTP output."]), ("Fixed", ["File rotation on Windows no longer drops the last partial line.", "The journald input now respects the configured cursor file."])]),
           ("2.7.2 — February 2025", [("Fixed", ["Memory usage no longer grows unbounded when the output endpoint is down for more than an hour."])]),
           ("2.7.0 — January 2025", [("Changed", ["The default batch size was raised from 500 to 2,000 events."]), ("Deprecated", ["The legacy_tcp output will be removed in 3.0."])])]
    for v, groups in rel:
        out.append(f'<section class="release" id="v{v.split()[0]}"><h2>{c.h(v)}</h2>')
        for g, items in groups:
            out.append(f'<h3 class="kind kind-{g.lower()}">{c.h(g)}</h3><ul>' + "".join(f'<li>{c.li(x)} <a class="pr" href="#">#{400+len(out)}</a></li>' if False else f'<li>{c.li(x)}</li>' for x in items) + "</ul>")
        out.append("</section>")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Release notes — Lanternd 2.8 documentation</title>
<link rel="stylesheet" href="_static/pygments.css"><link rel="stylesheet" href="_static/furo.css"><script data-url_root="./" id="documentation_options" src="_static/documentation_options.js"></script><script src="_static/searchtools.js"></script></head><body>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="svg-toc"><title>Contents</title></symbol></svg>
<input type="checkbox" class="sidebar-toggle" id="__navigation"><div class="page"><header class="mobile-header"><div class="header-center"><a href="index.html"><div class="brand">Lanternd 2.8 documentation</div></a></div></header>
<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="index.html"><span class="sidebar-brand-text">Lanternd</span></a><form class="sidebar-search-container" method="get" action="search.html"><input class="sidebar-search" placeholder="Search" name="q"></form>
<div class="sidebar-scroll"><div class="sidebar-tree"><ul><li class="toctree-l1"><a class="reference internal" href="install.html">Installation</a></li><li class="toctree-l1"><a href="config.html">Configuration</a></li><li class="toctree-l1"><a href="inputs.html">Inputs</a></li><li class="toctree-l1"><a href="outputs.html">Outputs</a></li><li class="toctree-l1 current current-page"><a class="current reference internal" href="#">Release notes</a></li></ul></div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container"><a href="#" class="back-to-top muted-link">Back to top</a><div class="content-icon-container"><div class="edit-this-page"><a class="muted-link" href="#">Edit this page</a></div></div>
<article role="main" id="furo-main-content"><section id="release-notes"><h1>{t}<a class="headerlink" href="#release-notes" title="Link to this heading">¶</a></h1>
{chr(10).join(out)}
</section></article></div>
<footer><div class="related-pages"><a class="prev-page" href="outputs.html"><div class="page-info"><div class="context">Previous</div><div class="title">Outputs</div></div></a></div><div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright © 2025, The Lanternd Authors</div>Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and Furo</div></div></footer></div>
<aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div><div class="toc-tree"><ul><li>2.8.0</li><li>2.7.2</li><li>2.7.0</li></ul></div></div></aside></div></div></body></html>"""
    write(L, "changelog_lanternd", html, c)

def wiki_en():
    c = C()
    t = c.h("Saltmarsh sparrow")
    info = """<table class="infobox biota"><tbody><tr><th colspan="2">Saltmarsh sparrow</th></tr><tr><td colspan="2"><img src="//upload.example.org/sparrow.jpg" width="220"></td></tr><tr><th colspan="2">Conservation status</th></tr><tr><td colspan="2">Endangered (IUCN 3.1)</td></tr><tr><th colspan="2">Scientific classification</th></tr><tr><td>Kingdom:</td><td>Animalia</td></tr><tr><td>Order:</td><td>Passeriformes</td></tr><tr><td>Genus:</td><td>Ammospiza</td></tr></tbody></table>"""
    def h2(x): return f'<div class="mw-heading mw-heading2"><h2 id="{x}">{c.h(x)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div>'
    lead = c.p("The **saltmarsh sparrow** is a small songbird that breeds only in tidal marshes along the Atlantic coast of North America. It has declined sharply since the 1990s and is considered one of the most threatened birds in the region.^[1]")
    body = "\n".join([f"<p>{lead}</p>", '<div id="toc" class="toc"><h2>Contents</h2><ul><li>1 Description</li><li>2 Breeding</li><li>3 Conservation</li><li>4 References</li></ul></div>',
                      h2("Description"), f"<p>{c.p('Adults are about 13 centimetres long, with an orange-buff face, a grey cheek patch and streaked underparts. The sexes look alike.')}</p>",
                      h2("Breeding"), f"<p>{c.p('Nests are built a few centimetres above the ground in dense marsh grass. Because the marsh floods during the highest monthly tides, a nesting attempt succeeds only if the eggs hatch and the chicks can climb out of reach within the roughly 26 days between spring tides.^[2]')}</p>",
                      h2("Conservation"), f"<p>{c.p('Rising sea levels and ditching of marshes have increased the frequency of nest flooding. Restoration projects that raise the marsh surface with dredged sediment are being tested in several states.')}</p>"])
    refs = """<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite>Correll, M. (2017). "Predictions of breeding population decline". <i>The Condor</i>. <b>119</b>: 45–57.</cite></span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text"><cite>Shriver, W. G. (2016). "Flooding and nest survival". <i>Estuaries</i>.</cite></span></li></ol></div>
<div class="navbox" role="navigation"><table><tr><th>Taxon identifiers</th></tr><tr><td>Wikidata: Q1234 · eBird: salspa · GBIF: 987654</td></tr></table></div>"""
    html = f"""<!DOCTYPE html><html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Saltmarsh sparrow - Wikipedia</title>
<script>(function(){{var className="client-js";document.documentElement.className=className;}}());RLCONF={{"wgTitle":"Saltmarsh sparrow","wgCategories":["IUCN Red List endangered species","Birds of North America"]}};</script></head>
<body class="skin-vector skin-vector-2022 mediawiki ltr"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><nav class="vector-main-menu-landmark"><div id="vector-main-menu">Main menu<ul><li>Main page</li><li>Contents</li><li>Current events</li><li>Random article</li><li>About Wikipedia</li><li>Contact us</li><li>Donate</li></ul></div></nav><a href="/" class="mw-logo">Wikipedia The Free Encyclopedia</a><div id="p-search"><input placeholder="Search Wikipedia"></div><nav class="vector-user-links"><a>Create account</a><a>Log in</a></nav></header></div>
<div class="mw-page-container"><div class="vector-column-start"><nav class="vector-toc-landmark"><div id="vector-toc">Contents<ul><li>(Top)</li><li>Description</li><li>Breeding</li><li>Conservation</li><li>References</li></ul></div></nav></div>
<main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{t}</span></h1><div id="p-lang-btn">12 languages</div></header>
<div class="vector-page-toolbar"><a>Article</a><a>Talk</a><a>Read</a><a>Edit</a><a>View history</a><a>Tools</a></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Species of bird</div>
{info}
{body}
{refs}
</div></div><div id="catlinks" class="catlinks"><a>Categories</a>: <ul><li>IUCN Red List endangered species</li><li>Ammospiza</li><li>Birds of the United States</li></ul></div></div></main></div>
<footer id="footer" class="mw-footer"><ul><li>This page was last edited on 12 January 2025, at 18:02 (UTC).</li><li>Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.</li></ul><ul><li>Privacy policy</li><li>About Wikipedia</li><li>Disclaimers</li><li>Code of Conduct</li></ul></footer></body></html>"""
    write(L, "wiki_saltmarsh_sparrow", html, c)

def forum():
    c = C()
    t = c.h("Best way to keep a sourdough starter alive while traveling for two weeks?")
    posts = [("crumbshot", ["I'm leaving for two weeks in May and nobody can feed my starter. It's about a year old and very active. Should I dry it, freeze it, or just leave it in the fridge and hope?"]),
             ("oldmill_baker", ["Just feed it a stiff meal before you leave — something like 1 part starter, 5 parts flour, 3 parts water — and put it straight into the fridge. A stiff, well-fed starter will easily survive two weeks.", "When you get back, discard most of it and do two or three feeds at room temperature before baking."]),
             ("lena_k", ["Agree with the above. As insurance, I also smear a thin layer on parchment, let it dry, and crumble it into a jar. Dried starter keeps for months and revives in a few days."]),
             ("crumbshot", ["Thanks both! Went with the stiff feed plus a dried backup. Will report back."])]
    out = []
    for i, (u, ps) in enumerate(posts):
        cooked = "".join(f"<p>{c.p(x)}</p>" for x in ps)
        out.append(f"""<div class="topic-post clearfix regular" data-post-number="{i+1}"><article id="post_{i+1}" aria-label="post #{i+1} by @{u}" role="region" data-post-id="{8800+i}" data-topic-id="3311" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar"><img alt="" width="48" height="48" src="/user_avatar/{u}.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a>{u}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"><span class="relative-date">Apr {10+i}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">{cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat toggle-like like" title="like this post">{3*i} ❤</button><button class="widget-button btn-flat share" title="copy a link to this post">Share</button><button class="widget-button btn-flat reply create" title="begin composing a reply to this post">Reply</button></div></nav></section></div></div></div></article></div>""")
    html = f"""<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>Best way to keep a sourdough starter alive while traveling for two weeks? - Starters - Bread Circle Forum</title>
<link rel="canonical" href="https://forum.breadcircle.example/t/best-way-to-keep-a-sourdough-starter-alive/3311">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"Best way to keep a sourdough starter alive while traveling for two weeks?","commentCount":3}}</script>
<link id="data-preloaded" data-preloaded='{{"site":"{{}}","topic_3311":"{{\\"posts_count\\":4}}"}}'></head><body class="crawler">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/logo.png" alt="Bread Circle Forum" id="site-logo"></a></div><div class="panel"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-primary btn-small login-button">Log In</button></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="3311"><a class="fancy-title" href="/t/3311">{t}</a></h1><div class="topic-category"><span class="badge-category__name">Starters</span></div></div></div>
<div class="posts">
{out[0]}
{out[1]}
<div class="topic-in-gaps-ad"><div class="house-creative"><span class="ad-label">Advertisement</span><a>Banneton baskets — 20% off this week</a></div></div>
{out[2]}
{out[3]}
</div>
<div id="topic-footer-buttons"><button>Bookmark</button><button>Share</button><button>Flag</button><button>Reply</button></div>
<div class="suggested-topics"><h3>Suggested Topics</h3><table><tr><td>Rye starter smells like acetone</td><td>12</td></tr><tr><td>How warm is too warm for bulk ferment?</td><td>8</td></tr></table></div></div>
<footer class="noscript-footer-nav"><a>Home</a> <a>Categories</a> <a>Guidelines</a> <a>Terms of Service</a> <a>Privacy Policy</a><p>Powered by Discourse, best viewed with JavaScript enabled</p></footer></body></html>"""
    write(L, "forum_sourdough_travel", html, c)

def travel():
    c = C()
    t = c.h("A Slow Weekend in Porto: Where to Walk, Eat and Rest")
    blocks = [("p", "Porto rewards people who walk slowly. The city climbs steeply from the Douro River, and its best moments tend to happen between destinations: a tiled church façade catching the evening light, a bakery window, a tram grinding uphill."),
              ("h", "Saturday morning: Ribeira and the bridge"),
              ("p", "Start early along the Ribeira waterfront before the tour groups arrive. Cross the upper deck of the Dom Luís I bridge on foot for the view back over the terracotta roofs, then drift down through Vila Nova de Gaia, where the port lodges offer short tastings."),
              ("h", "Saturday afternoon: Bolhão and Santa Catarina"),
              ("p", "The restored Bolhão market is worth an hour, especially the stalls selling tinned fish and local cheese. Nearby, Rua de Santa Catarina is busy but leads to quieter side streets full of old haberdasheries."),
              ("h", "Sunday: the Atlantic at Foz"),
              ("p", "Take the historic tram line 1 west along the river to Foz do Douro. The promenade is perfect for a long, unhurried walk, and the seafood grills near the lighthouse serve grilled sardines in summer."),
              ("h3", "Practical tips"),
              ("li", "Getting around: buy a rechargeable Andante card for the metro, buses and trams."),
              ("li", "When to go: May, June and September have warm days and fewer crowds.")]
    out, ul = [], []
    for k, x in blocks:
        if k == "li":
            ul.append(f"<li>{c.li(x)}</li>"); continue
        if k == "h3":
            h3 = '<h3 class="heading_x9Q2a">' + c.h(x) + "</h3>"; continue
        if k == "p":
            out.append(f'<div class="paragraph_3sT4c"><p class="text_1Mrn8">{c.p(x)}</p></div>')
        else:
            out.append(f'<h2 class="heading_x9Q2a">{c.h(x)}</h2><div class="imageWrap_8d21"><picture><source data-srcset="https://img.example.com/porto/{len(out)}.webp" type="image/webp"><img class="lazyload" data-src="https://img.example.com/porto/{len(out)}.jpg" alt="Porto" width="1200" height="800"></picture><span class="credit_a1">Photo: Shutterstock</span></div>')
        if len(out) == 3:
            out.append('<div class="inlineAd_q0"><p class="adLabel">Advertisement</p><iframe src="https://ads.example.com/gpt?slot=travel_inline_1" width="728" height="90" title="3rd party ad content"></iframe></div>')
        if len(out) == 6:
            out.append('<div class="readMore_7c"><strong>Read more:</strong> <a>The 10 best day trips from Lisbon</a></div>')
    out.append(h3 + "<ul>" + "".join(ul) + "</ul>")
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>A Slow Weekend in Porto: Where to Walk, Eat and Rest | Wayfarer Journal</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"A Slow Weekend in Porto","author":{{"@type":"Person","name":"Clare Hobbs"}}}}</script>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.defineSlot('/1234/travel',[728,90],'div-gpt-1').addService(googletag.pubads());}});</script></head><body>
<div class="consentWall_overlay" id="sp_message_container" style="position:fixed;inset:0;z-index:9999"><div class="consentWall_box"><h2>We value your privacy</h2><p>We and our 842 partners store and access information on your device, such as cookies, to deliver personalised ads and content, measure performance and develop products.</p><button>Accept all</button><button>Reject all</button><button>Manage options</button></div></div>
<header class="siteHeader_2Ka"><a class="logo">Wayfarer Journal</a><nav><a>Destinations</a><a>Inspiration</a><a>Hotels</a><a>Newsletter</a></nav></header>
<main><div class="breadcrumbs"><a>Europe</a> › <a>Portugal</a> › <a>Porto</a></div>
<article class="article_9fQ"><header><h1 class="title_Zk1">{t}</h1><div class="byline_4k">By Clare Hobbs · 14 March 2025 · 6 min read</div><div class="share_2s"><a>Facebook</a><a>Pinterest</a><a>Email</a></div></header>
<div class="body_7Tt">
{chr(10).join(out)}
</div>
<div class="mapEmbed"><iframe src="https://www.google.com/maps/embed?pb=porto" width="600" height="450" loading="lazy"></iframe></div>
<div class="authorBio"><p>Clare Hobbs is a travel writer based in Bristol.</p></div></article>
<section class="related_0a"><h2>You might also like</h2><ul><li>48 hours in Seville</li><li>Lisbon on a budget</li></ul></section>
<section class="newsletter"><h2>Get inspired</h2><p>Sign up for our weekly newsletter.</p><input type="email"><button>Subscribe</button></section></main>
<footer>© 2025 Wayfarer Journal Ltd. All rights reserved. <a>Privacy</a> <a>Cookies</a> <a>Terms</a></footer></body></html>"""
    write(L, "travel_porto_weekend", html, c)

def amp():
    c = C()
    t = c.h("City council approves protected bike lanes on Harlow Avenue")
    ps = ["The city council voted 7 to 2 on Tuesday night to install protected bike lanes along a 2.4-mile stretch of Harlow Avenue, ending more than a year of debate over one of the city's busiest corridors.",
          "The plan replaces one lane of traffic in each direction with a bike lane separated from cars by concrete curbs. Parking will remain on both sides of the street, and left-turn lanes will be added at four intersections.",
          "Supporters packed the council chamber, many wearing cycling helmets. Several parents described their children riding to school along the avenue's narrow shoulder.",
          "Business owners were divided. Some worried that fewer traffic lanes would discourage customers from driving in, while others said slower traffic would make the avenue more pleasant to walk.",
          "Construction is expected to begin in the fall and take about eight months. The $6.1 million project is funded largely by a state transportation grant."]
    out = []
    for i, x in enumerate(ps):
        out.append(f"<p>{c.p(x)}</p>")
        if i == 1:
            out.append('<amp-ad width="300" height="250" layout="fixed" type="doubleclick" data-slot="/4321/news/amp_mid"><div fallback><p>Advertisement</p></div></amp-ad>')
        if i == 2:
            out.append('<aside class="amp-related-inline"><strong>RELATED:</strong> <a>Bike share expands to east side</a></aside>')
    html = f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script><script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>City council approves protected bike lanes on Harlow Avenue</title><link rel="canonical" href="https://www.valleyledger.example/news/local/harlow-bike-lanes"><meta name="viewport" content="width=device-width,minimum-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><style amp-custom>.byline{{color:#666}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"City council approves protected bike lanes on Harlow Avenue","datePublished":"2025-05-14T06:30:00-05:00","author":{{"@type":"Person","name":"Dev Patel"}},"publisher":{{"@type":"Organization","name":"Valley Ledger"}}}}</script></head><body>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-000000-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
<header class="amp-wp-header"><div><a href="/">Valley Ledger</a></div><a class="subscribe">Subscribe</a></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><span class="section">Local News</span><h1 class="amp-wp-title">{t}</h1><div class="byline">By Dev Patel, Staff Writer</div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="2025-05-14T06:30:00-05:00">May 14, 2025</time></div></header>
<figure class="amp-wp-article-featured-image"><amp-img src="https://www.valleyledger.example/img/harlow.jpg" width="1200" height="675" layout="responsive" alt="Harlow Avenue"></amp-img><figcaption>Cyclists ride along Harlow Avenue in April. (Photo by Kim Alvarez)</figcaption></figure>
<div class="amp-wp-article-content">
{chr(10).join(out)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-tag">Tags: transportation, city council, cycling</div><div class="amp-wp-comments-link"><a href="#">Leave a Comment</a></div></footer></article>
<footer class="amp-wp-footer"><div><p>© 2025 Valley Ledger</p><a href="#top" class="back-to-top">Back to top</a></div></footer></body></html>"""
    write(L, "amp_bike_lanes", html, c)

for f in [paywall, recipe, readme, changelog, wiki_en, forum, travel, amp]:
    f()
