#!/usr/bin/env python3
"""Writes the dataset reader fixtures (Taoxi, issue 3). Every sentence here was written for these tests.

  jsonl/docs.jsonl         JSON Lines rows, hostile lines too; jsonl/_options.json names the columns
  csv/docs.csv             UTF-8 CSV written with Python's csv module (quoted newlines), plus a short row
  csv/gbk/legacy.tsv       a GB18030 TSV as spreadsheet exports write it; csv/gbk/_options.json
Parquet fixtures are written by the tests (Spark). Run from this folder: python3 make_fixtures.py
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def jsonl():
    d = os.path.join(HERE, "jsonl")
    os.makedirs(d, exist_ok=True)
    rows = [
        {"id": "zh-1", "url": "https://wiki.example.cn/river", "lang": "zh", "source": "wiki",
         "text": "长江是中国最长的河流，全长约六千三百公里。\n它流经十一个省级行政区。"},
        {"id": "ja-1", "url": "https://wiki.example.jp/fuji", "lang": "ja", "source": "wiki",
         "text": "富士山は日本で最も高い山で、標高は三七七六メートルです。"},
        {"id": "ko-1", "lang": "ko", "source": "news", "text": "서울의 지하철은 아홉 개의 노선으로 이루어져 있다."},
        {"id": "en-1", "url": "https://blog.example.org/tea", "lang": "en", "source": "blog",
         "text": "Green tea is steeped at a lower temperature than black tea."},
        {"id": "empty-1", "text": ""},
        {"id": "null-1", "text": None},
        {"id": "missing-1", "body": "the text is under another name"},
        {"id": "object-1", "text": {"nested": "not a string"}},
    ]
    with open(os.path.join(d, "docs.jsonl"), "wb") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")
        f.write(b"\n")  # blank: not a record
        f.write(b'{"id": "broken-1", "text": "no closing brace"\n')
        f.write(b'{"id": "bytes-1", "text": "\xe4\xb8 broken utf-8"}\n')
    with open(os.path.join(d, "_options.json"), "w") as f:
        json.dump({"text_column": "text", "id_column": "id", "url_column": "url", "lang_column": "lang",
                   "source_column": "source"}, f, indent=1)


def csvs():
    d = os.path.join(HERE, "csv")
    os.makedirs(os.path.join(d, "gbk"), exist_ok=True)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "title", "content", "lang"])
    w.writerow(["1", "春节", "春节是农历新年。\n人们会贴春联、吃饺子，说\"新年好\"。", "zh"])
    w.writerow(["2", "花見", "春になると、公園で花見をする人が多い。", "ja"])
    w.writerow(["3", "김치", "김치는 배추와 고춧가루로 만드는 한국의 전통 음식이다.", "ko"])
    w.writerow(["4", "Bread", "Sourdough, rises slowly, with a wild yeast starter.", "en"])
    w.writerow(["5", "empty", "", "en"])
    text = out.getvalue() + "6,short row\n"
    with open(os.path.join(d, "docs.csv"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(d, "_options.json"), "w") as f:
        json.dump({"text_column": "content", "title_column": "title", "lang_column": "lang"}, f, indent=1)
    with open(os.path.join(d, "gbk", "legacy.tsv"), "wb") as f:
        f.write("text\tlang\n".encode("gb18030"))
        f.write("这份表格是用旧版办公软件导出的，编码是国标码。\tzh\n".encode("gb18030"))
        f.write("第二行同样是简体中文，包含数字一二三和标点符号。\tzh\n".encode("gb18030"))
    with open(os.path.join(d, "gbk", "_options.json"), "w") as f:
        json.dump({"text_column": "text", "lang_column": "lang"}, f, indent=1)


if __name__ == "__main__":
    jsonl()
    csvs()
