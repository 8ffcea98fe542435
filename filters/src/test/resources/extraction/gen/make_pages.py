#!/usr/bin/env python3
"""Regenerates extraction/pages/<lang>/<name>.html and .expected.txt from the content files.

Usage (from this directory):  python3 -B make_pages.py
Deterministic: the same inputs always give byte-identical pages. Chrome placement varies per page
through a seeded random generator (seed = page name), so layouts differ without hand editing.
"""
import html
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chrome import CHROME  # noqa: E402
import content_zh  # noqa: E402
import content_jako  # noqa: E402
import content_en  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pages")
CJK = {"zh-Hans", "zh-Hant", "ja", "ko"}
E = html.escape


def links(items, cls=None, sep=""):
    c = f' class="{cls}"' if cls else ""
    return sep.join(f'<a href="/{i}/"{c}>{E(t)}</a>' for i, t in enumerate(items))


def ul_links(items, cls):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/a/{i}.html">{E(t)}</a></li>' for i, t in enumerate(items)) + "</ul>"


def expected_lines(page):
    lines = [page["title"]]
    for kind, value in page["body"]:
        if kind in ("p", "h2"):
            lines.append(value)
        elif kind == "ul":
            lines.extend(value)
        elif kind == "table":
            lines.extend("\t".join(row) for row in value)
        elif kind == "pre":
            lines.extend(re.sub(r"\s+", " ", l).strip() for l in value if l.strip())
        elif kind == "posts":
            for _, paras in value:
                lines.extend(paras)
    return lines


def render_body(page, rnd, br=False):
    """Main blocks as HTML; br=True writes paragraphs as <br>-separated text in one container."""
    out = []
    cjk = page["lang"] in CJK
    pending = []

    def flush():
        if pending:
            indent = "\u3000\u3000" if cjk and rnd.random() < 0.6 else "&nbsp;&nbsp;"
            out.append("<div class=\"txt\">" + "<br>\n<br>\n".join(indent + E(p) for p in pending) + "</div>")
            pending.clear()

    for kind, value in page["body"]:
        if kind == "p":
            if br:
                pending.append(value)
            else:
                style = rnd.choice(["<p>{}</p>", "<p style=\"text-indent:2em\">{}</p>", "<div class=\"para\">{}</div>", "<p><span>{}</span></p>"])
                out.append(style.format(E(value)))
            continue
        flush()
        if kind == "h2":
            out.append(f"<h2>{E(value)}</h2>" if rnd.random() < 0.7 else f"<h3><strong>{E(value)}</strong></h3>")
        elif kind == "ul":
            out.append("<ul class=\"spec-list\">" + "".join(f"<li>{E(i)}</li>" for i in value) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + f"<th>{E(r[0])}</th>" + "".join(f"<td>{E(c)}</td>" for c in r[1:]) + "</tr>" for r in value)
            out.append(f"<table class=\"params\"><tbody>{rows}</tbody></table>")
        elif kind == "pre":
            out.append("<pre><code>" + "\n".join(E(l) for l in value) + "</code></pre>")
        elif kind == "posts":
            raise ValueError("posts are rendered by the forum layout")
    flush()
    return "\n".join(out)


def head(page, c):
    return (f"<!DOCTYPE html>\n<html lang=\"{page['lang']}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{E(page['title'])}{page.get('title_sep', ' - ')}{E(page['site'])}</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<link rel=\"stylesheet\" href=\"/static/css/main.css\">\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n"
            "<style>.hide{display:none}</style>\n</head>\n")


def cookie(c, rnd):
    if rnd.random() < 0.5:
        return ""
    variant = rnd.choice(["cookie-banner", "consent-bar", "gdpr-notice"])
    return f"<div class=\"{variant}\"><p>{E(c['cookie'])}</p><button>{E(c['cookie_btn'])}</button></div>\n"


def topbar(c, rnd):
    kind = rnd.choice(["nav", "div", "table"])
    if kind == "nav":
        return f"<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">LOGO</a></div><nav>{ul_links(c['nav'], 'menu')}</nav><div class=\"user\">{E(c['login'])}</div></header>\n"
    if kind == "div":
        # No semantic tags and no helpful class names: only link density can tell.
        return f"<div id=\"hd\"><div class=\"w1000\">{links(c['nav'], sep=' | ')}</div><div class=\"r\">{E(c['login'])}</div></div>\n"
    return f"<table width=\"100%\"><tr>" + "".join(f"<td><a href=\"/{i}\">{E(t)}</a></td>" for i, t in enumerate(c['nav'])) + "</tr></table>\n"


def crumb(c, rnd):
    if rnd.random() < 0.5:
        return f"<div class=\"breadcrumb\">{links(c['crumb'][:-1], sep=' &gt; ')} &gt; {E(c['crumb'][-1])}</div>\n"
    return f"<div class=\"pos\">{links(c['crumb'][:-1], sep=' » ')}</div>\n"


def sidebar(c, rnd):
    cls = rnd.choice(["sidebar", "right-col", "col-side", "rbox"])
    hot = f"<div class=\"box\"><h3>{E(c['hot_h'])}</h3><ol>" + "".join(f"<li><a href=\"/h/{i}\">{E(t)}</a></li>" for i, t in enumerate(c['hot'])) + "</ol></div>"
    ad = f"<div class=\"ad-slot\"><span>{E(c['ad'])}</span><a href=\"//ads.example\"><img src=\"/ad.jpg\"></a></div>"
    return f"<div class=\"{cls}\">{hot}{ad}</div>\n"


def footer(c, rnd):
    lines = "".join(f"<p>{E(l)}</p>" for l in c["footer"])
    if rnd.random() < 0.5:
        return f"<footer class=\"site-footer\">{lines}</footer>\n"
    # Footer without semantic tag or class hint: the boilerplate rules must catch it.
    return f"<div id=\"bt\">{lines}</div>\n"


def share(c, rnd):
    targets = links(c["share"], sep=" ")
    if rnd.random() < 0.5:
        return f"<div class=\"share-bar\">{E(c['share_label'])}{targets}</div>\n"
    return f"<div class=\"tools\"><span>{E(c['share_label'])}</span>{targets}</div>\n"


def related(c, rnd):
    cls = rnd.choice(["related", "more-news", "list-a"])
    return f"<div class=\"{cls}\"><h3>{E(c['related_h'])}</h3>{ul_links(c['related'], 'rel')}</div>\n"


def comments(c, rnd):
    items = "".join(f"<li><span class=\"nick\">{E(u)}</span><p>{E(t)}</p></li>" for u, t in c["comments"])
    return f"<div id=\"comments\" class=\"comment-area\"><h3>{E(c['comments_h'])}</h3><ul>{items}</ul><textarea></textarea><button>OK</button></div>\n"


def plain_comments(c, rnd):
    """Comments without any class or id hint: a known weakness of the extractor."""
    if rnd.random() < 0.5:
        return ""
    items = "".join(f"<div class=\"item\"><div class=\"n\">{E(u)}</div><div class=\"t\">{E(t)}</div></div>" for u, t in c["comments"])
    return f"<div class=\"box2\"><div class=\"hd\">{E(c['comments_h'])}</div>{items}</div>\n"


def article_extras_top(c, rnd):
    parts = []
    if c["byline"]:
        parts.append(f"<div class=\"{rnd.choice(['info', 'meta', 'article-info', 'src'])}\">{E(c['byline'])}" + (f" <span>{E(c['reads'])}</span>" if c['reads'] else "") + "</div>")
    if rnd.random() < 0.4:
        parts.append(share(c, rnd))
    return "\n".join(parts) + "\n"


def article_extras_bottom(c, rnd):
    parts = []
    if c.get("reporter") and rnd.random() < 0.5:
        parts.append(f"<p>{E(c['reporter'])}</p>")
    if c.get("disclaimer") and rnd.random() < 0.5:
        parts.append(f"<p>{E(c['disclaimer'])}</p>")
    if c.get("tags") and rnd.random() < 0.6:
        parts.append(f"<div class=\"keywords\">{E(c['tags'][0])} " + links(c["tags"][1:], sep=" ") + "</div>")
    if c["editor"]:
        parts.append(f"<p class=\"editor\">{E(c['editor'])}</p>" if rnd.random() < 0.5 else f"<div style=\"text-align:right\">{E(c['editor'])}</div>")
    if rnd.random() < 0.7:
        parts.append(share(c, rnd))
    if rnd.random() < 0.6:
        parts.append(f"<div class=\"page-nav\"><p><a href=\"/p\">{E(c['prev'])}</a></p><p><a href=\"/n\">{E(c['next'])}</a></p></div>"
                     if rnd.random() < 0.5 else
                     f"<div><p>{E(c['prev'])}</p><p>{E(c['next'])}</p></div>")
    return "\n".join(parts) + "\n"


def layout_divsoup(page, c, rnd):
    body = render_body(page, rnd)
    return (f"<body>\n{cookie(c, rnd)}{topbar(c, rnd)}<div id=\"wrap\" class=\"w1000 clearfix\">\n{crumb(c, rnd)}"
            f"<div class=\"l\">\n<div class=\"tit\"><h1>{E(page['title'])}</h1></div>\n{article_extras_top(c, rnd)}"
            f"<div class=\"con\" id=\"zoom\">\n{body}\n</div>\n{article_extras_bottom(c, rnd)}{related(c, rnd)}"
            f"{comments(c, rnd) if rnd.random() < 0.5 else plain_comments(c, rnd)}</div>\n{sidebar(c, rnd)}</div>\n{footer(c, rnd)}</body>\n</html>\n")


def layout_semantic(page, c, rnd):
    body = render_body(page, rnd)
    return (f"<body class=\"single-post has-sidebar\">\n{cookie(c, rnd)}{topbar(c, rnd)}{crumb(c, rnd)}<main>\n<article class=\"post\">\n"
            f"<header class=\"entry-header\"><h1 class=\"entry-title\">{E(page['title'])}</h1>{article_extras_top(c, rnd)}</header>\n"
            f"<section class=\"entry-content\" itemprop=\"articleBody\">\n{body}\n</section>\n"
            f"<footer class=\"entry-footer\">{share(c, rnd)}</footer>\n</article>\n{article_extras_bottom(c, rnd)}"
            f"<aside class=\"related-posts\">{related(c, rnd)}</aside>\n{comments(c, rnd)}</main>\n"
            f"<aside>{sidebar(c, rnd)}</aside>\n{footer(c, rnd)}</body>\n</html>\n")


def layout_table(page, c, rnd):
    body = render_body(page, rnd)
    left = "<td width=\"180\" valign=\"top\">" + "".join(f"<p><a href=\"/c/{i}\">{E(t)}</a></p>" for i, t in enumerate(c['nav'])) + "</td>"
    right = "<td width=\"200\" valign=\"top\">" + sidebar(c, rnd) + "</td>"
    center = (f"<td valign=\"top\"><table width=\"100%\"><tr><td align=\"center\"><h1>{E(page['title'])}</h1></td></tr>"
              f"<tr><td align=\"center\"><font size=\"2\">{E(c['byline'] or c['home'])}</font></td></tr>"
              f"<tr><td>{body}</td></tr></table>{article_extras_bottom(c, rnd)}</td>")
    return (f"<body>\n{topbar(c, rnd)}<table width=\"980\" align=\"center\" border=\"0\"><tr>{left}{center}{right}</tr></table>\n"
            f"<table width=\"980\" align=\"center\"><tr><td align=\"center\">" + "<br>".join(E(l) for l in c["footer"]) + "</td></tr></table>\n</body>\n</html>\n")


def layout_brtext(page, c, rnd):
    body = render_body(page, rnd, br=True)
    return (f"<body>\n{topbar(c, rnd)}<div class=\"main\">\n<div class=\"post\"><h1>{E(page['title'])}</h1>\n{article_extras_top(c, rnd)}"
            f"{body}\n{article_extras_bottom(c, rnd)}</div>\n{comments(c, rnd) if rnd.random() < 0.5 else ''}{related(c, rnd)}</div>\n"
            f"{sidebar(c, rnd)}{footer(c, rnd)}</body>\n</html>\n")


def layout_forum(page, c, rnd):
    posts = page["body"][0][1]
    rows = []
    for floor, (author, paras) in enumerate(posts, 1):
        text = "".join(f"{E(p)}<br>\n" if rnd.random() < 0.5 else f"<p>{E(p)}</p>" for p in paras)
        if rnd.random() < 0.5:
            rows.append(f"<div class=\"post-row\" id=\"p{floor}\"><div class=\"author\"><a href=\"/u/{floor}\">{E(author)}</a><br>LV{floor + 2}</div>"
                        f"<div class=\"post-main\"><div class=\"floor\">#{floor}</div><div class=\"post-body\">{text}</div>"
                        f"<div class=\"post-actions\"><a href=\"#\">👍 {floor * 3}</a> <a href=\"#\">↩</a></div></div></div>")
        else:
            rows.append(f"<table class=\"plhin\" id=\"pid{floor}\"><tr><td class=\"pls\"><a href=\"/u/{floor}\">{E(author)}</a></td>"
                        f"<td class=\"plc\"><div class=\"pi\"><em>#{floor}</em></div><div class=\"pct\"><td class=\"t_f\">{text}</td></div></td></tr></table>")
    return (f"<body>\n{cookie(c, rnd)}{topbar(c, rnd)}{crumb(c, rnd)}<div id=\"ct\" class=\"wp\">\n"
            f"<div class=\"thread-head\"><h1>{E(page['title'])}</h1></div>\n<div id=\"postlist\">\n" + "\n".join(rows) +
            f"\n</div>\n<div class=\"pg\"><a href=\"?p=1\">1</a><a href=\"?p=2\">2</a><a href=\"?p=3\">3</a></div>\n</div>\n{sidebar(c, rnd)}{footer(c, rnd)}</body>\n</html>\n")


def layout_product(page, c, rnd):
    body = render_body(page, rnd)
    reviews = "".join(f"<div class=\"review-item\"><b>{E(u)}</b><p>{E(t)}</p></div>" for u, t in c["comments"])
    return (f"<body>\n{topbar(c, rnd)}{crumb(c, rnd)}<div class=\"product-page\">\n<div class=\"gallery\"><img src=\"/p1.jpg\"><img src=\"/p2.jpg\"></div>\n"
            f"<div class=\"detail\"><h1>{E(page['title'])}</h1>\n<div class=\"buy\"><span class=\"price\">199.00</span><button>Add</button><a href=\"/cart\">Cart</a></div>\n"
            f"{body}\n</div>\n<div class=\"reviews\"><h3>{E(c['comments_h'])}</h3>{reviews}</div>\n{related(c, rnd)}</div>\n{footer(c, rnd)}</body>\n</html>\n")


def layout_docs(page, c, rnd):
    body = render_body(page, rnd)
    toc = "<div class=\"docs-sidebar\"><ul>" + "".join(f"<li><a href=\"/docs/{i}\">{E(t)}</a></li>" for i, t in enumerate(c['nav'])) + "</ul></div>"
    return (f"<body>\n{topbar(c, rnd)}<div class=\"docs-layout\">\n{toc}\n<div class=\"docs-content\" role=\"main\">\n"
            f"<h1>{E(page['title'])}</h1>\n{body}\n<div class=\"prev-next\"><a href=\"/docs/prev\">← {E(c['prev'])}</a><a href=\"/docs/next\">{E(c['next'])} →</a></div>\n"
            f"</div>\n<div class=\"toc-right\"><ul>" + "".join(f"<li><a href=\"#h{i}\">{E(v)}</a></li>" for i, (k, v) in enumerate(page['body']) if k == 'h2') +
            f"</ul></div>\n</div>\n{footer(c, rnd)}</body>\n</html>\n")


LAYOUTS = dict(divsoup=layout_divsoup, semantic=layout_semantic, table=layout_table, brtext=layout_brtext,
               forum=layout_forum, product=layout_product, docs=layout_docs)


def main():
    pages = content_zh.PAGES + content_jako.PAGES + content_en.PAGES
    seps = [" - ", " | ", "_", "｜", " — "]
    for page in pages:
        rnd = random.Random(page["name"])
        page.setdefault("title_sep", rnd.choice(seps))
        c = CHROME[page["lang"]]
        doc = head(page, c) + LAYOUTS[page["layout"]](page, c, rnd)
        expected = "\n".join(expected_lines(page)) + "\n"
        body_chars = len(re.sub(r"\s", "", expected))
        assert 150 <= body_chars <= 1500, (page["name"], body_chars)
        folder = os.path.join(OUT, page["lang"])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, page["name"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        with open(os.path.join(folder, page["name"] + ".expected.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expected)
    counts = {}
    for p in pages:
        counts[p["lang"]] = counts.get(p["lang"], 0) + 1
    print(len(pages), "pages", counts)


if __name__ == "__main__":
    main()
