# -*- coding: utf-8 -*-
"""Assembles the held-out pages from hand-written content (content_*.py) and chrome (chrome.py).
Written without looking at the extractor or its rules. Run: python3 -B make_pages.py"""
import html, json, os, random, re, unicodedata, hashlib

from chrome import CHROME
import content_zh, content_jako, content_en

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
E = html.escape


# ---------------------------------------------------------------- inline markup
def inline(s):
    """**bold**, [text](url), `code`, //em// -> HTML (text escaped)."""
    out, i = [], 0
    pat = re.compile(r"\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)|`(.+?)`|//(.+?)//")
    for m in pat.finditer(s):
        out.append(E(s[i:m.start()]))
        if m.group(1):
            out.append("<strong>%s</strong>" % E(m.group(1)))
        elif m.group(2):
            out.append('<a href="%s" target="_blank">%s</a>' % (E(m.group(3)), E(m.group(2))))
        elif m.group(4):
            out.append("<code>%s</code>" % E(m.group(4)))
        else:
            out.append("<em>%s</em>" % E(m.group(5)))
        i = m.end()
    out.append(E(s[i:]))
    return "".join(out)


def plain(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"\[(.+?)\]\((.+?)\)", r"\1", s)
    s = re.sub(r"`(.+?)`", r"\1", s)
    s = re.sub(r"//(.+?)//", r"\1", s)
    return s


def norm(s):
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s).strip())


def expected_lines(blocks):
    lines = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "h3", "quote"):
            lines.append(plain(b[1]))
        elif k in ("ul", "ol"):
            lines.extend(plain(x) for x in b[1])
        elif k == "table":
            lines.extend("\t".join(norm(plain(c)) for c in row) for row in b[1])
        elif k == "pre":
            lines.extend(l for l in b[1].split("\n") if l.strip())
        elif k == "img":
            pass
        else:
            raise ValueError(k)
    return [l if "\t" in l else norm(l) for l in lines]


# ---------------------------------------------------------------- helpers
class Ctx:
    def __init__(self, page):
        self.page = page
        self.lang = page["lang"]
        self.c = CHROME[self.lang]
        seed = int(hashlib.md5(page["name"].encode()).hexdigest()[:8], 16)
        self.r = random.Random(seed)
        self.img_n = 0

    def h(self, prefix="css"):
        return "%s-%s" % (prefix, "".join(self.r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)))

    def sc(self):
        return "sc-%s" % "".join(self.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))

    def img(self, caption, style="figure"):
        self.img_n += 1
        src = "https://img.example.test/%s/%d.jpg" % (hashlib.md5((self.page["name"] + str(self.img_n)).encode()).hexdigest()[:10], self.img_n)
        if style == "figure":
            return ('<figure class="%s"><div class="%s"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="%s" '
                    'class="lazyload" alt="" width="640" height="360"><noscript><img src="%s" alt=""></noscript></div>'
                    '<figcaption class="%s">%s</figcaption></figure>') % (self.h(), self.h(), src, src, self.h(), E(caption))
        if style == "center":
            return ('<p style="text-align:center"><img src="%s" data-original="%s" alt="%s" style="max-width:100%%"></p>'
                    '<p class="img_desc" style="text-align:center;color:#666">%s</p>') % (src, src, E(caption), E(caption))
        if style == "table":
            return ('<table class="tr-caption-container" style="margin-left:auto;margin-right:auto"><tbody><tr><td style="text-align:center">'
                    '<a href="%s"><img border="0" src="%s" width="400"></a></td></tr><tr><td class="tr-caption" style="text-align:center">%s</td></tr></tbody></table>') % (src, src, E(caption))
        return '<div class="img-wrap"><img src="%s" loading="lazy" alt="%s"><span class="img-caption">%s</span></div>' % (src, E(caption), E(caption))

    def blocks(self, blocks, pstyle="p", img_style="figure", hstyle="h2", pclass=None):
        out = []
        for b in blocks:
            k = b[0]
            if k == "p":
                if pstyle == "p":
                    out.append("<p%s>%s</p>" % (' class="%s"' % pclass if pclass else "", inline(b[1])))
                elif pstyle == "p_indent":
                    out.append('<p style="text-indent:2em;">%s</p>' % inline(b[1]))
                elif pstyle == "div":
                    out.append('<div>%s</div>' % inline(b[1]))
                elif pstyle == "br":
                    out.append("%s<br><br>\n" % inline(b[1]))
                elif pstyle == "font":
                    out.append('<font face="宋体" size="3">%s</font><br><br>\n' % inline(b[1]))
                elif pstyle == "se":
                    out.append('<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text">'
                               '<div class="se-module se-module-text"><p class="se-text-paragraph se-text-paragraph-align-" style=""><span class="se-fs- se-ff-">%s</span></p>'
                               '</div></div></div></div>' % inline(b[1]))
                elif pstyle == "span":
                    out.append('<p><span style="font-size:16px;">%s</span></p>' % inline(b[1]))
            elif k in ("h", "h3"):
                tag = "h3" if k == "h3" else hstyle
                if hstyle == "strong" and pstyle in ("br", "font"):
                    out.append("<b>%s</b><br>\n" % inline(b[1]))
                elif hstyle == "strong":
                    out.append("<p><strong>%s</strong></p>" % inline(b[1]))
                else:
                    out.append('<%s id="%s">%s</%s>' % (tag, "sec-%d" % len(out), inline(b[1]), tag))
            elif k in ("ul", "ol"):
                if pstyle in ("br", "font"):
                    out.append("".join("%s<br>\n" % inline(x) for x in b[1]) + "<br>")
                else:
                    out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % inline(x) for x in b[1]), k))
            elif k == "table":
                rows = b[1]
                t = ['<table class="%s" border="1" cellspacing="0">' % self.h()]
                t.append("<thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % inline(c) for c in rows[0]))
                for row in rows[1:]:
                    t.append("<tr>%s</tr>" % "".join("<td>%s</td>" % inline(c) for c in row))
                t.append("</tbody></table>")
                out.append("".join(t))
            elif k == "pre":
                out.append('<div class="highlight"><pre class="language-%s"><code>%s</code></pre>'
                           '<button class="copy-btn" aria-label="Copy">Copy</button></div>' % (b[2] if len(b) > 2 else "text", E(b[1])))
            elif k == "quote":
                out.append("<blockquote><p>%s</p></blockquote>" % inline(b[1]))
            elif k == "img":
                out.append(self.img(b[1], img_style))
        return "\n".join(out)

    # chrome snippets ----------------------------------------------------
    def nav(self, cls=None):
        cls = cls or self.h()
        items = "".join('<li><a href="/%s/">%s</a></li>' % (i, E(x)) for i, x in enumerate(self.c["nav"]))
        return '<nav class="%s"><ul>%s</ul></nav>' % (cls, items)

    def crumbs(self, *extra):
        parts = ['<a href="/">%s</a>' % E(self.c["home"])] + ['<a href="/c/%d/">%s</a>' % (i, E(x)) for i, x in enumerate(extra)]
        return '<div class="breadcrumb">%s</div>' % E(self.c["crumb_sep"]).join(parts)

    def share(self):
        return '<div class="share-bar"><span>%s</span>%s</div>' % (E(self.c["share"]), "".join(
            '<a class="share-%d" href="javascript:void(0)" title="%s">%s</a>' % (i, E(x), E(x)) for i, x in enumerate(self.c["share_items"])))

    def related(self, title=None, n=5):
        items = self.r.sample(self.c["related_items"], n)
        return '<div class="%s"><h3>%s</h3><ul>%s</ul></div>' % (self.h(), E(title or self.c["related"]), "".join(
            '<li><a href="/news/%d.html">%s</a></li>' % (self.r.randint(10000, 99999), E(x)) for x in items))

    def hot(self, n=6):
        items = self.r.sample(self.c["related_items"], n)
        return '<div class="hot-list"><div class="hd">%s</div><ol>%s</ol></div>' % (E(self.c["hot"]), "".join(
            '<li><em>%d</em><a href="/a/%d">%s</a></li>' % (i + 1, self.r.randint(1000, 9999), E(x)) for i, x in enumerate(items)))

    def comments(self, n=3, extra=None):
        items = extra or self.r.sample(self.c["comment_items"], n)
        lis = "".join('<li class="cmt-item"><div class="cmt-user"><a href="/u/%d">%s</a></div><div class="cmt-txt">%s</div>'
                      '<div class="cmt-meta"><span>2024-0%d-1%d</span> <a href="#">%s</a> <a href="#">%s %d</a></div></li>'
                      % (self.r.randint(100, 999), E(u), E(t), self.r.randint(1, 9), self.r.randint(0, 9), E(self.c["reply"]), E(self.c["like"]), self.r.randint(0, 99))
                      for u, t in zip(self.users(len(items)), items))
        return ('<section id="comments" class="comment-area"><h3>%d %s</h3><div class="cmt-login">%s <a href="/login">%s</a></div>'
                '<textarea placeholder="..."></textarea><ul class="cmt-list">%s</ul></section>') % (
            len(items), E(self.c["comment_count"]), E(self.c["comment_login"]), E(self.c["login"]), lis)

    def users(self, n):
        pool = {"zh-Hans": ["风吹麦浪", "小鱼儿2019", "老王不在家", "晴天娃娃", "路过的猫", "江南烟雨"],
                "zh-Hant": ["阿明", "小熊軟糖", "台中吳先生", "夜貓子", "momo_chen", "雨天散步"],
                "ja": ["たろう", "みかん好き", "通りすがり", "kei_2024", "さくらもち", "名無しさん"],
                "ko": ["하늘바라기", "초보집사", "dev_kim", "민트초코", "동네주민", "봄날"],
                "en": ["jmorris", "quietfox", "sam_the_baker", "dkl", "rivera_m", "oldmanriver"]}[self.lang]
        return self.r.sample(pool, n)

    def cookie(self):
        return ('<div id="cookie-consent" class="%s" role="dialog" aria-modal="true"><p>%s</p>'
                '<button class="%s">%s</button><a href="/privacy">Privacy</a></div>') % (self.h(), E(self.c["cookie"]), self.h(), E(self.c["accept"]))

    def footer(self, icp=True):
        links = " | ".join('<a href="/about/%d">%s</a>' % (i, E(x)) for i, x in enumerate(self.c["footer"]))
        extra = "".join("<p>%s</p>" % E(x) for x in self.c["icp"]) if icp else ""
        return '<footer class="%s"><div class="links">%s</div><p>%s</p>%s</footer>' % (self.h(), links, E(self.c["copyright"]), extra)

    def ga(self):
        return ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
                "gtag('config','G-%s');</script>" % "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)))

    def jsonld(self, kind="NewsArticle"):
        p = self.page
        body = " ".join(expected_lines(p.get("blocks", [])))[:120]
        d = {"@context": "https://schema.org", "@type": kind, "headline": plain(p["title"]), "datePublished": p.get("date", "2024-05-12T08:30:00+08:00"),
             "author": {"@type": "Person", "name": p.get("author", "")}, "description": body}
        return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)

    def head(self, extra="", title_suffix=" - Example"):
        p = self.page
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s%s</title>'
                '<meta name="viewport" content="width=device-width,initial-scale=1">'
                '<meta name="description" content="%s"><meta property="og:title" content="%s">'
                '<link rel="stylesheet" href="/static/css/main.%s.css">%s%s</head>\n') % (
            self.lang, E(plain(p["title"])), E(title_suffix), E(plain(p["title"])), E(plain(p["title"])), self.h("c"), self.ga(), extra)

    def ad(self):
        return ('<div class="%s ad-slot" data-ad-slot="%d"><span class="ad-label">%s</span>'
                '<iframe src="https://ads.example.test/slot?id=%d" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>') % (
            self.h(), self.r.randint(1000, 9999), E(self.c["ad"]), self.r.randint(1000, 9999))


import templates  # noqa: E402  (uses the helpers above)


def main():
    pages = content_zh.PAGES + content_jako.PAGES + content_en.PAGES
    counts = {}
    for p in pages:
        ctx = Ctx(p)
        fn = getattr(templates, p["kind"])
        doc = fn(ctx, p)
        exp = templates.expected(p)
        n = sum(len(re.sub(r"\s", "", l)) for l in exp)
        assert 200 <= n <= 1500, (p["name"], n)
        for l in exp:
            assert l.strip(), p["name"]
            # every expected line must be present in the page text (modulo markup)
        d = os.path.join(OUT, p["lang"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, p["name"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(d, p["name"] + ".expected.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(exp) + "\n")
        counts[p["lang"]] = counts.get(p["lang"], 0) + 1
        print("%-8s %-28s %-14s %5d chars" % (p["lang"], p["name"], p["kind"], n))
    print(counts)


if __name__ == "__main__":
    main()
