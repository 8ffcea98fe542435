"""Page-marker helpers shared by the blind page-set generators (blind3/_gen, blind4/_gen; Python 3
standard library only). Each set's `_gen/common.py` binds `write_all` to its own output folder.

Every page is one hand-written HTML template in which the main content is wrapped in markers:

  ⟪ ... ⟫  flow text: source newlines are spaces, <br> ends a line; each non-empty line is one block
  ⟦ ... ⟧  preformatted text (code): every non-empty source line (or <br>) is one block
  ⟬ ... ⟭  one table row: cells (closed by </td> or </th>) are joined by one TAB
  ⟮ ... ⟯  inside a flow region only: text that stays in the HTML but is not main content
           (citation marks such as [1], "[edit]" links, reporter prefixes)

The markers are removed from the HTML; the expected text is built from the marked regions in document
order (tags stripped, entities decoded, whitespace collapsed, NFC). No other trace is left in the HTML.
"""
import html
import os
import re
import sys
import unicodedata

MARK = re.compile(r"⟪(.*?)⟫|⟦(.*?)⟧|⟬(.*?)⟭", re.S)
OMIT = re.compile(r"⟮(.*?)⟯", re.S)
TAG = re.compile(r"<[^>]*>")
BR = re.compile(r"<br\s*/?>", re.I)
WS = re.compile(r"\s+")


def _clean(s):
    return WS.sub(" ", html.unescape(TAG.sub("", s))).strip()


def _lines(region, pre):
    if not pre:
        region = region.replace("\n", " ")
    region = BR.sub("\n", region)
    return [c for c in (_clean(x) for x in region.split("\n")) if c]


def _row(region):
    region = re.sub(r"</t[dh]\s*>", "\x01", region.replace("\n", " "), flags=re.I)
    cells = [_clean(c) for c in region.split("\x01")]
    while cells and not cells[-1]:
        cells.pop()
    assert all(cells), "empty cell in a content row: %r" % region
    return "\t".join(cells)


def build(template):
    lines = []
    for m in MARK.finditer(template):
        flow, pre, row = m.groups()
        region = next(g for g in (flow, pre, row) if g is not None)
        assert not re.search("[⟪⟫⟦⟧⟬⟭]", region), "nested marker: %r" % region[:80]
        if flow is None:
            assert not re.search("[⟮⟯]", region), "omit marker outside flow text: %r" % region[:80]
        region = OMIT.sub("", region)
        assert not re.search("[⟮⟯]", region), "unbalanced omit marker: %r" % region[:80]
        if row is not None:
            lines.append(_row(row))
        else:
            lines.extend(_lines(region, pre is not None))
    page = MARK.sub(lambda m: next(g for g in m.groups() if g is not None), template)
    page = page.replace("⟮", "").replace("⟯", "")
    assert not re.search("[⟪⟫⟦⟧⟬⟭]", page), "stray marker"
    lines = [unicodedata.normalize("NFC", l) for l in lines]
    return page, lines


def write_all(out_root, lang, pages):
    """pages: list of (name, template). Writes out_root/<lang>/<name>.html and .expected.txt."""
    out = os.path.normpath(os.path.join(out_root, lang))
    os.makedirs(out, exist_ok=True)
    bad = []
    names = [n for n, _ in pages]
    assert len(names) == len(set(names)), "duplicate page name"
    for name, template in pages:
        page, lines = build(template.strip() + "\n")
        n = sum(len(l) - l.count(" ") - l.count("\t") for l in lines)
        if not 150 <= n <= 1500:
            bad.append("%s/%s: %d non-whitespace characters" % (lang, name, n))
        assert '<meta charset="utf-8">' in page, name
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        with open(os.path.join(out, name + ".expected.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        print("%s/%s: %d lines, %d chars" % (lang, name, len(lines), n))
    if bad:
        sys.exit("expected body out of 150..1500:\n  " + "\n  ".join(bad))
