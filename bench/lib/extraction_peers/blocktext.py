"""Turns a peer's JSON lines (node_peers.mjs, readability_lxml.py) into one plain-text file per page.

Reads {"lang", "name", "title", "html", "ms", "error"} lines on stdin and writes, under OUT_DIR:
  <lang>/<name>.txt        the text, scored by `ExtractionEval --candidates OUT_DIR`
  <lang>/<name>.peer.html  the HTML the peer returned (for reading its choices)
A page whose peer threw gets no .txt (ExtractionEval scores it 0 and lists it as missing); a page where
the peer found no content gets an empty .txt (also 0). Prints one summary line, then the empty and
failed pages.

HTML → text, the same for every peer, following the reference files' conventions (extraction/*/README.md):
- one line per block element (p, h1–h6, li, dt/dd, blockquote, div, section, tr, …) and per <br>;
  whitespace collapsed inside a line, empty lines dropped, NFC;
- table rows: cells joined by one TAB;
- <pre>: one line per source line, blank lines dropped, indentation collapsed;
- script, style, noscript, template and ruby readings (<rt>, <rp>) are not text; image alt text is not
  text (as in textContent);
- the peer's title goes first unless the text already has it: the title occurs in the text, or a line
  of the text (4 characters or more) occurs in the title: the headline is in the text and the title is
  that headline with a site name around it (whitespace ignored in both).

Usage: /usr/bin/python3 blocktext.py OUT_DIR < peer.jsonl
"""
import json
import os
import re
import sys
import unicodedata

import lxml.html

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol "
    "p section summary table tbody tfoot thead tr ul".split()
)
CELLS = frozenset(("td", "th"))
SKIPPED = frozenset(("script", "style", "noscript", "template", "rt", "rp", "head"))
SPACE = re.compile(r"\s+")


class Lines:
    """Lines under construction: text pieces go into the current line until a block boundary."""

    def __init__(self):
        self.lines = []
        self.pieces = []

    def text(self, s):
        if s:
            self.pieces.append(SPACE.sub(" ", s))

    def cell(self):
        """Starts a table cell: a TAB after earlier cells of the same row."""
        if "".join(self.pieces).strip():
            self.pieces.append("\t")

    def line(self, s):
        self.flush()
        self.text(s)
        self.flush()

    def flush(self):
        line = "".join(self.pieces)
        self.pieces = []
        line = re.sub(r" *\t[\t ]*", "\t", line).strip(" \t")
        line = re.sub(r" {2,}", " ", line)
        if line:
            self.lines.append(unicodedata.normalize("NFC", line))


def tag_of(node):
    return node.tag.lower() if isinstance(node.tag, str) else None  # comments have a callable tag


def walk(node, out):
    tag = tag_of(node)
    if tag is None or tag in SKIPPED:
        return
    if tag == "br":
        out.flush()
        return
    if tag == "pre":
        out.flush()
        for source_line in pre_text(node).splitlines():
            out.line(source_line)
        return
    block = tag in BLOCKS
    if block:
        out.flush()
    elif tag in CELLS:
        out.cell()
    out.text(node.text)
    for child in node:
        walk(child, out)
        out.text(child.tail)
    if block:
        out.flush()


def pre_text(node):
    """Text of a <pre> with its line breaks (<br> counts as one), ruby readings and scripts left out."""
    parts = []

    def visit(n):
        tag = tag_of(n)
        if tag is None or tag in SKIPPED:
            return
        if tag == "br":
            parts.append("\n")
        parts.append(n.text or "")
        for child in n:
            visit(child)
            parts.append(child.tail or "")

    visit(node)
    return "".join(parts)


def html_to_lines(html):
    if not html or not html.strip():
        return []
    root = lxml.html.document_fromstring(html)
    body = root.find("body")
    out = Lines()
    walk(body if body is not None else root, out)
    out.flush()
    return out.lines


def with_title(title, lines):
    title = unicodedata.normalize("NFC", SPACE.sub(" ", title or "").strip())
    if not title:
        return lines
    squeezed_title = SPACE.sub("", title)
    if squeezed_title in SPACE.sub("", "".join(lines)):
        return lines
    for line in lines:
        squeezed = SPACE.sub("", line)
        if len(squeezed) >= 4 and squeezed in squeezed_title:
            return lines
    return [title] + lines


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: blocktext.py OUT_DIR < peer.jsonl")
    out_dir = sys.argv[1]
    pages = 0
    total_ms = 0.0
    empty = []
    failed = []
    for raw in sys.stdin:
        if not raw.strip():
            continue
        record = json.loads(raw)
        pages += 1
        total_ms += record.get("ms") or 0.0
        page = f"{record['lang']}/{record['name']}"
        lang_dir = os.path.join(out_dir, record["lang"])
        os.makedirs(lang_dir, exist_ok=True)
        if record.get("error"):
            failed.append(f"{page}: {record['error']}")
            continue
        html = record.get("html") or ""
        with open(os.path.join(lang_dir, record["name"] + ".peer.html"), "w", encoding="utf-8") as f:
            f.write(html)
        lines = html_to_lines(html)
        if not lines:
            empty.append(page)
        else:
            lines = with_title(record.get("title"), lines)
        with open(os.path.join(lang_dir, record["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in lines))
    print(f"pages {pages}  with_text {pages - len(empty) - len(failed)}  empty {len(empty)}  "
          f"failed {len(failed)}  extract_ms {total_ms:.0f}")
    for page in empty:
        print(f"  empty  {page}")
    for page in failed:
        print(f"  failed {page}")


if __name__ == "__main__":
    main()
