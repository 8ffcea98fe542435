"""blind3 en pages. Run: python3 -B en.py"""
from common import write_all

PAGES = []

PAGES.append(("live_updates_wildfire", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wildfire near Cedar Ridge: Live updates - The Valley Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.valleycourier.example/live.css">
<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Wildfire near Cedar Ridge: Live updates"}</script>
</head>
<body>
<div class="css-1vxc2sl" id="cookie-consent">We use cookies to personalize content and ads. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="css-ahe4g0"><div class="css-10488qs"><a class="css-nhjhh0">The Valley Courier</a><nav class="css-1d8a290"><a>U.S.</a><a>World</a><a>Local</a><a>Business</a><a>Opinion</a><a>Sports</a><a>Weather</a></nav><div class="css-6n7j50"><a>Subscribe for $1/week</a><a>Log in</a></div></div></header>
<main id="site-content" class="css-1wtrpa4">
<div class="css-1q9kf4b"><span class="css-1ea6lvz">LIVE</span><span class="css-bbl0a8">Updated 2 minutes ago</span></div>
<h1 class="css-fwqvlz">⟪Wildfire near Cedar Ridge: Evacuations expand as winds pick up⟫</h1>
<p class="css-w6ymp8 e1wiw3jv0">⟪Crews are fighting a fast-moving fire in the foothills east of Cedar Ridge. Here is the latest.⟫</p>
<div class="css-1w5cs23"><span>By Dana Whitfield and Marco Ruiz</span><div class="css-share"><button>Share full article</button><button>Save</button></div></div>
<section class="css-key-points"><h2>⟪Key points⟫</h2><ul><li>⟪About 4,200 residents are under evacuation orders.⟫</li><li>⟪The fire has burned roughly 6,800 acres and is 10 percent contained.⟫</li><li>⟪Highway 14 is closed between Pine Flat and the county line.⟫</li></ul></section>
<div class="css-newsletter"><p>Get breaking news alerts on your phone.</p><a>Download the app</a></div>
<article class="live-blog-post css-post" id="post-3"><div class="css-timestamp"><time>4:12 p.m. PT</time></div><h3 class="css-hl">⟪Evacuation zone widened to include Birch Hollow⟫</h3>
<p>⟪The county sheriff's office expanded evacuation orders late Tuesday afternoon to include the Birch Hollow neighborhood, citing gusts of up to 40 miles per hour forecast for the evening. An evacuation center has opened at Cedar Ridge High School.⟫</p><div class="css-byline">— Marco Ruiz</div><button class="css-post-share">Share</button></article>
<div class="ad-container css-ad"><span>Advertisement</span><div id="dfp-ad-mid1"></div></div>
<article class="live-blog-post css-post" id="post-2"><div class="css-timestamp"><time>2:45 p.m. PT</time></div><h3 class="css-hl">⟪Firefighters focus on protecting the water plant⟫</h3>
<p>⟪Fire officials said crews were cutting containment lines around the town's water treatment plant, which sits about a mile from the fire's northern edge. Two air tankers have been dropping retardant along the ridge since noon.⟫</p><div class="css-byline">— Dana Whitfield</div><button class="css-post-share">Share</button></article>
<article class="live-blog-post css-post" id="post-1"><div class="css-timestamp"><time>11:30 a.m. PT</time></div><h3 class="css-hl">⟪Air quality alert issued for the valley⟫</h3>
<p>⟪The regional air district warned that smoke would make air unhealthy for sensitive groups through Wednesday. Residents are advised to keep windows closed and limit outdoor exercise.⟫</p><div class="css-byline">— Dana Whitfield</div><button class="css-post-share">Share</button></article>
<div class="css-load-more"><button>Show older posts</button></div>
</main>
<aside class="css-most-read"><h2>Most Read</h2><ol><li><a>City council approves new bike lanes downtown</a></li><li><a>Farmers market moves to Saturday mornings</a></li><li><a>High school robotics team heads to nationals</a></li></ol></aside>
<footer class="css-footer"><nav><a>About us</a><a>Contact</a><a>Careers</a><a>Terms of Service</a><a>Privacy Policy</a><a>Do Not Sell My Personal Information</a></nav><p>© 2025 The Valley Courier Company. All rights reserved.</p></footer>
</body>
</html>
"""))

PAGES.append(("medium_essay_notebooks", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Why I Went Back to Paper Notebooks | by Priya Natarajan | Medium</title>
<meta name="description" content="After five years of note-taking apps">
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css">
</head>
<body>
<div id="root"><div class="a b c"><div class="l ek el em en eo"><div class="ep eq er es"><a class="eu ev" aria-label="Homepage">Medium</a><div class="fa fb"><input placeholder="Search"></div><a class="fe ff">Write</a><a class="fg fh">Sign up</a><a class="fg fh">Sign in</a></div></div>
<article><div class="l"><div class="gn go gp gq gr"><section><div class="ht hu hv hw hx"><div class="ab ca"><div class="ch bg fz ga gb gc">
<h1 id="9f3a" class="pw-post-title iy iz ja bf jb jc jd je jf jg jh ji jj jk jl jm jn jo jp jq jr js jt ju jv jw bk" data-testid="storyTitle">⟪Why I Went Back to Paper Notebooks⟫</h1>
<h2 id="1b2c" class="pw-subtitle-paragraph jx iz ja bf b jy jz ka kb kc kd ke kf kg kh ki kj kk kl km cq dx">⟪After five years and six note-taking apps, a three-dollar notebook fixed what software couldn't.⟫</h2>
<div class="speechify-ignore ab co"><div class="ab q kn ko"><a class="kp">Priya Natarajan</a><span>·</span><button class="kq">Follow</button></div><div class="ab q"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Feb 9, 2025</span></div><div class="ab q ks"><button>👏 1.2K</button><button>💬 31</button><button>Listen</button><button>Share</button></div></div>
<p id="a001" class="pw-post-body-paragraph ll lm ja ln b lo lp lq lr ls lt lu lv lw lx ly lz ma mb mc md me mf mg mh mi gt bk" data-selectable-paragraph="">⟪For most of my working life I have been looking for the perfect note-taking app. I tried outliners, wikis, apps with backlinks and apps with graphs. Each one promised that if I organized my thoughts well enough, I would finally think clearly.⟫</p>
<p id="a002" class="pw-post-body-paragraph ll lm ja ln b lo lp lq lr ls lt lu lv lw lx ly lz ma mb mc md me mf mg mh mi gt bk">⟪What I actually did was organize. I spent Sunday evenings renaming tags and moving pages between folders. The notes grew; my thinking did not.⟫</p>
<h2 id="b003" class="mj mk ja bf ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng bk">⟪What changed⟫</h2>
<p id="a004" class="pw-post-body-paragraph ll lm ja ln b lo lp lq lr ls lt lu lv lw lx ly lz ma mb mc md me mf mg mh mi gt bk">⟪Last spring my laptop died during a week of travel, and I bought a plain notebook at a train station. Writing by hand was slow, and that was the point. I could not copy and paste, so I had to decide what mattered before I wrote it down.⟫</p>
<blockquote class="nh ni nj"><p id="a005" class="pw-post-body-paragraph nk nl">⟪A notebook cannot be reorganized, so you stop trying and start writing.⟫</p></blockquote>
<p id="a006" class="pw-post-body-paragraph ll lm ja ln b lo lp lq lr ls lt lu lv lw lx ly lz ma mb mc md me mf mg mh mi gt bk">⟪I still keep a few things digital: addresses, recipes, anything I need to search. But the thinking now happens on paper, one page a day, and I have not renamed a single tag since.⟫</p>
</div></div></div></section></div></div></article>
<div class="nm nn"><div class="ab"><button>👏 1.2K</button><button>💬 31</button></div><div class="ab"><a class="tag">Productivity</a><a class="tag">Writing</a><a class="tag">Note Taking</a></div></div>
<div class="oa ob"><h2>Written by Priya Natarajan</h2><p>2.4K Followers · Writer at The Long Desk</p><p>Essays on attention, tools and slow work.</p><button>Follow</button></div>
<div class="oc od"><h2>Responses (31)</h2><div class="oe"><p>What are your thoughts?</p></div><div class="of"><span>Marcus L.</span><p>Same experience here. The app became the hobby.</p></div><button>See all responses</button></div>
<div class="og oh"><h2>More from Priya Natarajan</h2><ul><li><a>The Two-Hour Rule for Deep Work</a></li><li><a>I Deleted My Calendar for a Month</a></li></ul><h2>Recommended from Medium</h2><ul><li><a>How I Read 60 Books Last Year</a></li></ul></div>
<div class="oi oj"><p>Sign up to discover human stories that deepen your understanding of the world.</p><button>Sign up for free</button></div>
<footer class="ok ol"><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Press</a><a>Blog</a><a>Privacy</a><a>Terms</a><a>Text to speech</a></footer>
</div></div>
</body>
</html>
"""))

PAGES.append(("stackexchange_bash_loop", r"""
<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en">
<head>
<meta charset="utf-8">
<title>bash - Why does my while-read loop stop after the first line? - Unix &amp; Linux Stack Exchange</title>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css">
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo"><span>Unix &amp; Linux Stack Exchange</span></a><ol class="s-navigation"><li><a>About</a></li><li><a>Products</a></li><li><a>OverflowAI</a></li></ol><form class="s-topbar--searchbar"><input placeholder="Search…"></form><ol class="s-topbar--content"><li><a class="s-btn">Log in</a></li><li><a class="s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar"><nav><ol class="nav-links"><li><a>Home</a></li><li><a>Questions</a></li><li><a>Tags</a></li><li><a>Users</a></li><li><a>Unanswered</a></li></ol></nav></div>
<div id="content">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a class="question-hyperlink">⟪Why does my while-read loop stop after the first line?⟫</a></h1><div class="ml12 aside-cta flex--item print:d-none"><a class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-04 09:21:44Z"><span class="fc-black-400 mr2">Asked</span> <time itemprop="dateCreated">Mar 4, 2025 at 9:21</time></div><div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main">
<div class="question js-question" id="question" data-questionid="790112"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container"><button class="js-vote-up-btn">Up vote</button><div class="js-vote-count" itemprop="upvoteCount">14</div><button class="js-vote-down-btn">Down vote</button></div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>⟪I have a file with one hostname per line and want to run a command on each host:⟫</p>
<pre class="lang-bash s-code-block"><code class="hljs language-bash">⟦while read -r host; do
    ssh "$host" uptime
done &lt; hosts.txt⟧</code></pre>
<p>⟪The loop runs once for the first host and then exits without an error. If I replace <code>ssh</code> with <code>echo</code>, every line is printed. What is going on?⟫</p>
</div>
<div class="post-taglist"><ul class="js-post-tag-list-wrapper"><li><a class="post-tag">bash</a></li><li><a class="post-tag">ssh</a></li><li><a class="post-tag">while-loop</a></li></ul></div>
<div class="post-signature owner"><div class="user-info"><div class="user-action-time">asked <span>Mar 4, 2025 at 9:21</span></div><div class="user-details"><a>hollis_m</a><div class="-flair"><span class="reputation-score">233</span></div></div></div></div></div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list js-comments-list"><li class="comment js-comment"><div class="comment-body"><span class="comment-copy">Related: the same thing happens with <code>ffmpeg</code> inside a loop.</span> – <a class="comment-user">kbr</a> <span class="comment-date">Mar 4 at 9:40</span></div></li></ul><a class="js-add-link comments-link">Add a comment</a></div></div></div>
<div id="answers"><div id="answers-header"><h2 class="mb0">2 Answers</h2><div class="js-sort-wrapper">Sorted by: <select><option>Highest score (default)</option></select></div></div>
<div id="answer-790115" class="answer js-answer accepted-answer" itemprop="acceptedAnswer"><div class="post-layout"><div class="votecell"><div class="js-vote-count">23</div><div class="js-accepted-answer-indicator" title="Loading when this answer was accepted…">Accepted</div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>⟪<code>ssh</code> reads from standard input, and inside the loop its standard input is the rest of <code>hosts.txt</code>. The first <code>ssh</code> swallows all remaining lines, so the next <code>read</code> finds nothing and the loop ends.⟫</p>
<p>⟪Tell <code>ssh</code> not to read stdin with <code>-n</code>:⟫</p>
<pre class="lang-bash s-code-block"><code>⟦while read -r host; do
    ssh -n "$host" uptime
done &lt; hosts.txt⟧</code></pre>
<p>⟪Or read the file on a different file descriptor so commands in the body cannot touch it:⟫</p>
<pre class="lang-bash s-code-block"><code>⟦while read -r host &lt;&amp;3; do
    ssh "$host" uptime
done 3&lt; hosts.txt⟧</code></pre>
</div>
<div class="post-signature"><div class="user-info"><div class="user-action-time">answered <span>Mar 4, 2025 at 9:33</span></div><div class="user-details"><a>Gilles Q.</a><span class="reputation-score">812k</span></div></div></div></div></div></div>
<div id="answer-790131" class="answer js-answer"><div class="post-layout"><div class="votecell"><div class="js-vote-count">4</div></div>
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>⟪An alternative is to redirect stdin for just that command: <code>ssh "$host" uptime &lt; /dev/null</code>. This works for any program that reads stdin, not only ssh.⟫</p>
</div>
<div class="post-signature"><div class="user-info"><div class="user-action-time">answered <span>Mar 5, 2025 at 13:02</span></div><div class="user-details"><a>n.rivera</a><span class="reputation-score">1,904</span></div></div></div></div></div></div>
</div>
<h2 class="bottom-notice">You must <a>log in</a> to answer this question.</h2>
</div>
<div id="sidebar" class="show-votes"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul><li class="s-sidebarwidget--header">The Overflow Blog</li><li><a>How we test our own documentation</a></li></ul></div><div id="hot-network-questions" class="module tex2jax_ignore"><h4><a>Hot Network Questions</a></h4><ul><li><a>Is it safe to delete /var/cache/apt/archives?</a></li><li><a>Why is my cron job running twice?</a></li><li><a>Can a pipe deadlock in bash?</a></li></ul></div></div>
</div></div>
<footer id="footer" class="site-footer"><div class="site-footer--container"><nav><a>Tour</a><a>Help</a><a>Chat</a><a>Contact</a><a>Feedback</a></nav><p class="site-footer--copyright">Site design / logo © 2025 Stack Exchange Demo Inc; user contributions licensed under CC BY-SA. rev 2025.3.4.22001</p></div></footer>
<div id="onetrust-banner-sdk"><p>We use cookies to enhance your experience.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button><button>Necessary cookies only</button><button>Customize settings</button></div>
</body>
</html>
"""))

PAGES.append(("recipe_red_lentil_soup", r"""
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Easy Red Lentil Soup (30 Minutes, One Pot) - Hearth &amp; Thyme</title>
<link rel='stylesheet' id='wprm-public-css' href='https://hearthandthyme.example/wp-content/plugins/wp-recipe-maker/dist/public-modern.css' media='all' />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Easy Red Lentil Soup"}</script>
</head>
<body class="post-template-default single single-post postid-4412 wp-theme-kadence">
<div class="hfeed site"><header id="masthead" class="site-header"><div class="site-branding"><a class="brand">Hearth &amp; Thyme</a><p class="site-description">Simple food for busy weeknights</p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a>Recipes</a></li><li><a>Meal Plans</a></li><li><a>About</a></li><li><a>Shop</a></li></ul></nav><div class="header-search"><input placeholder="Search recipes"></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><main id="main" class="site-main"><article id="post-4412" class="entry content-bg single-entry post-4412 post type-post">
<div class="entry-content-wrap"><header class="entry-header"><nav class="kadence-breadcrumbs"><a>Home</a> » <a>Soups</a> » Easy Red Lentil Soup</nav>
<h1 class="entry-title">⟪Easy Red Lentil Soup (30 Minutes, One Pot)⟫</h1>
<div class="entry-meta"><span class="posted-by">By <a>Anna Brooks</a></span><span class="posted-on">Published Jan 15, 2025</span><span class="comments">48 Comments</span></div>
<div class="wprm-recipe-snippet"><a class="wprm-recipe-jump">Jump to Recipe</a><a class="wprm-recipe-print">Print Recipe</a></div></header>
<div class="entry-content single-content">
<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>
<p>⟪This red lentil soup is what I make when the fridge is nearly empty and everyone is hungry. Red lentils cook down in about twenty minutes, so there is no soaking and no planning ahead, and the soup turns thick and creamy without any cream.⟫</p>
<div class="adthrive-ad adthrive-content"><span>Advertisement</span></div>
<h2 class="wp-block-heading">⟪Tips for the best lentil soup⟫</h2>
<ul class="wp-block-list"><li>⟪Rinse the lentils until the water runs clear, or the soup can turn foamy.⟫</li><li>⟪Add the lemon juice at the end; it brightens the whole pot.⟫</li></ul>
<div id="wprm-recipe-container-4415" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-custom">
<h2 class="wprm-recipe-name wprm-block-text-bold">Easy Red Lentil Soup</h2>
<div class="wprm-recipe-rating"><span>4.9 from 212 votes</span></div>
<div class="wprm-recipe-meta-container"><span>Prep Time: 10 mins</span><span>Cook Time: 20 mins</span><span>Servings: 4</span></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">⟪Ingredients⟫</h3><ul class="wprm-recipe-ingredients">
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-unit">tablespoon</span> <span class="wprm-recipe-ingredient-name">olive oil</span>⟫</li>
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-name">onion</span>, <span class="wprm-recipe-ingredient-notes">diced</span>⟫</li>
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">2</span> <span class="wprm-recipe-ingredient-unit">cloves</span> <span class="wprm-recipe-ingredient-name">garlic</span>⟫</li>
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-unit">teaspoon</span> <span class="wprm-recipe-ingredient-name">ground cumin</span>⟫</li>
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">1 ½</span> <span class="wprm-recipe-ingredient-unit">cups</span> <span class="wprm-recipe-ingredient-name">red lentils</span>, <span class="wprm-recipe-ingredient-notes">rinsed</span>⟫</li>
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">5</span> <span class="wprm-recipe-ingredient-unit">cups</span> <span class="wprm-recipe-ingredient-name">vegetable broth</span>⟫</li>
<li class="wprm-recipe-ingredient">⟪<span class="wprm-recipe-ingredient-amount">1</span> <span class="wprm-recipe-ingredient-name">lemon</span>, <span class="wprm-recipe-ingredient-notes">juiced</span>⟫</li></ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">⟪Instructions⟫</h3><ul class="wprm-recipe-instructions">
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">⟪Heat the oil in a large pot over medium heat and cook the onion until soft, about 5 minutes.⟫</div></li>
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">⟪Stir in the garlic and cumin and cook for 1 minute.⟫</div></li>
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">⟪Add the lentils and broth, bring to a boil, then simmer for 20 minutes until the lentils fall apart.⟫</div></li>
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">⟪Blend half of the soup, stir it back in, and finish with the lemon juice and salt to taste.⟫</div></li></ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">⟪Notes⟫</h3><div class="wprm-recipe-notes">⟪Keeps for 4 days in the fridge and freezes well.⟫</div></div>
<div class="wprm-nutrition-label-container"><h3>Nutrition</h3><span>Calories: 290kcal</span> | <span>Protein: 18g</span> | <span>Fiber: 9g</span></div>
<div class="wprm-call-to-action"><span>Tried this recipe? Mention @hearthandthyme or tag #hearthandthyme!</span></div>
</div></div>
<div class="newsletter-box"><h3>Get new recipes in your inbox</h3><input placeholder="Email address"><button>Subscribe</button></div>
</div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">48 Comments</h2><ol class="comment-list"><li class="comment"><b class="fn">Rachel</b><div class="comment-content"><p>Made this tonight with spinach stirred in at the end. Delicious!</p></div></li></ol><div id="respond"><h3>Leave a Reply</h3><textarea></textarea></div></div>
</article></main>
<aside id="secondary" class="primary-sidebar"><section class="widget"><h2 class="widget-title">Hi, I'm Anna!</h2><p>I share simple recipes for real life.</p></section><section class="widget"><h2>Popular Recipes</h2><ul><li>Sheet Pan Chicken Thighs</li><li>Banana Oat Muffins</li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><p>© 2025 Hearth &amp; Thyme · Privacy Policy · Accessibility</p><p>As an Amazon Associate I earn from qualifying purchases.</p></footer></div>
</body>
</html>
"""))

PAGES.append(("github_readme_csvtrim", r"""
<!DOCTYPE html>
<html lang="en" data-color-mode="auto">
<head>
<meta charset="utf-8">
<title>GitHub - tidewater-labs/csvtrim: Strip, dedupe and validate CSV files from the command line</title>
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-6a3f.css">
</head>
<body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><header class="HeaderMktg header-logged-out"><div class="d-flex"><a class="mr-lg-3" aria-label="Homepage">GitHub</a><nav aria-label="Global"><ul><li><button>Product</button></li><li><button>Solutions</button></li><li><button>Resources</button></li><li><button>Open Source</button></li><li><a>Pricing</a></li></ul></nav><div class="d-flex"><a>Sign in</a><a>Sign up</a></div></div></header></div>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><strong itemprop="name"><a>tidewater-labs</a> / <a>csvtrim</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div><ul class="pagehead-actions"><li><a>Notifications</a></li><li><a>Fork 41</a></li><li><a>Star 1.3k</a></li></ul></div>
<nav class="js-repo-nav UnderlineNav"><ul class="UnderlineNav-body"><li><a>Code</a></li><li><a>Issues 12</a></li><li><a>Pull requests 3</a></li><li><a>Actions</a></li><li><a>Security</a></li><li><a>Insights</a></li></ul></nav></div>
<div class="repository-content"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end"><div class="Layout-main">
<div class="Box mb-3"><div class="Box-header"><span>main</span> <a>2 Branches</a> <a>14 Tags</a> <button>Code</button></div>
<table aria-labelledby="folders-and-files" class="Table-module__Box"><tbody>
<tr class="react-directory-row"><td><a>.github/workflows</a></td><td><a>ci: test on Python 3.13</a></td><td>last month</td></tr>
<tr class="react-directory-row"><td><a>csvtrim</a></td><td><a>Add --dedupe-on option</a></td><td>2 weeks ago</td></tr>
<tr class="react-directory-row"><td><a>tests</a></td><td><a>Add --dedupe-on option</a></td><td>2 weeks ago</td></tr>
<tr class="react-directory-row"><td><a>LICENSE</a></td><td><a>Initial commit</a></td><td>3 years ago</td></tr>
<tr class="react-directory-row"><td><a>README.md</a></td><td><a>docs: options table</a></td><td>2 weeks ago</td></tr>
<tr class="react-directory-row"><td><a>pyproject.toml</a></td><td><a>Release 2.1.0</a></td><td>2 weeks ago</td></tr></tbody></table></div>
<div id="readme" class="Box md js-code-block-container js-code-nav-container js-tagsearch-file Box--responsive"><div class="Box-header"><h2 class="Box-title">README</h2><a>MIT license</a></div>
<div class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
<div class="markdown-heading"><h1 class="heading-element">⟪csvtrim⟫</h1><a class="anchor" aria-label="Permalink: csvtrim" href="#csvtrim"><svg class="octicon octicon-link"></svg></a></div>
<p><a href="#"><img src="https://img.shields.example/pypi/v/csvtrim.svg" alt="PyPI"></a> <a href="#"><img src="https://github.example/badge.svg" alt="CI"></a></p>
<p>⟪Strip whitespace, drop duplicate rows and check column types in CSV files, without loading the whole file into memory.⟫</p>
<div class="markdown-heading"><h2 class="heading-element">⟪Install⟫</h2><a class="anchor" aria-label="Permalink: Install" href="#install"><svg class="octicon octicon-link"></svg></a></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto"><pre>⟦pip install csvtrim⟧</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn">Copy</clipboard-copy></div></div>
<div class="markdown-heading"><h2 class="heading-element">⟪Usage⟫</h2><a class="anchor" aria-label="Permalink: Usage" href="#usage"><svg class="octicon octicon-link"></svg></a></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto"><pre>⟦csvtrim input.csv -o clean.csv --dedupe --types "id:int,price:float"⟧</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn">Copy</clipboard-copy></div></div>
<p>⟪Rows that fail a type check are written to <code>clean.rejects.csv</code> with the reason in an extra column.⟫</p>
<div class="markdown-heading"><h2 class="heading-element">⟪Options⟫</h2><a class="anchor" aria-label="Permalink: Options" href="#options"><svg class="octicon octicon-link"></svg></a></div>
<markdown-accessiblity-table><table>
<thead>⟬<tr><th>Option</th><th>Description</th></tr>⟭</thead>
<tbody>⟬<tr><td><code>--dedupe</code></td><td>Drop rows identical to an earlier row</td></tr>⟭
⟬<tr><td><code>--dedupe-on COLS</code></td><td>Compare only the given columns</td></tr>⟭
⟬<tr><td><code>--types SPEC</code></td><td>Check column types, e.g. <code>id:int</code></td></tr>⟭
⟬<tr><td><code>--no-strip</code></td><td>Keep leading and trailing whitespace</td></tr>⟭</tbody></table></markdown-accessiblity-table>
<div class="markdown-heading"><h2 class="heading-element">⟪License⟫</h2><a class="anchor" aria-label="Permalink: License" href="#license"><svg class="octicon octicon-link"></svg></a></div>
<p>⟪MIT. See <a href="#">LICENSE</a>.⟫</p>
</article></div></div>
</div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin"><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">Strip, dedupe and validate CSV files from the command line</p><div class="topic-tag-list"><a class="topic-tag">csv</a><a class="topic-tag">cli</a><a class="topic-tag">data-cleaning</a></div><ul><li>Readme</li><li>MIT license</li><li>1.3k stars</li><li>9 watching</li><li>41 forks</li></ul></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Releases 14</h2><a>v2.1.0 Latest</a></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul><li>Python 98.6%</li><li>Makefile 1.4%</li></ul></div></div></div></div>
</div></div></main>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><div class="d-flex"><span>© 2025 GitHub Demo, Inc.</span><nav><ul><li><a>Terms</a></li><li><a>Privacy</a></li><li><a>Security</a></li><li><a>Status</a></li><li><a>Docs</a></li><li><a>Contact</a></li></ul></nav></div></footer>
</body>
</html>
"""))

PAGES.append(("oldreddit_balcony_tomatoes", r"""
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta charset="utf-8">
<title>My balcony tomatoes split every time it rains. Anything I can do? : r/containergardens</title>
<link rel="stylesheet" href="https://www.redditstatic.example/reddit.css" type="text/css" media="all">
</head>
<body class="listing-page comments-page">
<div id="header" role="banner"><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a>popular</a></li><li>-<a>all</a></li><li>-<a>random</a></li></ul><span class="separator">|</span><ul class="flat-list sr-bar hover"><li><a>AskReddit</a></li><li>-<a>pics</a></li><li>-<a>gardening</a></li><li>-<a>news</a></li></ul></div></div></div>
<div id="header-bottom-left"><a id="header-img" class="default-header">reddit.com</a><span class="hover pagename redditname"><a>containergardens</a></span><ul class="tabmenu"><li class="selected"><a>comments</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a class="login-required">Log in</a> or <a>sign up</a> in seconds.</span> | <a>English</a></div></div>
<div class="side"><div class="spacer"><form class="search"><input name="q" placeholder="search"></form></div><div class="spacer"><div class="sidecontentbox"><div class="content"><h1 class="hover redditname"><a>containergardens</a></h1><span class="subscribers"><span class="number">84,201</span> readers</span><div class="usertext-body"><div class="md"><p>Growing food and flowers in pots, tubs and window boxes.</p><h3>Rules</h3><ol><li>Be kind</li><li>No spam</li></ol></div></div></div></div></div></div>
<div class="content" role="main">
<div class="sitetable linklisting" id="siteTable"><div class="thing id-t3_1b9x7qz odd link self" data-author="fern_and_fig" data-subreddit="containergardens">
<div class="midcol unvoted"><div class="arrow up login-required" role="button"></div><div class="score unvoted" title="214">214</div><div class="arrow down login-required" role="button"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank" href="#">⟪My balcony tomatoes split every time it rains. Anything I can do?⟫</a> <span class="domain">(<a>self.containergardens</a>)</span></p><p class="tagline">submitted <time title="Sat Jul 12 14:05:11 2025 UTC">1 day ago</time> by <a class="author">fern_and_fig</a></p></div>
<div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md">
<p>⟪I have three cherry tomato plants in 20 litre pots on a south-facing balcony. They're covered in fruit, but after every summer storm about half the ripe ones crack open. I water every morning. Is this a watering problem or just the variety?⟫</p>
</div></div></form></div>
<ul class="flat-list buttons"><li class="first"><a class="bylink comments may-blank">3 comments</a></li><li class="share"><a class="post-sharing-button">share</a></li><li><a>save</a></li><li><a>hide</a></li><li><a>report</a></li></ul></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 3 comments</span></div><div class="menuarea"><span class="dropdown-title lightdrop">sorted by: </span><span class="selected">best</span></div>
<div class="sitetable nestedlisting" id="siteTable_t3_1b9x7qz">
<div class="thing id-t1_kq1 comment" data-author="compost_cathy"><div class="entry unvoted"><p class="tagline"><a class="expand">[–]</a><a class="author">compost_cathy</a><span class="score unvoted">96 points</span> <time>1 day ago</time></p>
<form class="usertext"><div class="usertext-body"><div class="md"><p>⟪It's the sudden swing from dry to soaked. The skin stops growing once the fruit ripens, so when the plant takes up a lot of water at once the inside swells and the skin splits.⟫</p><p>⟪Mulch the top of the pots and water deeply in the evening so the soil never dries out completely. Pick fruit a day early before a storm and let it finish on the counter.⟫</p></div></div></form>
<ul class="flat-list buttons"><li><a>permalink</a></li><li><a>embed</a></li><li><a>save</a></li><li><a>report</a></li><li><a>reply</a></li></ul></div>
<div class="child"><div class="sitetable listing"><div class="thing id-t1_kq4 comment" data-author="fern_and_fig"><div class="entry unvoted"><p class="tagline"><a class="expand">[–]</a><a class="author submitter">fern_and_fig</a><span class="flair">OP</span><span class="score unvoted">21 points</span> <time>1 day ago</time></p>
<form class="usertext"><div class="usertext-body"><div class="md"><p>⟪Evening watering, I had it backwards. Thanks, I'll try the mulch this week.⟫</p></div></div></form>
<ul class="flat-list buttons"><li><a>permalink</a></li><li><a>reply</a></li></ul></div></div></div></div></div>
<div class="thing id-t1_kq9 comment" data-author="urban_okra"><div class="entry unvoted"><p class="tagline"><a class="expand">[–]</a><a class="author">urban_okra</a><span class="score unvoted">33 points</span> <time>23 hours ago</time></p>
<form class="usertext"><div class="usertext-body"><div class="md"><p>⟪Some varieties are much more crack-resistant. Next year look for ones described as crack resistant in the catalogue; the small pear types have held up well for me.⟫</p></div></div></form>
<ul class="flat-list buttons"><li><a>permalink</a></li><li><a>reply</a></li></ul></div></div>
</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover"><li class="flat-vert title">about</li><li><a>blog</a></li><li><a>about</a></li><li><a>advertising</a></li><li><a>careers</a></li></ul></div><div class="col"><ul class="hover"><li class="flat-vert title">help</li><li><a>site rules</a></li><li><a>Reddit help center</a></li><li><a>wiki</a></li></ul></div></div><p class="bottommenu">Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit demo inc. All rights reserved.</p></div>
</body>
</html>
"""))

PAGES.append(("shop_gooseneck_kettle", r"""
<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>Pourline Electric Gooseneck Kettle 0.9 L – Northbound Coffee Supply</title>
<link href="//northbound.example/cdn/shop/t/12/assets/base.css" rel="stylesheet" type="text/css" media="all">
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":80112,"vendor":"Pourline"}};</script>
</head>
<body class="gradient template-product">
<div class="announcement-bar" role="region"><p class="announcement-bar__message">Free shipping on orders over $75 · 30-day returns</p></div>
<header class="header header--middle-left page-width"><a class="header__heading-link">Northbound Coffee Supply</a><nav class="header__inline-menu"><ul class="list-menu"><li><a>Coffee</a></li><li><a>Brewing</a></li><li><a>Grinders</a></li><li><a>Gift Cards</a></li><li><a>Journal</a></li></ul></nav><div class="header__icons"><a>Search</a><a>Log in</a><a>Cart (0)</a></div></header>
<main id="MainContent" class="content-for-layout">
<section class="page-width"><nav class="breadcrumbs"><a>Home</a> / <a>Brewing</a> / Pourline Electric Gooseneck Kettle</nav>
<div class="product grid grid--2-col-tablet"><div class="grid__item product__media-wrapper"><ul class="product__media-list"><li><img src="//northbound.example/cdn/shop/products/kettle-black.jpg" alt="Matte black gooseneck kettle"></li><li><img src="//northbound.example/cdn/shop/products/kettle-side.jpg"></li></ul></div>
<div class="product__info-wrapper grid__item"><div class="product__info-container">
<p class="product__text caption-with-letter-spacing">Pourline</p>
<div class="product__title"><h1>⟪Pourline Electric Gooseneck Kettle 0.9 L⟫</h1></div>
<div class="price price--large"><span class="price-item price-item--sale">$89.00</span> <s class="price-item price-item--regular">$109.00</s> <span class="badge price__badge-sale">Sale</span></div>
<div class="product__tax caption">Tax included. Shipping calculated at checkout.</div>
<div class="rating-summary"><span>★★★★★</span> <a>214 reviews</a></div>
<fieldset class="product-form__input"><legend>Color</legend><label>Matte Black</label><label>Brushed Steel</label><label>White</label></fieldset>
<div class="product-form__buttons"><button class="product-form__submit button">Add to cart</button><div class="shopify-payment-button"><button>Buy with ShopPay</button><a>More payment options</a></div></div>
<div class="product__description rte quick-add-hidden">
<p>⟪A gooseneck spout gives you a slow, steady stream for pour-over coffee, and the built-in thermostat holds water at the temperature you choose for up to an hour.⟫</p>
<ul><li>⟪Set any temperature from 40 to 100 °C in one-degree steps⟫</li><li>⟪Hold mode keeps water at temperature for 60 minutes⟫</li><li>⟪Heats 0.9 L from tap temperature in about five minutes⟫</li><li>⟪Counterweighted handle for an even pour⟫</li></ul>
</div>
<details class="product__accordion" open><summary><h2 class="h4 accordion__title">⟪Specifications⟫</h2></summary><div class="accordion__content rte"><table>
⟬<tr><td>Capacity</td><td>0.9 L</td></tr>⟭
⟬<tr><td>Power</td><td>1200 W, 120 V</td></tr>⟭
⟬<tr><td>Materials</td><td>304 stainless steel, BPA-free base</td></tr>⟭
⟬<tr><td>Cord length</td><td>75 cm</td></tr>⟭
⟬<tr><td>Warranty</td><td>2 years</td></tr>⟭
</table></div></details>
<details class="product__accordion"><summary><h2 class="h4 accordion__title">Shipping &amp; Returns</h2></summary><div class="accordion__content rte"><p>Orders ship within two business days. Unused items can be returned within 30 days.</p></div></details>
<div class="share-button"><button>Share</button></div>
</div></div></div></section>
<section class="product-reviews page-width"><h2>Customer Reviews</h2><div class="jdgm-rev-widg__summary"><span>4.8 out of 5</span><span>Based on 214 reviews</span><button>Write a review</button></div><div class="jdgm-rev"><span class="jdgm-rev__author">Tom K.</span><span class="jdgm-rev__title">Best kettle I've owned</span><p class="jdgm-rev__body">Holds temperature perfectly and the pour is very controllable.</p></div></section>
<section class="related-products page-width"><h2 class="related-products__heading">You may also like</h2><ul><li><a>Ceramic Pour-Over Dripper</a> <span>$32.00</span></li><li><a>Paper Filters, 100 pack</a> <span>$9.00</span></li><li><a>Scale with Timer</a> <span>$59.00</span></li></ul></section>
</main>
<div class="newsletter-popup"><h2>Get 10% off your first order</h2><p>Sign up for brewing guides and new arrivals.</p><input placeholder="Email"><button>Subscribe</button><button aria-label="Close">×</button></div>
<footer class="footer"><div class="footer__content-top page-width"><ul><li><a>Search</a></li><li><a>Shipping Policy</a></li><li><a>Refund Policy</a></li><li><a>Contact</a></li></ul></div><div class="footer__copyright"><small>© 2025, Northbound Coffee Supply · Powered by Shopify</small></div></footer>
</body>
</html>
"""))

PAGES.append(("university_news_bees", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rooftop hives give researchers a window into urban bee health | News | Lakeshore State University</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/themes/custom/lsu/css/style.css">
</head>
<body class="path-node page-node-type-news-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="alert-banner" role="region"><p>Campus alert: The North Parking Garage is closed for repairs through Aug. 15.</p></div>
<header class="site-header"><div class="utility-nav"><a>Apply</a><a>Give</a><a>Visit</a><a>MyLSU</a></div><a class="site-logo">Lakeshore State University</a><nav class="main-nav" aria-label="Main"><ul><li><a>Academics</a></li><li><a>Admissions</a></li><li><a>Research</a></li><li><a>Campus Life</a></li><li><a>Athletics</a></li><li><a>News</a></li></ul></nav></header>
<main id="main-content" role="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a>Home</a></li><li><a>News</a></li><li><a>Research</a></li></ol></nav>
<article class="node node--type-news-article">
<header class="article-header"><p class="article-category"><a>Research</a></p>
<h1 class="page-title"><span class="field field--name-title">⟪Rooftop hives give researchers a window into urban bee health⟫</span></h1>
<p class="article-dek">⟪A three-year study on campus buildings finds city colonies can thrive when flowers bloom all season.⟫</p>
<div class="article-meta"><span class="byline">By Jordan Ellis, University Communications</span> <time datetime="2025-06-09">June 9, 2025</time></div>
<div class="social-share"><a>Share on Facebook</a><a>Share on LinkedIn</a><a>Email</a></div></header>
<figure class="article-image"><img src="/sites/default/files/2025-06/rooftop-hives.jpg" alt="Researchers inspecting a hive"><figcaption>Graduate student Mei Tanaka checks a frame on the roof of the science center. (Photo: LSU Photo Services)</figcaption></figure>
<div class="clearfix text-formatted field field--name-body field__item">
<p>⟪For the past three summers, honeybee colonies on the roofs of four campus buildings have been doing more than making honey. They have been helping biologists understand how bees cope with life in the city.⟫</p>
<p>⟪The study, published this month in the Journal of Urban Ecology, tracked twelve rooftop hives and compared them with hives at a farm outside town. Urban colonies grew just as large as rural ones, but only when flowering plants were available from spring through early fall.⟫</p>
<h2>⟪Gaps in the bloom⟫</h2>
<p>⟪"The hardest month for city bees is August," said Professor Ruth Okafor, who led the project. "Spring trees flower all at once, and then there is a long gap when very little is blooming." Hives near the campus pollinator garden, planted in 2022 with late-season flowers, gained weight through the summer while others lost it.⟫</p>
<p>⟪The team is now working with the city parks department to add late-blooming plants to two public gardens, and will share its planting list with community groups this fall.⟫</p>
</div>
<div class="media-contact"><h3>Media contact</h3><p>Jordan Ellis, University Communications, 555-0142, news@lakeshore.example</p></div>
<div class="field--name-field-tags"><span>Tags:</span><a>Biology</a><a>Sustainability</a><a>Faculty Research</a></div>
</article>
<section class="related-news"><h2>Related stories</h2><ul><li><a>Campus pollinator garden wins state award</a></li><li><a>Students map tree canopy across the city</a></li><li><a>New greenhouse opens for plant science classes</a></li></ul></section>
<section class="newsletter-signup"><h2>Subscribe to LSU Today</h2><p>Get the week's top stories every Friday.</p><input type="email" placeholder="Email address"><button>Sign up</button></section>
</main>
<footer class="site-footer"><div class="footer-contact"><p>Lakeshore State University · 1200 Harbor Drive · Port Alder, MI 49000 · 555-0100</p></div><nav><a>Accessibility</a><a>Privacy</a><a>Non-discrimination notice</a><a>Report a concern</a><a>Jobs</a></nav><p>© 2025 Lakeshore State University</p></footer>
</body>
</html>
"""))

if __name__ == "__main__":
    write_all("en", PAGES)
