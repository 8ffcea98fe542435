package io.taoxi.filters.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generator of the PII benchmark: valid identifiers of every type embedded in zh/ja/ko/en
 * sentences, plus hard negatives (order numbers, timestamps, ISBNs, versions, invalid check digits,
 * numbers in URLs, reserved example domains, private addresses, placeholder keys) that must stay untouched.
 */
final class PiiBenchmarkGenerator {
    /** One generated sentence and the identifiers it holds (value as written, with its type). */
    record Case(String text, List<Expected> expected, boolean hardNegative) {
    }

    record Expected(PiiType type, String value) {
    }

    private static final String[] EMAIL_DOMAINS = {"qq.com", "163.com", "126.com", "gmail.com", "outlook.com",
        "naver.com", "daum.net", "yahoo.co.jp", "docomo.ne.jp", "sina.com.cn", "foxmail.com", "hanmail.net",
        "corp-mail.cn", "univ.edu.cn", "mail.tw", "proton.me"};
    private static final String[] NAMES = {"zhang.wei", "li_na", "wang88", "chen.jing", "liu-yang", "tanaka.k",
        "suzuki", "kim.minsu", "park_ji", "john.smith", "mary+news", "dev.ops", "xiaoming2001", "lee.s"};
    private static final String[] CN_REGIONS = {"110101", "110105", "120103", "130102", "310104", "320106",
        "330106", "340104", "350203", "370202", "410105", "420106", "430104", "440106", "440305", "450103",
        "500103", "510107", "530102", "610113", "620102", "650102"};

    private final SplittableRandom random;

    PiiBenchmarkGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    List<Case> generate(int perType) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < perType; i++) {
            cases.add(embed(PiiType.EMAIL, email(), new String[] {
                "如有疑问请发邮件至%s，我们会尽快回复。", "お問い合わせは%sまでご連絡ください。",
                "문의는 %s 로 보내 주세요.", "Please send your CV to %s before Friday.", "联系邮箱：%s"}));
            cases.add(embed(PiiType.IP, random.nextInt(3) == 0 ? ipv6() : ipv4(), new String[] {
                "攻击来自IP地址%s，已被封禁。", "サーバーのアドレスは%sです。", "접속 IP %s 에서 로그인했습니다.",
                "The login came from %s at midnight.", "日志：client=%s status=403"}));
            cases.add(embed(PiiType.PHONE, phone(), new String[] {
                "有意者请联系王先生，电话%s。", "担当の田中まで%sにお電話ください。", "문의 전화: %s (평일 9시~6시)",
                "Call me at %s after 6pm.", "手机：%s（微信同号）"}));
            cases.add(embed(PiiType.CN_ID, cnId(), new String[] {
                "身份证号%s，请核对。", "乘客 张三 证件号码：%s", "本人身份证%s遗失，特此声明。",
                "ID card number %s was submitted.", "申請者の中国の身分証番号は%sです。"}));
            cases.add(embed(PiiType.KR_RRN, krRrn(), new String[] {
                "신청자 주민등록번호 %s 확인 바랍니다.", "환자 정보: 홍길동, %s, 서울시", "번호 %s 로 조회됨",
                "Korean RRN: %s", "韩国居民登录号 %s"}));
            cases.add(embed(PiiType.JP_MY_NUMBER, myNumber(), new String[] {
                "マイナンバー：%s を記入してください。", "個人番号 %s の通知カードが届きました。",
                "My Number %s was written on the form.", "提出書類（個人番号：%s）", "日本个人编号 %s"}));
            cases.add(embed(PiiType.PAYMENT_CARD, card(), new String[] {
                "我的银行卡号是%s，请退款到这张卡。", "カード番号 %s で支払いました。", "카드번호 %s 결제 완료",
                "Charge it to card %s, expiry 09/27.", "信用卡：%s"}));
            cases.add(embed(PiiType.SECRET, secret(), new String[] {
                "config.py 里写着 TOKEN = \"%s\"", "export API_KEY=%s", "설정 파일에 %s 가 노출되었습니다.",
                "Leaked in the repo: %s", "環境変数 %s をコミットしてしまった"}));
        }
        for (int i = 0; i < perType * 4; i++) {
            cases.add(new Case(hardNegative(), List.of(), true));
        }
        return cases;
    }

    private Case embed(PiiType type, String value, String[] templates) {
        String text = String.format(Locale.ROOT, templates[random.nextInt(templates.length)], value);
        return new Case(text, List.of(new Expected(type, value)), false);
    }

    // ---- valid identifiers ----------------------------------------------------------------------------

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    String email() {
        String local = NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : random.nextInt(1000));
        return local + "@" + EMAIL_DOMAINS[random.nextInt(EMAIL_DOMAINS.length)];
    }

    String ipv4() {
        while (true) {
            int[] o = {1 + random.nextInt(223), random.nextInt(256), random.nextInt(256), 1 + random.nextInt(254)};
            if (PiiScanner.publicV4(o)) {
                return o[0] + "." + o[1] + "." + o[2] + "." + o[3];
            }
        }
    }

    String ipv6() {
        int first = 0x2400 + random.nextInt(0x0c00);
        StringBuilder sb = new StringBuilder(Integer.toHexString(first));
        int groups = random.nextBoolean() ? 7 : 3;
        for (int i = 0; i < groups; i++) {
            sb.append(':').append(Integer.toHexString(random.nextInt(0x10000)));
        }
        return groups == 7 ? sb.toString() : sb + "::" + Integer.toHexString(1 + random.nextInt(0xfff));
    }

    String phone() {
        String sep = pick("", "-", " ");
        return switch (random.nextInt(11)) {
            case 0 -> pick("138", "139", "150", "186", "177", "199", "135") + sep + digits(4) + sep + digits(4);
            case 1 -> "+86 " + pick("138", "158", "187") + " " + digits(4) + " " + digits(4);
            case 2 -> pick("010-", "021-", "020-", "0755-", "0571-", "(010) ") + (2 + random.nextInt(7)) + digits(7);
            case 3 -> "+852 " + (5 + random.nextInt(5)) + digits(3) + " " + digits(4);
            case 4 -> "09" + digits(2) + "-" + digits(3) + "-" + digits(3);
            case 5 -> "02-" + (2 + random.nextInt(7)) + digits(3) + "-" + digits(4);
            case 6 -> pick("090", "080", "070") + "-" + digits(4) + "-" + digits(4);
            case 7 -> pick("03-", "06-") + digits(4) + "-" + digits(4);
            case 8 -> "010-" + digits(4) + "-" + digits(4);
            case 9 -> "+82 10-" + digits(4) + "-" + digits(4);
            default -> pick("+1 415 ", "+44 20 ", "+49 30 ", "+33 1 ") + digits(3) + " " + digits(4);
        };
    }

    String cnId() {
        int year = 1940 + random.nextInt(70);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String first17 = CN_REGIONS[random.nextInt(CN_REGIONS.length)]
                + String.format(Locale.ROOT, "%04d%02d%02d", year, month, day) + digits(3);
        return first17 + Checksums.cnIdCheck(first17);
    }

    String krRrn() {
        int year = random.nextInt(100);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int sex = year < 25 && random.nextBoolean() ? 3 + random.nextInt(2) : 1 + random.nextInt(2);
        String first12 = String.format(Locale.ROOT, "%02d%02d%02d%d", year, month, day, sex) + digits(5);
        String full = first12 + Checksums.krRrnCheck(first12);
        return full.substring(0, 6) + "-" + full.substring(6);
    }

    String myNumber() {
        String first11 = (1 + random.nextInt(9)) + digits(10);
        String full = first11 + Checksums.myNumberCheck(first11);
        String sep = pick("", " ", "-");
        return full.substring(0, 4) + sep + full.substring(4, 8) + sep + full.substring(8);
    }

    String card() {
        String prefix;
        int length;
        switch (random.nextInt(6)) {
            case 0 -> { prefix = "4"; length = 16; }
            case 1 -> { prefix = String.valueOf(51 + random.nextInt(5)); length = 16; }
            case 2 -> { prefix = pick("34", "37"); length = 15; }
            case 3 -> { prefix = "62" + random.nextInt(10); length = random.nextBoolean() ? 16 : 19; }
            case 4 -> { prefix = String.valueOf(3528 + random.nextInt(62)); length = 16; }
            default -> { prefix = "6011"; length = 16; }
        }
        String body = prefix + digits(length - prefix.length() - 1);
        for (int d = 0; d < 10; d++) {
            if (Checksums.luhn(body + d)) {
                body = body + d;
                break;
            }
        }
        if (length == 16 && random.nextBoolean()) {
            String sep = pick(" ", "-");
            return body.substring(0, 4) + sep + body.substring(4, 8) + sep + body.substring(8, 12) + sep
                    + body.substring(12);
        }
        if (length == 15 && random.nextBoolean()) {
            return body.substring(0, 4) + " " + body.substring(4, 10) + " " + body.substring(10);
        }
        return body;
    }

    private String alnum(int n, String alphabet) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    String secret() {
        return switch (random.nextInt(8)) {
            case 0 -> "AKIA" + alnum(16, UPPER_DIGITS);
            case 1 -> "ghp_" + alnum(36, ALNUM);
            case 2 -> "xoxb-" + digits(12) + "-" + digits(13) + "-" + alnum(24, ALNUM);
            case 3 -> "sk-proj-" + alnum(40, ALNUM);
            case 4 -> "AIza" + alnum(35, ALNUM + "_-");
            case 5 -> "glpat-" + alnum(20, ALNUM);
            case 6 -> "hf_" + alnum(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
            default -> "-----BEGIN RSA PRIVATE KEY-----\n" + alnum(64, ALNUM + "+/") + "\n" + alnum(64, ALNUM + "+/")
                    + "\n-----END RSA PRIVATE KEY-----";
        };
    }

    // ---- hard negatives -------------------------------------------------------------------------------

    String hardNegative() {
        return switch (random.nextInt(16)) {
            case 0 -> String.format(Locale.ROOT, pick("订单号：%s，请耐心等待发货。", "注文番号 %s の商品を発送しました。",
                    "주문번호 %s 배송 시작", "Order No. %s has shipped."),
                    pick("13", "15", "18") + digits(9 + random.nextInt(10)));
            case 1 -> String.format(Locale.ROOT, pick("运单号%s已签收", "Tracking number: %s"), "SF" + digits(12));
            case 2 -> String.format(Locale.ROOT, pick("时间戳 %s", "created_at=%s", "ts: %s"),
                    pick("17" + digits(8), "17" + digits(11), "2024" + digits(10)));
            case 3 -> String.format(Locale.ROOT, pick("发布于 %s", "更新日時：%s", "Posted %s"),
                    String.format(Locale.ROOT, "2024-%02d-%02d %02d:%02d:%02d", 1 + random.nextInt(12),
                            1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60)));
            case 4 -> String.format(Locale.ROOT, pick("ISBN %s", "书号：ISBN %s"),
                    pick("978-7-" + digits(3) + "-" + digits(5) + "-" + digits(1), "978" + digits(10),
                            "7-" + digits(3) + "-" + digits(5) + "-X"));
            case 5 -> String.format(Locale.ROOT, pick("升级到版本 %s 后正常", "バージョン %s をリリース", "Version %s released",
                    "v%s"), (1 + random.nextInt(9)) + "." + random.nextInt(20) + "." + random.nextInt(10) + "."
                    + random.nextInt(200));
            case 6 -> { // resident ID with a wrong check digit
                String id = cnId();
                char wrong = id.charAt(17) == '1' ? '2' : '1';
                yield "身份证号" + id.substring(0, 17) + wrong + "（示例，校验位错误）";
            }
            case 7 -> { // card with a broken Luhn digit
                String c = card().replaceAll("[ -]", "");
                int last = c.charAt(c.length() - 1) - '0';
                yield "卡号 " + c.substring(0, c.length() - 1) + ((last + 1) % 10) + " 无效";
            }
            case 8 -> { // RRN with a broken check digit and no RRN word
                String r = krRrn();
                int last = r.charAt(r.length() - 1) - '0';
                yield "접수 번호 " + r.substring(0, r.length() - 1) + ((last + 3) % 10);
            }
            case 9 -> { // My Number with a wrong check digit
                String m = myNumber().replaceAll("[ -]", "");
                int last = m.charAt(11) - '0';
                yield "マイナンバー " + m.substring(0, 11) + ((last + 1) % 10) + "（誤り）";
            }
            case 10 -> pick("商品详情 https://shop.example.cn/item/", "見る https://www.example.jp/p/",
                    "see https://news.site.com/2024/05/") + pick("13812345678", "110105199003072316", "4111111111111111",
                    digits(12)) + ".html";
            case 11 -> String.format(Locale.ROOT, pick("示例：%s", "For example, write to %s.", "例：%s"),
                    pick("user", "alice", "bob.smith", "support") + "@" + pick("example.com", "example.org",
                            "mail.example.com", "example.net"));
            case 12 -> String.format(Locale.ROOT, pick("内网地址 %s", "router at %s", "ゲートウェイ %s", "문서용 주소 %s"),
                    pick("192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254)),
                            "10." + random.nextInt(256) + ".0." + (1 + random.nextInt(254)), "127.0.0.1",
                            "203.0.113." + (1 + random.nextInt(254)), "2001:db8::" + Integer.toHexString(1 + random.nextInt(999)),
                            "fe80::1", "172.20." + random.nextInt(256) + ".1"));
            case 13 -> pick("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                    "pip install scikit-learn  # not sk-learn", "-----BEGIN PUBLIC KEY-----",
                    "OPENAI_API_KEY=sk-your-key-here", "-----BEGIN CERTIFICATE-----");
            case 14 -> String.format(Locale.ROOT, pick("共 %s 人次访问", "第 %s 期", "价格 %s 元", "%s words"),
                    digits(2 + random.nextInt(5)));
            default -> String.format(Locale.ROOT, pick("图片 logo@2x.png 已更新", "会议时间 %s", "坐标 %s"),
                    pick("12:30:45", "2024/05/13", "39.9042, 116.4074", "08:00-17:30"));
        };
    }
}
