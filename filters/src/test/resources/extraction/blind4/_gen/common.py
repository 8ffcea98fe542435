"""The blind4 generators' helpers: the shared page markers of ../../_gen_blind/pagemarkers.py, writing into
the blind4 folder (this file's parent's parent)."""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(_HERE, os.pardir, os.pardir, "_gen_blind"))
import pagemarkers  # noqa: E402

OUT_ROOT = os.path.join(_HERE, os.pardir)


def write_all(lang, pages):
    """pages: list of (name, template). Writes <lang>/<name>.html and .expected.txt of blind4."""
    pagemarkers.write_all(OUT_ROOT, lang, pages)
