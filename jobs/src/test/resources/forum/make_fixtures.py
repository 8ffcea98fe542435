#!/usr/bin/env python3
"""Writes the forum reader fixtures (Taoxi, issue 3). Every sentence here was written for these tests.

  stackexchange/zh.example/Posts.xml   Stack Exchange data-dump schema, one <row/> per line, hostile rows too
  stackexchange/evil/Posts.xml         a billion-laughs DOCTYPE (must be refused unread)
  reddit/dump.jsonl                    Reddit-dump submissions and comments, hostile lines too
  reddit-split/RS_2024-06.zst,         a Pushshift-style monthly split: submissions and comments in two
  reddit-split/RC_2024-06.zst          files, each compressed with the zstd command-line tool; one bad line
  reddit-split/sub/taoxi_ko_*.jsonl    the per-subreddit split (…_submissions / …_comments), uncompressed
  mbox/list.mbox                       written with Python's mailbox module (GB2312, Big5, ISO-2022-JP,
                                       EUC-KR, UTF-8; base64, quoted-printable; multipart), plus one
                                       deliberately malformed message appended by hand

Run from this folder:  python3 make_fixtures.py [name …]   (deterministic: fixed dates, ids and boundaries;
names: stackexchange reddit reddit_split mbox, default all; reddit_split needs the zstd tool)
"""
import base64
import email.charset
import json
import mailbox
import time
import os
import subprocess
import sys
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from xml.sax.saxutils import quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))


def ew(text, charset):
    """An RFC 2047 encoded word the way mail clients write it (Python's Header says 'eucgb2312_cn' for GB2312)."""
    return "=?%s?B?%s?=" % (charset.upper(), base64.b64encode(text.encode(charset)).decode("ascii"))


def row(**attrs):
    return "  <row " + " ".join(f"{k}={quoteattr(str(v))}" for k, v in attrs.items()) + " />"


def stackexchange():
    d = os.path.join(HERE, "stackexchange", "zh.example")
    os.makedirs(d, exist_ok=True)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<posts>"]
    lines.append(row(Id=1, PostTypeId=1, AcceptedAnswerId=3, CreationDate="2024-05-01T08:00:00.000", Score=12,
                     Body="<p>我有一个 GBK 编码的 CSV 文件，用 Spark 读出来全是乱码。</p>\n"
                          "<pre><code>spark.read.csv(\"data.csv\")\n</code></pre>\n<p>应该怎么设置编码？</p>\n",
                     OwnerUserId=101, Title="如何在 Spark 中读取 GBK 编码的 CSV 文件？",
                     Tags="<apache-spark><csv><encoding>", AnswerCount=2))
    lines.append(row(Id=2, PostTypeId=2, ParentId=1, CreationDate="2024-05-01T09:00:00.000", Score=5,
                     Body="<p>也可以先用 <code>iconv</code> 把文件转成 UTF-8：</p>\n"
                          "<pre><code>iconv -f GBK -t UTF-8 data.csv &gt; data-utf8.csv\n</code></pre>\n",
                     OwnerUserId=102))
    lines.append(row(Id=3, PostTypeId=2, ParentId=1, CreationDate="2024-05-01T10:00:00.000", Score=3,
                     Body="<p>设置 <code>encoding</code> 选项即可：</p>\n"
                          "<pre><code>spark.read.option(\"encoding\", \"GBK\").csv(\"data.csv\")\n</code></pre>\n"
                          "<ul><li>GBK 是 GB2312 的超集</li><li>GB18030 又包含 GBK</li></ul>\n",
                     OwnerUserId=103))
    lines.append(row(Id=4, PostTypeId=1, CreationDate="2024-05-02T08:00:00.000", Score=7,
                     Body="<p>Java で文字列を逆順にするいちばん簡単な方法は何ですか？</p>\n",
                     OwnerUserId=104, Title="Java で文字列を逆順にする方法", Tags="|java|string|"))
    lines.append(row(Id=5, PostTypeId=2, ParentId=4, CreationDate="2024-05-02T09:00:00.000", Score=9,
                     Body="<p><code>StringBuilder</code> を使います。</p>\n"
                          "<pre><code>String r = new StringBuilder(s).reverse().toString();\n</code></pre>\n",
                     OwnerUserId=101))
    lines.append(row(Id=6, PostTypeId=4, CreationDate="2024-05-02T10:00:00.000", Score=0,
                     Body="<p>Apache Spark is a unified analytics engine.</p>"))
    lines.append(row(Id=7, PostTypeId=1, CreationDate="2024-05-03T08:00:00.000", Score=2,
                     Body="<p>파이썬에서 딕셔너리 리스트를 특정 키로 정렬하려면 어떻게 하나요?</p>\n"
                          "<blockquote><p>TypeError: '<' not supported</p></blockquote>\n",
                     OwnerUserId=105, Title="파이썬에서 리스트 정렬 방법", Tags="<python><sorting>"))
    lines.append(row(Id=8, PostTypeId=2, ParentId=999, CreationDate="2024-05-03T09:00:00.000", Score=1,
                     Body="<p>This answers a question that is not in this file.</p>", OwnerUserId=106))
    lines.append('  <row Id="9" PostTypeId="1" Score="0" Body="&lt;p&gt;an attribute that never closes />')
    lines.append('  <row Id="10" PostTypeId="1" Score="0" Title="entity" Body="&lol9;" />')
    lines.append(None)  # undecodable bytes, written below
    lines.append(row(Id=12, PostTypeId=1, CreationDate="2024-05-04T08:00:00.000", Score=0, Body="",
                     OwnerUserId=107, Title=""))
    lines.append(row(Id=14, PostTypeId=1, CreationDate="2024-05-05T08:00:00.000", Score=4,
                     Body="<p>How do I count the lines of a gzip file without unpacking it to disk?</p>",
                     OwnerUserId=108, Title="Count lines in a .gz file", Tags="<shell><gzip>"))
    lines.append(row(Id=13, PostTypeId=2, ParentId=4, CreationDate="2024-05-06T08:00:00.000", Score=1,
                     Body="<p>ありがとうございます。解決しました。</p>", OwnerUserId=104))
    # a row spread over two lines (the dump never does this; other exporters do)
    lines.append('  <row Id="16" PostTypeId="2" ParentId="14" Score="6" OwnerUserId="109"\n'
                 '       Body="&lt;p&gt;Pipe it: &lt;code&gt;zcat f.gz | wc -l&lt;/code&gt;&lt;/p&gt;" />')
    lines.append("</posts>")
    with open(os.path.join(d, "Posts.xml"), "wb") as f:
        for line in lines:
            if line is None:
                f.write(b'  <row Id="11" PostTypeId="1" Score="0" Title="bad bytes" Body="\xff\xfe\xfd" />\n')
            else:
                f.write(line.encode("utf-8") + b"\n")
    evil = os.path.join(HERE, "stackexchange", "evil")
    os.makedirs(evil, exist_ok=True)
    laughs = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE posts [', '  <!ENTITY lol "lol">']
    prev = "lol"
    for i in range(1, 10):
        laughs.append(f'  <!ENTITY lol{i} "' + f"&{prev};" * 10 + '">')
        prev = f"lol{i}"
    laughs += [']>', '<posts>', '  <row Id="1" PostTypeId="1" Title="boom" Body="&lol9;" />', '</posts>']
    with open(os.path.join(evil, "Posts.xml"), "w", encoding="utf-8") as f:
        f.write("\n".join(laughs) + "\n")


def reddit():
    d = os.path.join(HERE, "reddit")
    os.makedirs(d, exist_ok=True)
    t0 = 1714550400
    recs = [
        dict(id="abc1", name="t3_abc1", subreddit="taoxi_zh", title="周末去哪里爬山比较好？", score=42,
             selftext="住在城西，想找一条半天能走完的路线，有推荐吗？", author="alice", created_utc=t0,
             permalink="/r/taoxi_zh/comments/abc1/"),
        dict(id="c1", link_id="t3_abc1", parent_id="t3_abc1", author="bob", score=10, created_utc=t0 + 60,
             body="西山步道不错，来回大概三个小时。"),
        dict(id="c2", link_id="t3_abc1", parent_id="t1_c1", author="alice", score=4, created_utc=t0 + 120,
             body="&gt; 西山步道不错，来回大概三个小时。\n\n谢谢！停车方便吗？"),
        dict(id="c3", link_id="t3_abc1", parent_id="t1_c2", author="bob", score=3, created_utc=t0 + 180,
             body="山脚有停车场，周末要早点去。"),
        dict(id="c4", link_id="t3_abc1", parent_id="t3_abc1", author="[deleted]", score=1, created_utc=t0 + 200,
             body="[deleted]"),
        dict(id="c5", link_id="t3_abc1", parent_id="t1_c4", author="carol", score=2, created_utc=t0 + 240,
             body="&gt; 东湖那边也可以\n\n东湖那条路线夏天太晒了。"),
        dict(id="c6", link_id="t3_abc1", parent_id="t3_abc1", author="dave", score=0, created_utc=t0 + 260,
             body="[removed]"),
        dict(id="c7", link_id="t3_abc1", parent_id="t3_abc1", author="AutoModerator", score=1, created_utc=t0 + 5,
             body="Please read the rules before posting."),
        dict(id="abc2", name="t3_abc2", subreddit="taoxi_ja", title="新しい駅のニュース", score=5, selftext="",
             author="erin", created_utc=t0 + 300, url="https://news.example.jp/eki"),
        dict(id="abc3", name="t3_abc3", subreddit="taoxi_ko", title="주말 등산 코스 추천", score=8,
             selftext="[removed]", author="frank", created_utc=t0 + 400),
        dict(id="c8", link_id="t3_abc3", parent_id="t3_abc3", author="grace", score=3, created_utc=t0 + 460,
             body="북한산 둘레길을 추천합니다. 경사가 완만해요."),
        dict(id="abc4", name="t3_abc4", subreddit="taoxi_zh", title="已删除的帖子", score=0,
             selftext="[deleted]", author="[deleted]", created_utc=t0 + 500),
        dict(id="c9", link_id="t3_zzz", parent_id="t3_zzz", author="heidi", score=6, created_utc=t0 + 600,
             body="This comment's submission is in another file."),
        dict(id="abc5", name="t3_abc5", subreddit="taoxi_en", title="Best way to learn touch typing?", score=15,
             selftext="I type with two fingers. Any advice &amp; tools?", author="ivan", created_utc=t0 + 700),
        dict(id="c10", link_id="t3_abc5", parent_id="t3_abc5", author="judy", score=9, created_utc=t0 + 760,
             body="Practice ten minutes a day & don't look at the keys."),
        dict(id="c11", link_id="t3_abc5", parent_id="t1_c10", author="ivan", score=2, created_utc=t0 + 820,
             body="&gt; don't look at the keys\n\nThat is the hard part!"),
    ]
    with open(os.path.join(d, "dump.jsonl"), "wb") as f:
        for r in recs[:9]:
            f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")
        f.write(b'{"id": "bad1", "body": "truncated json\n')
        f.write(b"\n")  # a blank line is not a record
        f.write(b'{"id": "bad2", "link_id": "t3_abc1", "parent_id": "t3_abc1", "body": "\xc3\x28 broken"}\n')
        f.write(b"[1, 2, 3]\n")
        f.write(b'{"kind": "t5", "display_name": "taoxi_zh"}\n')
        for r in recs[9:]:
            f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")


def reddit_split():
    d = os.path.join(HERE, "reddit-split")
    os.makedirs(os.path.join(d, "sub"), exist_ok=True)
    t0 = 1717200000  # 2024-06-01T00:00:00Z
    subs = [
        dict(id="s1", name="t3_s1", subreddit="taoxi_zh", title="老房子的墙面返潮怎么办？", score=31,
             selftext="一楼的卧室每到梅雨季墙角就发霉，刷过防水漆也没用。", author="lin", created_utc=t0,
             permalink="/r/taoxi_zh/comments/s1/"),
        dict(id="s2", name="t3_s2", subreddit="taoxi_ja", title="図書館の自習室について", score=7,
             selftext="駅前の図書館は平日の夜も自習室が使えますか？", author="sato", created_utc=t0 + 100,
             permalink="/r/taoxi_ja/comments/s2/"),
        dict(id="s3", name="t3_s3", subreddit="taoxi_en", title="Sourdough starter smells like acetone", score=12,
             selftext="Day five and it smells like nail polish remover. Is it dead?", author="pat",
             created_utc=t0 + 300, permalink="/r/taoxi_en/comments/s3/"),
    ]
    coms = [
        dict(id="k1", link_id="t3_s1", parent_id="t3_s1", author="wu", score=9, created_utc=t0 + 30,
             body="先查一下外墙有没有裂缝，雨水可能是从外面渗进来的。"),
        dict(id="k2", link_id="t3_s1", parent_id="t1_k1", author="lin", score=3, created_utc=t0 + 150,
             body="&gt; 先查一下外墙有没有裂缝\n\n外墙看过了，确实有一条细缝，下周请人来补。"),
        dict(id="k3", link_id="t3_s2", parent_id="t3_s2", author="kato", score=4, created_utc=t0 + 200,
             body="平日は夜九時まで使えます。土日は午後五時までです。"),
        dict(id="k4", link_id="t3_s1", parent_id="t3_s1", author="[deleted]", score=1, created_utc=t0 + 220,
             body="[deleted]"),
        None,  # a malformed line goes here
        dict(id="k5", link_id="t3_s1", parent_id="t1_k4", author="zhao", score=2, created_utc=t0 + 250,
             body="&gt; 可以买一台除湿机\n\n除湿机只能治标，关键还是找到水从哪里来。"),
        dict(id="k6", link_id="t3_old1", parent_id="t3_old1", author="kim", score=5, created_utc=t0 + 260,
             body="This reply belongs to a thread from last month's dump."),
        dict(id="k7", link_id="t3_s3", parent_id="t3_s3", author="sam", score=8, created_utc=t0 + 400,
             body="Not dead, just hungry. Feed it twice a day for a few days."),
    ]
    for name, recs in (("RS_2024-06", subs), ("RC_2024-06", coms)):
        plain = os.path.join(d, name + ".jsonl")
        with open(plain, "wb") as f:
            for r in recs:
                if r is None:
                    f.write(b'{"id": "k_bad", "link_id": "t3_s1", "body": "cut off\n')
                else:
                    f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")
        # the real tool, as the dumps are made; no checksum flags: the defaults of zstd 1.5
        subprocess.run(["zstd", "-q", "-f", "-19", plain, "-o", os.path.join(d, name + ".zst")], check=True)
        os.remove(plain)
    ko_subs = [dict(id="q1", name="t3_q1", subreddit="taoxi_ko", title="자전거 출퇴근 해보신 분?", score=6,
                    selftext="회사까지 8킬로미터인데 자전거로 다닐 만할까요?", author="park", created_utc=t0 + 50)]
    ko_coms = [
        dict(id="r1", link_id="t3_q1", parent_id="t3_q1", author="choi", score=4, created_utc=t0 + 90,
             body="8킬로미터면 충분해요. 샤워할 곳만 있으면 됩니다."),
        dict(id="r2", link_id="t3_q1", parent_id="t1_r1", author="park", score=1, created_utc=t0 + 120,
             body="회사에 샤워실이 있어서 다행이네요. 고마워요!"),
    ]
    for name, recs in (("taoxi_ko_submissions", ko_subs), ("taoxi_ko_comments", ko_coms)):
        with open(os.path.join(d, "sub", name + ".jsonl"), "wb") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")


def mbox():
    d = os.path.join(HERE, "mbox")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "list.mbox")
    if os.path.exists(path):
        os.remove(path)
    box = mailbox.mbox(path, create=True)
    list_id = "Taoxi dev <dev.taoxi.example.org>"

    def plain(text, charset, cte):
        # compat32 MIMEText keeps the charset and the encoded words exactly as given
        cs = email.charset.Charset(charset)
        cs.header_encoding = email.charset.BASE64
        cs.body_encoding = {"base64": email.charset.BASE64, "quoted-printable": email.charset.QP,
                            "7bit": None}[cte]
        return MIMEText(text, "plain", cs)

    m1 = plain("大家好：\n\n下周三准备发布 0.2 版本，主要是论坛数据的导入。\n请在周一前提交测试结果。\n", "gb2312", "base64")
    m1["Subject"] = ew("关于下周发布计划的讨论", "gb2312")
    m1["From"] = ew("张三", "gb2312") + " <zhangsan@example.cn>"
    m1["Date"] = "Mon, 03 Mar 2025 10:00:00 +0800"
    m1["Message-ID"] = "<m1@example.cn>"
    m1["List-Id"] = list_id

    m2 = plain("我同意，测试结果周日发出来。\n\n在 2025年3月3日 10:00，张三 写道：\n> 大家好：\n> 下周三准备发布 0.2 版本。\n\n-- \n李四\n某某科技有限公司\n", "utf-8", "quoted-printable")
    m2["Subject"] = "Re: 关于下周发布计划的讨论"
    m2["From"] = "=?utf-8?b?5p2O5Zub?= <lisi@example.cn>"
    m2["Date"] = "Mon, 03 Mar 2025 11:30:00 +0800"
    m2["Message-ID"] = "<m2@example.cn>"
    m2["In-Reply-To"] = "<m1@example.cn>"
    m2["References"] = "<m1@example.cn>"
    m2["List-Id"] = list_id

    m3 = MIMEMultipart("alternative", boundary="==alt-boundary-m3==")
    m3.attach(MIMEText("補充一點：發布前請先備份資料庫。\n\n> 我同意，測試結果週日發出來。\n>> 下週三準備發布\n", "plain", "big5"))
    m3.attach(MIMEText("<p>補充一點：<b>發布前</b>請先備份資料庫。</p>", "html", "big5"))
    m3["Subject"] = ew("Re: 關於下週發布計劃的討論", "big5")
    m3["From"] = "Wang Wu <wangwu@example.tw>"
    m3["Date"] = "Mon, 03 Mar 2025 12:00:00 +0800"
    m3["Message-ID"] = "<m3@example.tw>"
    m3["In-Reply-To"] = "<m2@example.cn>"
    m3["References"] = "<m1@example.cn> <m2@example.cn>"
    m3["List-Id"] = list_id

    m4 = Message()
    m4.set_payload("皆様\n\n来週の打ち合わせの日程を調整させてください。\n火曜日か水曜日の午後はいかがでしょうか。\n".encode("iso-2022-jp"))
    m4["MIME-Version"] = "1.0"
    m4["Content-Type"] = 'text/plain; charset="iso-2022-jp"'
    m4["Content-Transfer-Encoding"] = "7bit"
    m4["Subject"] = ew("日程調整のお願い", "iso-2022-jp")
    m4["From"] = "Yamada Taro <yamada@example.jp>"
    m4["Date"] = "Tue, 04 Mar 2025 09:00:00 +0900"
    m4["Message-ID"] = "<m4@example.jp>"

    m5 = plain("水曜日の午後で大丈夫です。\n\n山田 太郎 さんは書きました：\n> 火曜日か水曜日の午後はいかがでしょうか。\n", "utf-8", "base64")
    m5["Subject"] = "Re: 日程調整のお願い"
    m5["From"] = "Suzuki Hanako <suzuki@example.jp>"
    m5["Date"] = "Tue, 04 Mar 2025 10:15:00 +0900"
    m5["Message-ID"] = "<m5@example.jp>"
    m5["In-Reply-To"] = "<m4@example.jp>"
    m5["References"] = "<m4@example.jp>"

    m6 = plain("목요일 오후 두 시가 좋겠습니다.\n\n홍길동님이 작성:\n> 회의를 언제 하면 좋을까요?\n", "euc-kr", "base64")
    m6["Subject"] = ew("Re: 회의 일정", "euc-kr")
    m6["From"] = "Kim <kim@example.kr>"
    m6["Date"] = "Wed, 05 Mar 2025 14:00:00 +0900"
    m6["Message-ID"] = "<m6@example.kr>"
    m6["In-Reply-To"] = "<missing@example.kr>"
    m6["References"] = "<missing@example.kr>"

    m7 = MIMEMultipart("mixed", boundary="==mixed-boundary-m7==")
    m7.attach(plain("The build now checks gzip trailers.\nFrom the start of a member to its end, every byte is located.\n", "utf-8", "quoted-printable"))
    m7.attach(MIMEApplication(b"\x00\x01binary-payload\x02", Name="trace.bin"))
    m7["Subject"] = "Build notes for March"
    m7["From"] = "Build Bot <build@example.org>"
    m7["Date"] = "Thu, 06 Mar 2025 08:00:00 +0000"
    m7["Message-ID"] = "<m7@example.org>"

    m8 = MIMEMultipart("mixed", boundary="==mixed-boundary-m8==")
    m8.attach(MIMEApplication(b"%PDF-1.4 not really", _subtype="pdf", Name="slides.pdf"))
    m8["Subject"] = "slides"
    m8["From"] = "Someone <someone@example.org>"
    m8["Date"] = "Thu, 06 Mar 2025 09:00:00 +0000"
    m8["Message-ID"] = "<m8@example.org>"

    m9 = plain("Thanks, looks good to me.\n\n-----Original Message-----\nFrom: Build Bot\nSent: Thursday\nSubject: Build notes for March\n\nThe build now checks gzip trailers.\n", "utf-8", "7bit")
    m9["Subject"] = "RE: Build notes for March"
    m9["From"] = "Ops <ops@example.org>"
    m9["Date"] = "Thu, 06 Mar 2025 10:00:00 +0000"
    m9["Message-ID"] = "<m9@example.org>"
    m9["In-Reply-To"] = "<m7@example.org>"

    for i, m in enumerate((m1, m2, m3, m4, m5, m6, m7, m8, m9)):
        mm = mailbox.mboxMessage(m)
        mm.set_from("MAILER-DAEMON", time.gmtime(1741000000 + 3600 * i))
        box.add(mm)
    box.flush()
    box.close()
    # Hostile, by hand: a From_ line followed by no header lines at all.
    with open(path, "ab") as f:
        f.write(b"\nFrom nobody Fri Mar  7 00:00:00 2025\n\nno headers, only a body line\n")


if __name__ == "__main__":
    makers = dict(stackexchange=stackexchange, reddit=reddit, reddit_split=reddit_split, mbox=mbox)
    for n in sys.argv[1:] or list(makers):
        makers[n]()
