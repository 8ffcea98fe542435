#!/usr/bin/env python3
"""Regenerates the document fixtures of the `tika` reader (jobs/src/test/resources/doc/).

Every text below was written for Taoxi. Real tools make the files:
  * LibreOffice 7.4 (`soffice --headless --convert-to …`) turns the flat ODF sources written here
    (*.fodt, *.fodp) into DOCX, DOC, ODT, RTF, PDF (also a password-protected one) and PPTX;
  * Python's zipfile / tarfile make the archives, the EPUB (EPUB 3 container layout), the zip bomb
    (one bzip2 member of 1 GiB of zeros, about 1 KB on disk) and the path-traversal members;
  * plain Python writes the encoded text files, the billion-laughs XML and the undecodable bytes.

Needs: apt-get install -y libreoffice-writer-nogui libreoffice-impress-nogui fonts-wqy-microhei
Run from anywhere:  python3 jobs/src/test/resources/doc/make-fixtures.py
CI does not run this; the outputs are committed. Outputs are small (< 100 KB each).
"""
import io
import os
import random
import shutil
import subprocess
import tarfile
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")      # what the reader ingests
HOSTILE = os.path.join(HERE, "hostile")  # inputs that must end dropped/quarantined

# ---------------------------------------------------------------------------------------------------
# Texts (written for Taoxi)
ZH_TITLE = "分布式语料清洗流程说明"
ZH_PARAS = [
    "本文介绍一套面向中文预训练语料的清洗流程。流程分为读取、过滤、去重和评分四个阶段，每个阶段都把结果写成列式文件，便于复查。",
    "读取阶段负责把网页、论坛、文档和源代码统一成同一种记录格式。每条记录都有稳定的编号，同一份输入重复处理时编号不变。",
    "过滤阶段只做逐篇判断：语言识别、质量打分、敏感信息检测。被丢弃的记录会带上原因，方便统计每条规则到底删掉了多少数据。",
    "去重阶段先计算最小哈希签名，再按分桶寻找近似重复的文档。保留哪一篇由固定的策略决定，因此结果可以复现。",
]
JA_TITLE = "コーパス整備の手順"
JA_SLIDES = [
    ("はじめに", ["日本語の技術文書を集めて、学習用のテキストに変換します。", "ページ番号や目次は本文から取り除きます。"]),
    ("品質の確認", ["文字化けの割合を測り、読めない文書は隔離します。", "暗号化されたファイルは理由を付けて記録します。"]),
]
KO_TITLE = "말뭉치 정제 안내"
KO_PARAS = [
    "이 문서는 한국어 기술 문서를 학습용 텍스트로 바꾸는 과정을 설명합니다.",
    "파일마다 하나의 문서가 되며, 압축 파일 안의 파일도 각각 따로 기록됩니다.",
]
EN_MD = """# Reading documents with Taoxi

Taoxi turns office files, PDFs and e-books into plain text for pretraining.

## Limits

Every document is parsed under a time limit and an output limit, so one hostile file
cannot stall a whole Spark task.
"""
ZH_HTML_GB = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>古籍数字化项目简介</title></head>
<body><h1>古籍数字化项目简介</h1>
<p>本项目把馆藏古籍逐页扫描，再由人工校对识别出的文字。</p>
<p>校对完成的文本按篇目整理，供研究者检索和引用。</p>
</body></html>
"""
ZH_TW_TXT = "臺灣的老街常見紅磚拱廊，騎樓讓行人在雨天也能安心散步。\n這些建築多半建於日治時期，近年經過整修後重新開放。\n"
JA_TXT = "図書館の新しい閲覧室は、午前九時から午後八時まで利用できます。\n静かに本を読みたい方に向いています。\n"
KO_TXT = "도서관의 새 열람실은 오전 아홉 시부터 오후 여덟 시까지 이용할 수 있습니다.\n조용히 책을 읽고 싶은 분께 알맞습니다.\n"
EPUB_CHAPTERS = [
    ("第一章　雨夜", ["那天夜里雨下得很大，巷口的路灯一闪一闪。", "老周撑着伞站在书店门口，等最后一位客人离开。"]),
    ("第二章　旧书", ["书架最上层有一本没有封面的旧书，纸页已经发黄。", "他翻开第一页，看见一行用铅笔写的小字：给将来的读者。"]),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fodt(title, author, lang, country, created, paras):
    body = "\n".join(f'<text:p text:style-name="Standard">{esc(p)}</text:p>' for p in paras)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{esc(title)}</dc:title>
 <meta:initial-creator>{esc(author)}</meta:initial-creator>
 <dc:creator>{esc(author)}</dc:creator>
 <meta:creation-date>{created}</meta:creation-date>
 <dc:language>{lang}-{country}</dc:language>
</office:meta>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties fo:language="{lang}" fo:country="{country}"
   style:language-asian="{lang}" style:country-asian="{country}" style:font-name-asian="WenQuanYi Micro Hei"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:body><office:text>
<text:h text:outline-level="1">{esc(title)}</text:h>
{body}
</office:text></office:body></office:document>
"""


def fodp(title, author, slides):
    pages = []
    for i, (heading, lines) in enumerate(slides, 1):
        items = "".join(f"<text:p>{esc(x)}</text:p>" for x in lines)
        pages.append(f"""<draw:page draw:name="p{i}">
 <draw:frame svg:x="1cm" svg:y="1cm" svg:width="24cm" svg:height="3cm"><draw:text-box><text:p>{esc(heading)}</text:p></draw:text-box></draw:frame>
 <draw:frame svg:x="1cm" svg:y="5cm" svg:width="24cm" svg:height="10cm"><draw:text-box>{items}</draw:text-box></draw:frame>
</draw:page>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:meta><dc:title>{esc(title)}</dc:title><meta:initial-creator>{esc(author)}</meta:initial-creator>
<dc:creator>{esc(author)}</dc:creator><meta:creation-date>2025-03-14T09:30:00</meta:creation-date></office:meta>
<office:body><office:presentation>
{"".join(pages)}
</office:presentation></office:body></office:document>
"""


def soffice(src, fmt, outdir, name=None):
    work = tempfile.mkdtemp(prefix="taoxi-lo-")
    try:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", fmt, "--outdir", work, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = [f for f in os.listdir(work) if not f.startswith("profile")]
        assert len(made) == 1, made
        target = os.path.join(outdir, name or made[0])
        shutil.move(os.path.join(work, made[0]), target)
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fixed_zipinfo(name, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=(2025, 1, 2, 3, 4, 6))
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def epub(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(fixed_zipinfo("mimetype", zipfile.ZIP_STORED), "application/epub+zip")
        z.writestr(fixed_zipinfo("META-INF/container.xml"), """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
 <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
""")
        manifest = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
                           for i in range(1, len(EPUB_CHAPTERS) + 1))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(1, len(EPUB_CHAPTERS) + 1))
        z.writestr(fixed_zipinfo("OEBPS/content.opf"), f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
 <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:identifier id="uid">urn:uuid:4f0c2a52-7a8e-4c1e-9d1b-5b0d8f5e0001</dc:identifier>
  <dc:title>雨夜书店</dc:title>
  <dc:creator>陶溪</dc:creator>
  <dc:language>zh-CN</dc:language>
  <dc:date>2024-11-02</dc:date>
  <meta property="dcterms:modified">2024-11-02T08:00:00Z</meta>
 </metadata>
 <manifest>{manifest}<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest>
 <spine>{spine}</spine>
</package>
""")
        z.writestr(fixed_zipinfo("OEBPS/nav.xhtml"), """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>目录</title></head>
<body><nav epub:type="toc"><ol><li><a href="c1.xhtml">第一章</a></li><li><a href="c2.xhtml">第二章</a></li></ol></nav></body></html>
""")
        for i, (heading, paras) in enumerate(EPUB_CHAPTERS, 1):
            ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
            z.writestr(fixed_zipinfo(f"OEBPS/c{i}.xhtml"), f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN"><head><title>{esc(heading)}</title></head>
<body><h1>{esc(heading)}</h1>{ps}</body></html>
""")


def add_tar(t, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1735787046
    info.mode = 0o644
    t.addfile(info, io.BytesIO(data))


def main():
    for d in (OUT, HOSTILE):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    src = tempfile.mkdtemp(prefix="taoxi-src-")
    try:
        zh = os.path.join(src, "zh-report.fodt")
        open(zh, "w", encoding="utf-8").write(
            fodt(ZH_TITLE, "陶溪编辑部", "zh", "CN", "2025-02-03T10:20:30", ZH_PARAS))
        ko = os.path.join(src, "ko-guide.fodt")
        open(ko, "w", encoding="utf-8").write(
            fodt(KO_TITLE, "김도윤", "ko", "KR", "2024-12-24T18:00:00", KO_PARAS))
        ja = os.path.join(src, "ja-slides.fodp")
        open(ja, "w", encoding="utf-8").write(fodp(JA_TITLE, "山田花子", JA_SLIDES))

        soffice(zh, "docx", OUT, "zh-report.docx")
        soffice(zh, "doc", OUT, "zh-report.doc")
        soffice(zh, "rtf", OUT, "zh-report.rtf")
        soffice(zh, "pdf", OUT, "zh-report.pdf")
        soffice(ko, "odt", OUT, "ko-guide.odt")
        soffice(ja, "pptx", OUT, "ja-slides.pptx")
        soffice(zh, 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                    '"DocumentOpenPassword":{"type":"string","value":"taoxi-secret"}}', HOSTILE, "encrypted.pdf")
    finally:
        shutil.rmtree(src, ignore_errors=True)

    epub(os.path.join(OUT, "rainy-night.epub"))
    open(os.path.join(OUT, "guide-en.md"), "w", encoding="utf-8").write(EN_MD)
    open(os.path.join(OUT, "ancient-books-gb2312.html"), "wb").write(ZH_HTML_GB.encode("gb18030"))
    open(os.path.join(OUT, "old-street-big5.txt"), "wb").write(ZH_TW_TXT.encode("big5"))
    open(os.path.join(OUT, "library-shift_jis.txt"), "wb").write(JA_TXT.encode("shift_jis"))
    open(os.path.join(OUT, "library-euc-kr.txt"), "wb").write(KO_TXT.encode("euc-kr"))

    # An archive of documents: every member is its own document (innerOffset = entry index).
    docx = open(os.path.join(OUT, "zh-report.docx"), "rb").read()
    with zipfile.ZipFile(os.path.join(OUT, "bundle.zip"), "w") as z:
        z.writestr(fixed_zipinfo("manuals/"), b"")                              # 0: a folder
        z.writestr(fixed_zipinfo("manuals/guide-en.md"), EN_MD)                 # 1
        z.writestr(fixed_zipinfo("manuals/ancient-books.html"), ZH_HTML_GB.encode("gb18030"))  # 2
        z.writestr(fixed_zipinfo("manuals/zh-report.docx", zipfile.ZIP_STORED), docx)         # 3
        z.writestr(fixed_zipinfo("../../x"), "escaped the folder")              # 4: path traversal
        z.writestr(fixed_zipinfo("notes/ja.txt"), JA_TXT.encode("shift_jis"))   # 5
    with tarfile.open(os.path.join(OUT, "bundle.tar.gz"), "w:gz", format=tarfile.USTAR_FORMAT) as t:
        add_tar(t, "papers/ko.txt", KO_TXT.encode("euc-kr"))                    # 0
        add_tar(t, "../../etc/evil.txt", b"never written anywhere")            # 1: path traversal
        add_tar(t, "papers/zh-report.pdf", open(os.path.join(OUT, "zh-report.pdf"), "rb").read())  # 2
        add_tar(t, "/abs/root.txt", b"absolute member name")                    # 3: absolute path

    # --- hostile -----------------------------------------------------------------------------------
    # Zip bomb: one bzip2 member that inflates to 1 GiB of zeros (about 1 KB on disk).
    with zipfile.ZipFile(os.path.join(HOSTILE, "bomb.zip"), "w") as z:
        with z.open(fixed_zipinfo("zeros.txt", zipfile.ZIP_BZIP2), "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(1024):
                member.write(chunk)
    # Billion laughs: ten levels of ten entity references (10^9 "lol"s if expanded).
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        lol.append(f'<!ENTITY lol{i} "' + f"&{prev};" * 10 + '">')
    open(os.path.join(HOSTILE, "billion-laughs.xml"), "w").write(
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ' + "\n ".join(lol) + "\n]>\n<lolz>&lol9;</lolz>\n")
    # The same attack inside a DOCX (word/document.xml with the DTD in front).
    with zipfile.ZipFile(os.path.join(OUT, "zh-report.docx")) as good, \
            zipfile.ZipFile(os.path.join(HOSTILE, "billion-laughs.docx"), "w") as bad:
        for item in good.infolist():
            data = good.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                start = text.index("?>") + 2
                dtd = "<!DOCTYPE w:document [ " + " ".join(lol) + " ]>"
                data = (text[:start] + dtd + text[start:]).replace("</w:body>", "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>", 1).encode("utf-8")
            bad.writestr(fixed_zipinfo(item.filename), data)
    # Undecodable bytes: seeded random bytes with NULs, named .txt.
    rnd = random.Random(20261130)
    open(os.path.join(HOSTILE, "undecodable.txt"), "wb").write(bytes(rnd.randrange(256) for _ in range(4096)))
    # A damaged PDF: the first 1,500 bytes of a real one.
    open(os.path.join(HOSTILE, "truncated.pdf"), "wb").write(open(os.path.join(OUT, "zh-report.pdf"), "rb").read()[:1500])
    for d in (OUT, HOSTILE):
        for f in sorted(os.listdir(d)):
            print(f"{os.path.relpath(os.path.join(d, f), HERE):45s} {os.path.getsize(os.path.join(d, f)):>9,d} bytes")


if __name__ == "__main__":
    main()
