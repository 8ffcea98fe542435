"""Runs readability-lxml (Debian python3-readability) over a page set; one JSON line per page on stdout.

Same record as node_peers.mjs: {"lang", "name", "title", "html", "ms", "error"}. html is
Document.summary() (the main content as an HTML document), title is Document.short_title() (the
<title> without a site-name part) or, when that is empty, Document.title(); ms is the time of
Document(...) plus summary() and the title. Pages are read as UTF-8, as ExtractionEval reads them, and
passed as text (so readability-lxml does no encoding detection of its own).

Usage: /usr/bin/python3 readability_lxml.py SET_DIR  (Debian's python, where python3-readability is)
"""
import json
import logging
import os
import sys
import time

from readability import Document


def pages(set_dir):
    """<set>/<lang>/<name>.html with a <name>.expected.txt beside it, sorted like ExtractionEval.pages."""
    for lang in sorted(os.listdir(set_dir)):
        lang_dir = os.path.join(set_dir, lang)
        if not os.path.isdir(lang_dir):
            continue
        for file in sorted(os.listdir(lang_dir)):
            if not file.endswith(".html"):
                continue
            name = file[: -len(".html")]
            if os.path.exists(os.path.join(lang_dir, name + ".expected.txt")):
                yield lang, name, os.path.join(lang_dir, file)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: readability_lxml.py SET_DIR")
    logging.disable(logging.WARNING)  # readability-lxml logs its candidate choices
    for lang, name, path in pages(sys.argv[1]):
        with open(path, encoding="utf-8") as f:
            html = f.read()
        record = {"lang": lang, "name": name, "title": None, "html": None, "ms": 0.0, "error": None}
        start = time.perf_counter()
        try:
            doc = Document(html, url="https://example.test/" + name)
            record["html"] = doc.summary()
            record["title"] = doc.short_title() or doc.title() or None
        except Exception as e:  # noqa: BLE001 - any failure of the peer is recorded for the page
            record["error"] = f"{type(e).__name__}: {e}"
            record["html"] = None
        record["ms"] = (time.perf_counter() - start) * 1000
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
