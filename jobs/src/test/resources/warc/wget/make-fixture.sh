#!/usr/bin/env bash
# Regenerates pages/ (small news-like HTML pages in their real encodings, plus manifest.tsv) and
# pages.warc.gz (a crawl of them by real GNU Wget) in this folder.
#
#   jobs/src/test/resources/warc/wget/make-fixture.sh
#
# Needs: bash, python3, wget (apt-get install -y wget). Serves pages/ with `python3 -m http.server`
# on a free 127.0.0.1 port; that server sends "Content-Type: text/html" with no charset, so the
# reader must find the charset in <meta> or detect it. The WARC differs from run to run only in
# dates, record ids, the port and wget's log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pages="$here/pages"
rm -rf "$pages"
mkdir -p "$pages"

python3 - "$pages" <<'PY'
import sys, pathlib
out = pathlib.Path(sys.argv[1])

def page(lang, title, paragraphs, declaration):
    head = declaration + "\n" if declaration else ""
    body = "\n".join("<p>%s</p>" % p for p in paragraphs)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n%s<title>%s</title>\n</head>\n<body>\n"
            "<p><a href=\"index.html\">Index</a></p>\n<h1>%s</h1>\n%s\n</body>\n</html>\n"
            % (lang, head, title, title, body))

# file, encoding (Python codec, Java name), lang, where the charset is declared, title, paragraphs
PAGES = [
    ("zh-hans-utf8.html", "utf-8", "UTF-8", "zh-Hans", "meta",
     "城西公园新建儿童游乐区本周开放",
     ["城西公园管理处昨天宣布，园内新建的儿童游乐区将于本周六正式对外开放。游乐区面积约两千平方米，设有滑梯、攀爬网、沙坑和一条环形小路，地面全部铺设了防滑软垫。",
      "管理处工作人员介绍，设计方案曾在附近社区征求意见，不少家长建议增加遮阳棚和饮水点，这些建议都被采纳了。游乐区每天早上七点到晚上八点开放，节假日会安排志愿者协助维持秩序。",
      "一位带孩子散步的居民说，以前孩子只能在小区楼下玩，现在走十分钟就有一个像样的地方，周末准备带孩子来试一试。"]),
    ("zh-hans-gbk.html", "gbk", "GBK", "zh-Hans", "meta",
     "老旧小区加装电梯试点进展顺利",
     ["今年以来，本区共有十八栋老旧住宅楼完成了电梯加装，另有二十多栋正在施工。负责试点工作的街道办事处表示，最难的环节不是施工，而是让同一个单元的住户达成一致。",
      "住在六楼的张阿姨说，她腿脚不好，以前每次买菜回来都要在楼道里歇好几次。电梯装好以后，她每天都愿意下楼走一走。低楼层的住户起初担心采光和噪音，经过多次协商，最终同意了调整后的方案。",
      "街道办事处透露，明年将继续推进这项工作，并计划为经济困难的家庭提供一部分费用补贴。"]),
    ("zh-hant-big5.html", "big5", "Big5", "zh-Hant", "none",
     "港口小鎮舉辦海鮮節　吸引大批遊客",
     ["東岸的港口小鎮上週末舉辦一年一度的海鮮節，兩天內吸引了約三萬名遊客。主辦單位在碼頭旁搭起五十多個攤位，販售當天捕撈的魚蝦、烤花枝和各種海產加工品。",
      "一位在鎮上經營民宿的業者表示，活動期間客房全部訂滿，連附近的露營區也擠滿了人。不過也有居民抱怨交通壅塞，停車位一位難求。",
      "鎮公所回應，明年將在鎮外設置臨時停車場，並以接駁車載送遊客進出會場，希望減少對居民生活的影響。"]),
    ("ja-sjis.html", "shift_jis", "Shift_JIS", "ja", "http-equiv",
     "駅前の自転車置き場、来月から有料に",
     ["市は駅前にある自転車置き場を来月一日から有料にすると発表した。料金は一日百円で、定期利用の場合は一か月千五百円となる。",
      "これまでは無料だったため、長い間放置された自転車が多く、通路がふさがれることもあった。市の担当者は「本当に必要な人が使えるようにしたい」と説明している。",
      "利用者からは「仕方がない」という声がある一方で、学生の負担が増えることを心配する意見も出ている。市は学生向けの割引についても検討するという。"]),
    ("ko-euckr.html", "euc_kr", "EUC-KR", "ko", "none",
     "동네 도서관, 밤 열 시까지 문 연다",
     ["구립 도서관이 다음 달부터 평일 운영 시간을 밤 열 시까지 늘리기로 했다. 퇴근 후에 도서관을 이용하고 싶다는 주민들의 요청이 많았기 때문이다.",
      "도서관 측은 저녁 시간에 일할 직원을 새로 뽑고, 열람실 조명도 밝은 것으로 바꿀 예정이다. 어린이 자료실은 지금처럼 저녁 여섯 시에 문을 닫는다.",
      "한 주민은 회사에서 늦게 돌아와도 책을 빌릴 수 있게 되어 반갑다며, 앞으로 더 자주 들르겠다고 말했다."]),
    ("en-utf8.html", "utf-8", "UTF-8", "en", "none",
     "Village bakery celebrates fifty years on the high street",
     ["The bakery on the corner of the high street marked its fiftieth birthday on Friday with free slices of cake and a small brass band playing outside the door.",
      "The owner, whose parents opened the shop in a rented room behind a butcher\u2019s, said the recipes for the bread have hardly changed \u2014 only the ovens have.",
      "Regular customers queued from seven o\u2019clock in the morning. \u201cI have bought my loaf here every Saturday since I was a boy,\u201d said one retired teacher."]),
]

manifest = ["# file\tencoding\tlang\tdeclared"]
links = []
for name, codec, java, lang, declared, title, paragraphs in PAGES:
    if declared == "meta":
        label = {"utf-8": "utf-8", "gbk": "gb2312"}[codec]
        decl = '<meta charset="%s">' % label
    elif declared == "http-equiv":
        decl = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    else:
        decl = ""
    (out / name).write_bytes(page(lang, title, paragraphs, decl).encode(codec))
    manifest.append("%s\t%s\t%s\t%s" % (name, java, lang, declared))
    links.append('<li><a href="%s">%s</a></li>' % (name, name))
links.append('<li><a href="missing.html">missing.html</a> (not on the server: a 404)</li>')

index = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Fixture index</title>\n</head>\n<body>\n"
         "<h1>Fixture index</h1>\n<ul>\n%s\n</ul>\n</body>\n</html>\n" % "\n".join(links))
(out / "index.html").write_bytes(index.encode("ascii"))
manifest.append("index.html\tUS-ASCII\ten\tnone")
(out / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
PY

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$pages" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
work="$(mktemp -d)"
for _ in $(seq 50); do
  if python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; then break; fi
  sleep 0.1
done

# --recursive --level=1 follows index.html's links, including missing.html (404); robots=off keeps
# a robots.txt 404 out of the archive. wget exits 8 when any request failed (the 404 does).
( cd "$work" && wget --warc-file=pages --recursive --level=1 --no-parent -e robots=off \
    --no-verbose --directory-prefix=mirror "http://127.0.0.1:$port/index.html" ) || rc=$?
if [ "${rc:-0}" -ne 0 ] && [ "${rc:-0}" -ne 8 ]; then
  echo "wget failed with exit code $rc" >&2
  exit 1
fi
cp "$work/pages.warc.gz" "$here/pages.warc.gz"
wget --version | head -1 > "$here/wget-version.txt"
echo "wrote $here/pages.warc.gz ($(stat -c %s "$here/pages.warc.gz") bytes) with $(cat "$here/wget-version.txt")"
