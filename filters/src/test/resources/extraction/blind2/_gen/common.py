"""Helpers: every piece of main content goes through a Collector so the expected file and
the HTML are produced from the same hand-written strings."""
import html, re, unicodedata, random, os

RUBY = re.compile(r"\{([^{}|]+)\|([^{}]+)\}")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
REF = re.compile(r"\^\[(\d+)\]")

def to_html(s):
    s = html.escape(s, quote=False)
    s = RUBY.sub(lambda m: f"<ruby>{m.group(1)}<rp>(</rp><rt>{m.group(2)}</rt><rp>)</rp></ruby>", s)
    s = LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', s)
    s = BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", s)
    s = REF.sub(lambda m: f'<sup class="reference" id="cite_ref-{m.group(1)}"><a href="#cite_note-{m.group(1)}">[{m.group(1)}]</a></sup>', s)
    return s

def to_text(s):
    s = RUBY.sub(lambda m: m.group(1), s)
    s = LINK.sub(lambda m: m.group(1), s)
    s = BOLD.sub(lambda m: m.group(1), s)
    s = REF.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return unicodedata.normalize("NFC", s)

class C:
    def __init__(self):
        self.lines = []
    def _add(self, s):
        t = to_text(s)
        if t:
            self.lines.append(t)
        return to_html(s)
    def h(self, s): return self._add(s)
    p = h
    li = h
    def tr(self, cells):
        self.lines.append("\t".join(to_text(c) for c in cells))
        return [to_html(c) for c in cells]
    def code(self, s):
        for line in s.split("\n"):
            t = re.sub(r"\s+", " ", line).strip()
            if t:
                self.lines.append(t)
        return html.escape(s, quote=False)
    def expected(self):
        return "\n".join(self.lines) + "\n"

def spans(h, seed, cls=None):
    """Split an HTML-escaped string with no tags into span soup at random points."""
    if "<" in h:
        return f'<span>{h}</span>'
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(h):
        n = rnd.randint(4, 30)
        chunk = h[i:i+n]
        # don't cut entities
        while "&" in chunk and ";" not in chunk[chunk.rfind("&"):] and i + n < len(h):
            n += 1; chunk = h[i:i+n]
        style = rnd.choice(['', ' style="font-size: 15px;"', ' style="color: rgb(62, 62, 62);"', ' style="letter-spacing: 1px;"'])
        out.append(f"<span{style}>{chunk}</span>")
        i += n
    return "".join(out)

OUTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def write(lang, name, html_text, c):
    d = os.path.join(OUTDIR, lang)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html_text)
    with open(os.path.join(d, name + ".expected.txt"), "w", encoding="utf-8") as f:
        f.write(c.expected())
    body = "".join(c.lines)
    n = len(re.sub(r"\s", "", body))
    print(f"{lang}/{name}: {len(c.lines)} lines, {n} non-ws chars")
    assert 200 <= n <= 1500, (lang, name, n)
