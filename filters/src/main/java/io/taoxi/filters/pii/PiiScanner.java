package io.taoxi.filters.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operator: finds validated personal identifiers and secrets in a text. Pure and thread-safe. A regex only
 * proposes a candidate; each candidate must then pass its type's validation:
 * <ul>
 *   <li>email: RFC-shaped local part and host, a letter TLD that is not a file extension (image@2x.png),
 *       a domain not on the allow-list (example.com and the reserved TLDs by default);
 *   <li>ip: IPv4 without leading zeros, IPv6 parsed group by group; public ranges only (private, loopback,
 *       link-local, CGNAT, multicast and the RFC 5737 / RFC 3849 documentation ranges are not PII); not
 *       right after a version word (version, 版本, バージョン, 버전);
 *   <li>phone: per-country formats (mainland mobile prefixes and landline area codes with and without +86,
 *       Hong Kong with +852 or a phone word before it, Taiwan, Japan, Korea, E.164 with a country code)
 *       and their digit counts;
 *   <li>cn_id: 18 characters, a province code, a calendar birth date (1900–2099), ISO 7064 MOD 11-2;
 *   <li>kr_rrn: birth date, sex/century digit and the check digit; after a word such as 주민등록번호 the
 *       check digit is not required (numbers issued since October 2020 have none);
 *   <li>jp_my_number: 12 digits with the My Number check digit; written without separators it also needs a
 *       word such as マイナンバー or 個人番号 shortly before it;
 *   <li>payment_card: brand prefix and length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay 62),
 *       Luhn, not all one digit;
 *   <li>secret: private-key blocks, AWS access-key ids and secret keys, Google API keys, Azure account and
 *       shared-access keys, GitHub, GitLab, Slack, OpenAI/Anthropic, Stripe, Hugging Face and npm tokens;
 *       placeholders (EXAMPLE, xxxx, few distinct characters) are not secrets.
 * </ul>
 * Numbers inside URLs (page ids, timestamps in paths) and numbers right after an order, invoice,
 * tracking, ISBN or serial word (订单号, 运单号, 注文番号, 주문번호, Order No.) are never identifiers.
 * Overlaps are resolved by type priority: secret, email, cn_id, kr_rrn, payment_card, jp_my_number,
 * phone, ip.
 *
 * <p>Examples: {@code 手机13812345678} → phone; {@code 订单号13812345678} → nothing;
 * {@code https://shop.cn/item/13812345678.html} → nothing; {@code 192.168.1.1} → nothing;
 * {@code 8.8.8.8} → ip; {@code AKIAIOSFODNN7EXAMPLE} → nothing.
 *
 * <p>Known weaknesses: 15-digit (pre-1999) mainland IDs, landline numbers without area code or phone
 * word, vanity numbers with letters, internationalised email addresses and IPv4-mapped IPv6 are not
 * found; a 12-digit number with a My Number word before it passes one time in eleven by chance.
 */
public final class PiiScanner {
    /** Spec. {@code allowedEmailDomains}: a domain or any subdomain of it is never PII. */
    public record Spec(List<String> allowedEmailDomains, Set<PiiType> types) implements java.io.Serializable {
        public static final List<String> DEFAULT_ALLOWED_EMAIL_DOMAINS =
                List.of("example.com", "example.org", "example.net", "example.edu", "example", "test", "invalid",
                        "localhost", "local");

        public Spec {
            allowedEmailDomains = allowedEmailDomains == null ? DEFAULT_ALLOWED_EMAIL_DOMAINS
                    : allowedEmailDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
            for (String d : allowedEmailDomains) {
                if (d.isEmpty() || d.contains("@") || d.contains(" ")) {
                    throw new IllegalArgumentException("pii.allowed_email_domains: not a domain: '" + d + "'");
                }
            }
            // EnumSet: declaration order, the same in every JVM (Set.copyOf iterates in a per-JVM random order,
            // which changed the stage's config hash from run to run).
            types = java.util.Collections.unmodifiableSet(types == null || types.isEmpty()
                    ? java.util.EnumSet.allOf(PiiType.class) : java.util.EnumSet.copyOf(types));
        }

        public static Spec defaults() {
            return new Spec(DEFAULT_ALLOWED_EMAIL_DOMAINS, Set.of(PiiType.values()));
        }
    }

    private static final String LB = "(?<![\\w+])(?<!\\w[-.])";
    private static final String LA = "(?![\\w])(?![-.]\\w)";
    private static final String S = "[ \\-]?";

    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|ftp://|www\\.)[^\\s<>\"'`，。、；：！？「」『』（）【】]+");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+\\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\\-]{0,62}[A-Za-z0-9_%+\\-])?"
                    + "@((?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+([A-Za-z]{2,24}))(?![\\w\\-])");
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp",
            "ico", "css", "js", "json", "html", "htm", "php", "txt", "pdf", "zip", "gz", "mp3", "mp4", "woff");
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\w]|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile("(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\\w:])");
    private static final Pattern VERSION_BEFORE = Pattern.compile(
            "(?i)(?<![a-z])(?:v|ver\\.?|version|release|build|firmware|版本号?|固件|バージョン|버전)\\s*[:：]?\\s*$");

    private static final List<Pattern> PHONES = List.of(
            // mainland mobile, optional +86 / 0086
            Pattern.compile(LB + "(?:(?:\\+|00)86" + S + ")?1[3-9]\\d" + S + "\\d{4}" + S + "\\d{4}" + LA),
            // mainland landline: (0)area-local, or +86 area local
            Pattern.compile(LB + "(?:(?:\\+|00)86" + S + "(?:\\(0?)?|\\(?0)(?:10|2\\d|[3-9]\\d{2})\\)?" + S
                    + "[2-8]\\d{2,3}" + S + "\\d{4}" + LA),
            // Hong Kong with country code
            Pattern.compile(LB + "(?:\\+|00)852" + S + "[2-9]\\d{3}" + S + "\\d{4}" + LA),
            // Taiwan mobile and landline
            Pattern.compile(LB + "(?:(?:\\+|00)886" + S + "|0)9\\d{2}" + S + "\\d{3}" + S + "\\d{3}" + LA),
            Pattern.compile(LB + "(?:(?:\\+|00)886" + S + "\\(?|\\(?0)[2-8]\\)?" + S + "\\d{3,4}" + S + "\\d{4}" + LA),
            // Japan mobile/IP phone, landline with hyphens, free dial
            Pattern.compile(LB + "(?:(?:\\+|00)81" + S + "|0)[5789]0" + S + "\\d{4}" + S + "\\d{4}" + LA),
            Pattern.compile(LB + "(?:(?:\\+|00)81" + S + "|0)[1-9]\\d{0,3}-\\d{1,4}-\\d{4}" + LA),
            Pattern.compile(LB + "0120" + S + "\\d{3}" + S + "\\d{3}" + LA),
            // Korea mobile and landline
            Pattern.compile(LB + "(?:(?:\\+|00)82" + S + "|0)1[016789]" + S + "\\d{3,4}" + S + "\\d{4}" + LA),
            Pattern.compile(LB + "(?:(?:\\+|00)82" + S + "|0)(?:2|[3-6][1-5])[ \\-)]\\d{3,4}[ \\-]\\d{4}" + LA),
            // E.164 with any country code
            Pattern.compile(LB + "\\+[1-9]\\d{0,2}(?:[ \\-]?\\(?\\d{1,4}\\)?){2,5}" + LA));
    /** Hong Kong numbers have no trunk prefix: eight digits count only right after a phone word. */
    private static final Pattern HK_LOCAL = Pattern.compile(LB + "[2-9]\\d{3}" + S + "\\d{4}" + LA);
    private static final Pattern PHONE_WORD_BEFORE = Pattern.compile(
            "(?i)(?:電話|电话|手機|手机|聯絡|联系|致電|致电|tel|phone|whatsapp|call)[^\\n\\d]{0,6}$");

    private static final Pattern CN_ID = Pattern.compile(
            "(?<![\\w])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\w])");
    private static final Set<String> CN_PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65", "71", "81", "82", "83");
    private static final Pattern KR_RRN = Pattern.compile(
            "(?<![\\w\\-])(\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[ \\-]?([1-8])(\\d{6})(?![\\w])");
    private static final Pattern KR_RRN_WORD_BEFORE = Pattern.compile(
            "(?i)(?:주민등록번호|주민번호|rrn|resident registration (?:number|no\\.?))[^\\n\\d]{0,8}$");
    private static final Pattern MY_NUMBER = Pattern.compile(
            "(?<![\\w\\-])(\\d{4})([ \\-]?)(\\d{4})\\2(\\d{4})(?![\\w]|[ \\-]\\d)");
    private static final Pattern MY_NUMBER_WORD_BEFORE = Pattern.compile(
            "(?i)(?:マイナンバー|個人番号|my ?number|마이넘버|个人编号)[^\\n\\d]{0,12}$");
    private static final Pattern CARD = Pattern.compile(
            "(?<![\\w\\-])(?:\\d{4}([ \\-])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?|\\d{4}([ \\-])\\d{6}\\2\\d{4,5}"
                    + "|\\d{13,19})(?![\\w]|[ \\-]\\d)");
    private static final Pattern ID_WORD_BEFORE = Pattern.compile(
            "(?i)(?:身份证|身分證|身份證|证件|證件|居民身份|id card|identity card|resident id)[^\\n\\d]{0,8}$");
    /** Words after which a number is an order, invoice, tracking, ISBN or serial number. */
    private static final Pattern NOT_PERSONAL_BEFORE = Pattern.compile(
            "(?i)(?:订单|訂單|单号|單號|编号|編號|运单|運單|快递|快遞|流水号|交易号|发票|發票|工单|注文|伝票|問い合わせ番号"
                    + "|주문|송장|운송장|order|invoice|tracking|isbn(?:-1[03])?|issn|serial|sku|ref(?:erence)?|receipt"
                    + "|ticket|case)\\s*(?:号码|号|號碼|號|番号|번호|no\\.?|number|num|nr\\.?|id|#)?"
                    + "\\s*(?:为|為|是|は|는|:|：|#|=)?\\s*$");

    private static final List<SecretRule> SECRETS = List.of(
            new SecretRule("private_key", Pattern.compile(
                    "-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----"
                            + "(?:[\\s\\S]*?-----END \\1-----|[A-Za-z0-9+/=\\s\\\\n]*)"), 0, false),
            new SecretRule("aws_access_key_id", Pattern.compile(
                    "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[A-Z0-9]{16}(?![A-Za-z0-9])"), 0, true),
            new SecretRule("aws_secret_access_key", Pattern.compile(
                    "(?i)aws_?secret_?(?:access_?)?key[\"'\\s]*[:=][\"'\\s]*([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"), 1, true),
            new SecretRule("gcp_api_key", Pattern.compile("(?<![\\w\\-])AIza[0-9A-Za-z_\\-]{35}(?![\\w\\-])"), 0, true),
            new SecretRule("azure_account_key", Pattern.compile(
                    "(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{42,86}={0,2})"), 1, true),
            new SecretRule("github_token", Pattern.compile(
                    "(?<![\\w])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![\\w])"), 0, true),
            new SecretRule("gitlab_token", Pattern.compile("(?<![\\w\\-])glpat-[A-Za-z0-9_\\-]{20}(?![\\w\\-])"), 0, true),
            new SecretRule("slack_token", Pattern.compile("(?<![\\w\\-])xox[abprse]-[A-Za-z0-9\\-]{10,}(?![\\w\\-])"), 0, true),
            new SecretRule("openai_key", Pattern.compile(
                    "(?<![\\w\\-])sk-(?:proj-|ant-(?:api\\d{2}-)?)?[A-Za-z0-9_\\-]{20,}(?![\\w\\-])"), 0, true),
            new SecretRule("stripe_key", Pattern.compile("(?<![\\w])[sr]k_live_[A-Za-z0-9]{24,}(?![\\w])"), 0, true),
            new SecretRule("huggingface_token", Pattern.compile("(?<![\\w])hf_[A-Za-z]{34}(?![\\w])"), 0, true),
            new SecretRule("npm_token", Pattern.compile("(?<![\\w])npm_[A-Za-z0-9]{36}(?![\\w])"), 0, true));

    private record SecretRule(String kind, Pattern pattern, int group, boolean checkEntropy) {
        /** Literal strings one of which every match contains: the regex runs only when one is present. */
        List<String> hints() {
            return switch (kind) {
                case "private_key" -> List.of("PRIVATE KEY");
                case "aws_access_key_id" -> List.of("AKIA", "ASIA", "ABIA", "ACCA", "AROA", "AIDA");
                case "aws_secret_access_key" -> List.of("ecret", "ECRET");
                case "gcp_api_key" -> List.of("AIza");
                case "azure_account_key" -> List.of("AccountKey=", "SharedAccessKey=");
                case "github_token" -> List.of("gh", "github_pat_");
                case "gitlab_token" -> List.of("glpat-");
                case "slack_token" -> List.of("xox");
                case "openai_key" -> List.of("sk-");
                case "stripe_key" -> List.of("k_live_");
                case "huggingface_token" -> List.of("hf_");
                case "npm_token" -> List.of("npm_");
                default -> List.of("");
            };
        }
    }

    private final Spec spec;

    public PiiScanner(Spec spec) {
        this.spec = spec;
    }

    public Spec spec() {
        return spec;
    }

    /** Validated, non-overlapping matches in text order. */
    public List<PiiMatch> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<int[]> urls = new ArrayList<>();
        Matcher um = URL.matcher(text);
        while (um.find()) {
            urls.add(new int[] {um.start(), um.end()});
        }
        List<PiiMatch> found = new ArrayList<>();
        Regions regions = Regions.of(text);
        if (on(PiiType.SECRET)) {
            secrets(text, found);
        }
        if (on(PiiType.EMAIL)) {
            emails(text, regions, found);
        }
        if (on(PiiType.CN_ID)) {
            cnIds(text, urls, regions, found);
        }
        if (on(PiiType.KR_RRN)) {
            krRrns(text, urls, regions, found);
        }
        if (on(PiiType.PAYMENT_CARD)) {
            cards(text, urls, regions, found);
        }
        if (on(PiiType.JP_MY_NUMBER)) {
            myNumbers(text, urls, regions, found);
        }
        if (on(PiiType.PHONE)) {
            phones(text, urls, regions, found);
        }
        if (on(PiiType.IP)) {
            ips(text, urls, regions, found);
        }
        // Earlier types win; within a type, the first and then the longest candidate wins.
        java.util.TreeMap<Integer, PiiMatch> accepted = new java.util.TreeMap<>();
        for (PiiMatch m : found) {
            // Accepted matches never overlap, so the one starting last before m ends is the only candidate.
            java.util.Map.Entry<Integer, PiiMatch> before = accepted.floorEntry(m.end() - 1);
            if (before == null || !before.getValue().overlaps(m)) {
                accepted.put(m.start(), m);
            }
        }
        return List.copyOf(accepted.values());
    }

    /**
     * Where candidates can be: the regexes only run inside these regions (with transparent bounds, so
     * their look-arounds still see the text around), which keeps a page without digits or {@code @} cheap.
     */
    private record Regions(List<int[]> numeric, List<int[]> ipv4, List<int[]> ipv6, List<int[]> email) {
        static Regions of(String text) {
            List<int[]> numeric = new ArrayList<>();
            List<int[]> ipv4 = new ArrayList<>();
            List<int[]> ipv6 = new ArrayList<>();
            List<int[]> email = new ArrayList<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if ((c >= '0' && c <= '9') || c == '+' || c == '(') {
                    int start = i;
                    int digitCount = 0;
                    while (i < n && numericChar(text.charAt(i))) {
                        digitCount += Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 ? 1 : 0;
                        i++;
                    }
                    int[] region = {Math.max(0, start - 1), Math.min(n, i + 1)};
                    if (digitCount >= 7) {
                        add(numeric, region);
                    }
                    if (digitCount >= 4) {
                        add(ipv4, region);
                    }
                    if (i == start) {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            for (int k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
                int a = k;
                int b = k;
                int colons = 0;
                while (a > 0 && hexOrColon(text.charAt(a - 1))) {
                    a--;
                }
                while (b < n && hexOrColon(text.charAt(b))) {
                    colons += text.charAt(b) == ':' ? 1 : 0;
                    b++;
                }
                if (colons >= 2) {
                    add(ipv6, new int[] {Math.max(0, a - 1), Math.min(n, b + 1)});
                }
                k = Math.max(k, b - 1);
            }
            for (int k = text.indexOf('@'); k >= 0; k = text.indexOf('@', k + 1)) {
                int a = k;
                int b = k + 1;
                while (a > 0 && emailChar(text.charAt(a - 1))) {
                    a--;
                }
                while (b < n && emailChar(text.charAt(b))) {
                    b++;
                }
                add(email, new int[] {Math.max(0, a - 1), Math.min(n, b + 1)});
            }
            return new Regions(numeric, ipv4, ipv6, email);
        }

        private static void add(List<int[]> regions, int[] region) {
            if (!regions.isEmpty() && regions.get(regions.size() - 1)[1] >= region[0]) {
                int[] last = regions.get(regions.size() - 1);
                last[1] = Math.max(last[1], region[1]);
            } else {
                regions.add(region);
            }
        }

        private static boolean numericChar(char c) {
            return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == ' ' || c == '.' || c == '(' || c == ')'
                    || c == 'X' || c == 'x';
        }

        private static boolean hexOrColon(char c) {
            return c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        private static boolean emailChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '%' || c == '+' || c == '-';
        }
    }

    /** Runs {@code pattern} inside each region; look-arounds see the whole text. */
    private static void each(Pattern pattern, String text, List<int[]> regions,
            java.util.function.Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int[] region : regions) {
            m.region(region[0], region[1]);
            while (m.find()) {
                action.accept(m);
            }
        }
    }

    private boolean on(PiiType type) {
        return spec.types().contains(type);
    }

    private static boolean insideUrl(List<int[]> urls, int start, int end) {
        for (int[] u : urls) {
            if (start < u[1] && u[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(Pattern words, String text, int start) {
        int from = Math.max(0, start - 40);
        return words.matcher(text.substring(from, start)).find();
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean numericCandidate(String text, List<int[]> urls, int start, int end) {
        return !insideUrl(urls, start, end) && !after(NOT_PERSONAL_BEFORE, text, start);
    }

    // ---- secrets --------------------------------------------------------------------------------------

    private static void secrets(String text, List<PiiMatch> out) {
        for (SecretRule rule : SECRETS) {
            if (rule.hints().stream().noneMatch(text::contains)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int start = m.start(rule.group());
                int end = m.end(rule.group());
                String value = text.substring(start, end);
                if (rule.checkEntropy() && placeholder(value)) {
                    continue;
                }
                out.add(new PiiMatch(PiiType.SECRET, rule.kind(), start, end, value));
            }
        }
    }

    /** Documentation placeholders: EXAMPLE, xxxx, 0000, or too few distinct characters to be random. */
    static boolean placeholder(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        if (upper.contains("EXAMPLE") || upper.contains("XXXX") || upper.contains("0000000") || upper.contains("YOUR")
                || upper.contains("REDACTED") || upper.contains("DUMMY")) {
            return true;
        }
        String body = token.replaceFirst("^(?:gh[pousr]_|github_pat_|glpat-|xox[abprse]-|sk-(?:proj-|ant-)?|[sr]k_live_|hf_|npm_|AIza|AKIA|ASIA)", "");
        long distinct = body.chars().distinct().count();
        boolean digit = body.chars().anyMatch(Character::isDigit);
        boolean letter = body.chars().anyMatch(Character::isLetter);
        return distinct < 10 || !letter || (!digit && body.length() < 30 && !body.chars().anyMatch(Character::isUpperCase));
    }

    // ---- email ----------------------------------------------------------------------------------------

    private void emails(String text, Regions regions, List<PiiMatch> out) {
        each(EMAIL, text, regions.email(), m -> {
            String value = m.group();
            String domain = m.group(1).toLowerCase(Locale.ROOT);
            String tld = m.group(2).toLowerCase(Locale.ROOT);
            String local = value.substring(0, value.indexOf('@'));
            if (local.contains("..") || FILE_EXTENSIONS.contains(tld) || allowedDomain(domain)) {
                return;
            }
            out.add(new PiiMatch(PiiType.EMAIL, "email", m.start(), m.end(), value));
        });
    }

    private boolean allowedDomain(String domain) {
        for (String allowed : spec.allowedEmailDomains()) {
            if (domain.equals(allowed) || domain.endsWith("." + allowed)) {
                return true;
            }
        }
        return false;
    }

    // ---- identity numbers ------------------------------------------------------------------------------

    private void cnIds(String text, List<int[]> urls, Regions regions, List<PiiMatch> out) {
        each(CN_ID, text, regions.numeric(), m -> {
            String v = m.group().toUpperCase(Locale.ROOT);
            if (!numericCandidate(text, urls, m.start(), m.end()) || !CN_PROVINCES.contains(v.substring(0, 2))) {
                return;
            }
            int year = Integer.parseInt(v.substring(6, 10));
            int month = Integer.parseInt(v.substring(10, 12));
            int day = Integer.parseInt(v.substring(12, 14));
            if (Checksums.validDate(year, month, day) && Checksums.cnIdCheck(v.substring(0, 17)) == v.charAt(17)) {
                out.add(new PiiMatch(PiiType.CN_ID, "cn_resident_id", m.start(), m.end(), m.group()));
            }
        });
    }

    private void krRrns(String text, List<int[]> urls, Regions regions, List<PiiMatch> out) {
        each(KR_RRN, text, regions.numeric(), m -> {
            if (insideUrl(urls, m.start(), m.end())) {
                return;
            }
            int sex = m.group(4).charAt(0) - '0';
            int century = sex == 1 || sex == 2 || sex == 5 || sex == 6 ? 1900 : 2000;
            int year = century + Integer.parseInt(m.group(1));
            if (!Checksums.validDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) {
                return;
            }
            String d = digits(m.group());
            boolean word = after(KR_RRN_WORD_BEFORE, text, m.start());
            boolean check = Checksums.krRrnCheck(d.substring(0, 12)) == d.charAt(12) - '0';
            if ((check && !after(NOT_PERSONAL_BEFORE, text, m.start())) || word) {
                out.add(new PiiMatch(PiiType.KR_RRN, check ? "kr_rrn" : "kr_rrn_after_word", m.start(), m.end(), m.group()));
            }
        });
    }

    private void myNumbers(String text, List<int[]> urls, Regions regions, List<PiiMatch> out) {
        each(MY_NUMBER, text, regions.numeric(), m -> {
            boolean word = after(MY_NUMBER_WORD_BEFORE, text, m.start());
            if (insideUrl(urls, m.start(), m.end()) || (!word && after(NOT_PERSONAL_BEFORE, text, m.start()))) {
                return;
            }
            String d = digits(m.group());
            if (Checksums.myNumberCheck(d.substring(0, 11)) != d.charAt(11) - '0') {
                return;
            }
            if (m.group(2).isEmpty() && !word) {
                return;
            }
            out.add(new PiiMatch(PiiType.JP_MY_NUMBER, "jp_my_number", m.start(), m.end(), m.group()));
        });
    }

    private void cards(String text, List<int[]> urls, Regions regions, List<PiiMatch> out) {
        each(CARD, text, regions.numeric(), m -> {
            if (!numericCandidate(text, urls, m.start(), m.end())) {
                return;
            }
            if (after(ID_WORD_BEFORE, text, m.start())) {
                return; // an 18-digit ID with a wrong check digit can pass Luhn; after 身份证号 it is no card
            }
            String d = digits(m.group());
            String brand = cardBrand(d);
            if (brand != null && Checksums.luhn(d) && d.chars().distinct().count() > 1) {
                out.add(new PiiMatch(PiiType.PAYMENT_CARD, brand, m.start(), m.end(), m.group()));
            }
        });
    }

    /** Brand by prefix and length, or null when no brand issues such a number. */
    static String cardBrand(String d) {
        int len = d.length();
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        if (d.charAt(0) == '4' && (len == 13 || len == 16 || len == 19)) {
            return "visa";
        }
        if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && len == 16) {
            return "mastercard";
        }
        if ((p2 == 34 || p2 == 37) && len == 15) {
            return "amex";
        }
        if (p2 == 62 && len >= 16 && len <= 19) {
            return "unionpay";
        }
        if ((p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) && len >= 16 && len <= 19) {
            return "discover";
        }
        if (p4 >= 3528 && p4 <= 3589 && len >= 16 && len <= 19) {
            return "jcb";
        }
        if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && len >= 14 && len <= 19) {
            return "diners";
        }
        return null;
    }

    // ---- phones ---------------------------------------------------------------------------------------

    private void phones(String text, List<int[]> urls, Regions regions, List<PiiMatch> out) {
        List<PiiMatch> phones = new ArrayList<>();
        for (Pattern p : PHONES) {
            each(p, text, regions.numeric(), m -> addPhone(text, urls, m.start(), m.end(), phones));
        }
        each(HK_LOCAL, text, regions.numeric(), hk -> {
            if (after(PHONE_WORD_BEFORE, text, hk.start())) {
                addPhone(text, urls, hk.start(), hk.end(), phones);
            }
        });
        phones.sort(Comparator.comparingInt(PiiMatch::start).thenComparing(m -> m.start() - m.end()));
        out.addAll(phones);
    }

    private void addPhone(String text, List<int[]> urls, int start, int end, List<PiiMatch> phones) {
        String value = text.substring(start, end);
        if (!numericCandidate(text, urls, start, end) || !balancedParentheses(value)) {
            return;
        }
        String d = digits(value);
        if (d.length() < 8 || d.length() > 15 || (value.startsWith("+") && d.length() < 9)) {
            return;
        }
        if (value.startsWith("+")) {
            // E.164: a country code must leave a plausible national number.
            if (d.length() - countryCodeLength(d) < 7) {
                return;
            }
        }
        if (d.startsWith("1") && !value.startsWith("+") && d.length() == 11 && !validCnMobile(d)) {
            return;
        }
        phones.add(new PiiMatch(PiiType.PHONE, "phone", start, end, value));
    }

    private static boolean balancedParentheses(String value) {
        int open = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '(') {
                open++;
            } else if (value.charAt(i) == ')') {
                open--;
            }
        }
        return open == 0 || (open == -1 && value.indexOf(')') > 0);
    }

    private static int countryCodeLength(String d) {
        if (d.startsWith("1") || d.startsWith("7")) {
            return 1;
        }
        String two = d.substring(0, 2);
        if (Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
                "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
                "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98").contains(two)) {
            return 2;
        }
        return 3;
    }

    /** Mainland mobile prefixes (13x–19x blocks that are allocated to mobile operators). */
    private static boolean validCnMobile(String d) {
        int p3 = Integer.parseInt(d.substring(0, 3));
        return (p3 >= 130 && p3 <= 139) || (p3 >= 145 && p3 <= 149) || (p3 >= 150 && p3 <= 153)
                || (p3 >= 155 && p3 <= 159) || p3 == 162 || (p3 >= 165 && p3 <= 167) || (p3 >= 170 && p3 <= 178)
                || (p3 >= 180 && p3 <= 189) || (p3 >= 190 && p3 <= 199);
    }

    // ---- IP addresses ---------------------------------------------------------------------------------

    private void ips(String text, List<int[]> urls, Regions regions, List<PiiMatch> out) {
        each(IPV4, text, regions.ipv4(), m -> {
            if (insideUrl(urls, m.start(), m.end()) || after(VERSION_BEFORE, text, m.start())) {
                return;
            }
            String[] parts = m.group().split("\\.");
            int[] o = new int[4];
            for (int i = 0; i < 4; i++) {
                o[i] = Integer.parseInt(parts[i]);
            }
            if (publicV4(o)) {
                out.add(new PiiMatch(PiiType.IP, "ipv4", m.start(), m.end(), m.group()));
            }
        });
        each(IPV6, text, regions.ipv6(), m6 -> {
            if (insideUrl(urls, m6.start(), m6.end())) {
                return;
            }
            int[] groups = parseV6(m6.group());
            if (groups != null && publicV6(groups)) {
                out.add(new PiiMatch(PiiType.IP, "ipv6", m6.start(), m6.end(), m6.group()));
            }
        });
    }

    static boolean publicV4(int[] o) {
        int a = o[0];
        int b = o[1];
        int c = o[2];
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && b >= 64 && b <= 127)
                || (a == 169 && b == 254)
                || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 0 && (c == 0 || c == 2))
                || (a == 192 && b == 168)
                || (a == 198 && (b == 18 || b == 19))
                || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113));
    }

    /** Eight 16-bit groups, or null when {@code s} is not an IPv6 address in text form. */
    static int[] parseV6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon != s.lastIndexOf("::") || s.contains(":::")) {
            return null;
        }
        String head = doubleColon < 0 ? s : s.substring(0, doubleColon);
        String tail = doubleColon < 0 ? "" : s.substring(doubleColon + 2);
        List<Integer> left = groups(head);
        List<Integer> right = groups(tail);
        if (left == null || right == null) {
            return null;
        }
        int total = left.size() + right.size();
        if ((doubleColon < 0 && total != 8) || (doubleColon >= 0 && total > 7)) {
            return null;
        }
        int[] out = new int[8];
        for (int i = 0; i < left.size(); i++) {
            out[i] = left.get(i);
        }
        for (int i = 0; i < right.size(); i++) {
            out[8 - right.size() + i] = right.get(i);
        }
        return out;
    }

    private static List<Integer> groups(String part) {
        List<Integer> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        for (String g : part.split(":", -1)) {
            if (g.isEmpty() || g.length() > 4) {
                return null;
            }
            out.add(Integer.parseInt(g, 16));
        }
        return out;
    }

    /** Global unicast 2000::/3 except documentation 2001:db8::/32. */
    static boolean publicV6(int[] g) {
        return g[0] >= 0x2000 && g[0] <= 0x3fff && !(g[0] == 0x2001 && g[1] == 0x0db8);
    }
}
