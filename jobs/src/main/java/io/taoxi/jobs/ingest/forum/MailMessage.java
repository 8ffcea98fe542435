package io.taoxi.jobs.ingest.forum;

import io.taoxi.filters.charset.DecodedText;
import io.taoxi.filters.charset.TextDecoder;
import io.taoxi.filters.forum.PostHtml;
import io.taoxi.jobs.ingest.dataset.DatasetRows;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infrastructure: one RFC 5322 message as headers and readable text, without a mail library. Handles header
 * folding, RFC 2047 encoded words ({@code =?GB2312?B?…?=}, {@code =?ISO-2022-JP?B?…?=}, Q encoding, adjacent
 * words joined), raw 8-bit headers (UTF-8, else detected), MIME multipart (nested, at most
 * {@value #MAX_DEPTH} levels and {@value #MAX_PARTS} parts): {@code multipart/alternative} prefers
 * {@code text/plain} over {@code text/html}; other multiparts join their inline text parts; attachments,
 * non-text parts and attached messages are skipped. Bodies: base64, quoted-printable, 7bit/8bit; charsets
 * through {@link TextDecoder} (GB2312 → GB18030, Big5 → Big5-HKSCS, ISO-2022-JP, EUC-KR → windows-949; an
 * undeclared charset is detected); {@code format=flowed} is unwrapped. Never throws for bad input.
 */
final class MailMessage {
    static final int MAX_DEPTH = 8;
    static final int MAX_PARTS = 200;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ADDRESS = Pattern.compile("<?([^<>\\s\"]+@[^<>\\s\"]+)>?");

    private MailMessage() {
    }

    /** Headers (lower-case names, values unfolded and decoded) and where the body starts. */
    record Headers(Map<String, List<String>> values, int bodyStart) {
        String first(String name) {
            List<String> v = values.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /** The text of a message and how its first text part was decoded. */
    record Body(String text, String charset, String charsetSource, double mojibakeRatio) {
    }

    /** Parses the header block of {@code raw[from..to)}. */
    static Headers headers(byte[] raw, int from, int to) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        int i = from;
        String name = null;
        StringBuilder value = null;
        while (i < to) {
            int end = i;
            while (end < to && raw[end] != '\n') {
                end++;
            }
            int lineEnd = end > i && raw[end - 1] == '\r' ? end - 1 : end;
            int next = end < to ? end + 1 : end;
            if (lineEnd == i) { // blank line: the body starts
                i = next;
                break;
            }
            String line = headerText(raw, i, lineEnd);
            if ((raw[i] == ' ' || raw[i] == '\t') && value != null) {
                value.append(line); // folding: the line break goes, the white space stays
            } else {
                if (name != null) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(decodeWords(value.toString().strip()));
                }
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().matches("[!-9;-~]+")) {
                    name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    value = new StringBuilder(line.substring(colon + 1));
                } else {
                    name = null; // a line that is not a header (mbox From_ lines are removed before)
                    value = null;
                }
            }
            i = next;
        }
        if (name != null) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(decodeWords(value.toString().strip()));
        }
        return new Headers(values, Math.min(i, to));
    }

    private static String headerText(byte[] raw, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            if (raw[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(raw, from, to - from, StandardCharsets.ISO_8859_1);
        }
        byte[] bytes = java.util.Arrays.copyOfRange(raw, from, to);
        String utf8 = DatasetRows.utf8OrNull(DatasetRows.strictUtf8(), bytes, bytes.length);
        return utf8 != null ? utf8 : TextDecoder.decode(bytes, null, false).text();
    }

    /** RFC 2047: {@code =?charset?B|Q?text?=} words decoded; white space between two words removed. */
    static String decodeWords(String value) {
        if (value.indexOf("=?") < 0) {
            return value;
        }
        String joined = BETWEEN_WORDS.matcher(value).replaceAll("$1$2");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder out = new StringBuilder();
        int last = 0;
        // adjacent words of one charset are decoded together (a multi-byte character may be split between them)
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String charset = m.group(1).replaceFirst("\\*.*$", "");
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3).getBytes(StandardCharsets.US_ASCII))
                    : qWord(m.group(3));
            boolean adjacent = m.start() == last && pendingCharset != null;
            if (!adjacent || !pendingCharset.equalsIgnoreCase(charset)) {
                flushWords(out, pendingCharset, pending);
                out.append(joined, last, m.start());
            }
            pendingCharset = charset;
            pending.write(bytes, 0, bytes.length);
            last = m.end();
        }
        flushWords(out, pendingCharset, pending);
        out.append(joined.substring(last));
        return out.toString();
    }

    private static void flushWords(StringBuilder out, String charset, ByteArrayOutputStream pending) {
        if (charset != null && pending.size() > 0) {
            out.append(decodeText(pending.toByteArray(), charset).text());
        }
        pending.reset();
    }

    private static byte[] qWord(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && hex(s, i + 1) >= 0) {
                out.write(hex(s, i + 1));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(at), 16);
        int lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    static DecodedText decodeText(byte[] bytes, String charset) {
        return TextDecoder.decode(bytes, charset == null ? null : "text/plain; charset=" + charset, false);
    }

    /** The message ids in a header value ({@code <a@b> <c@d>}), in order. */
    static List<String> messageIds(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = MESSAGE_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** The mail address of a From value, lower case; null when there is none. */
    static String address(String from) {
        if (from == null) {
            return null;
        }
        Matcher m = ADDRESS.matcher(from);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? null : last.toLowerCase(Locale.ROOT);
    }

    /** RFC 5322 date ({@code Mon, 3 Mar 2025 10:00:00 +0800}, comments removed); null when unreadable. */
    static Instant date(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\([^)]*\\)", "").strip().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse("Mon, " + v.replaceFirst("^[A-Za-z]{3},\\s*", ""),
                        DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(java.time.format.ResolverStyle.LENIENT))
                        .toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** The readable text of a whole message (headers and body in {@code raw}). */
    static Body body(byte[] raw) {
        Headers h = headers(raw, 0, raw.length);
        List<Body> parts = new ArrayList<>();
        int[] budget = {MAX_PARTS};
        collect(h, raw, h.bodyStart(), raw.length, 0, parts, budget);
        if (parts.isEmpty()) {
            return new Body("", "UTF-8", "default", 0.0);
        }
        StringBuilder text = new StringBuilder();
        for (Body p : parts) {
            if (!p.text().isBlank()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(p.text().strip());
            }
        }
        Body first = parts.get(0);
        return new Body(text.toString(), first.charset(), first.charsetSource(), first.mojibakeRatio());
    }

    private static void collect(Headers h, byte[] raw, int from, int to, int depth, List<Body> out, int[] budget) {
        if (budget[0]-- <= 0) {
            return;
        }
        String contentType = h.first("content-type");
        String type = contentType == null ? "text/plain"
                : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String disposition = h.first("content-disposition");
        boolean attachment = disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
        if (type.startsWith("multipart/")) {
            String boundary = parameter(contentType, "boundary");
            if (boundary == null || depth >= MAX_DEPTH) {
                return;
            }
            List<int[]> parts = split(raw, from, to, boundary);
            if (type.equals("multipart/alternative")) {
                Body best = null;
                int bestRank = Integer.MAX_VALUE;
                for (int[] p : parts) {
                    Headers ph = headers(raw, p[0], p[1]);
                    List<Body> found = new ArrayList<>();
                    collect(ph, raw, ph.bodyStart(), p[1], depth + 1, found, budget);
                    String pt = ph.first("content-type");
                    int rank = pt == null || pt.toLowerCase(Locale.ROOT).startsWith("text/plain") ? 0 : 1;
                    if (!found.isEmpty() && !found.get(0).text().isBlank() && rank < bestRank) {
                        best = found.get(0);
                        bestRank = rank;
                    }
                }
                if (best != null) {
                    out.add(best);
                }
                return;
            }
            for (int[] p : parts) {
                Headers ph = headers(raw, p[0], p[1]);
                collect(ph, raw, ph.bodyStart(), p[1], depth + 1, out, budget);
            }
            return;
        }
        if (attachment || !(type.equals("text/plain") || type.equals("text/html"))) {
            return;
        }
        byte[] bytes = transferDecode(h.first("content-transfer-encoding"), raw, from, to);
        DecodedText decoded = decodeText(bytes, parameter(contentType, "charset"));
        String text = decoded.text();
        if (type.equals("text/html")) {
            text = PostHtml.toText(text);
        } else if ("flowed".equalsIgnoreCase(parameter(contentType, "format"))) {
            text = unflow(text, "yes".equalsIgnoreCase(parameter(contentType, "delsp")));
        }
        out.add(new Body(text, decoded.charset(), decoded.charsetSource(), decoded.mojibakeRatio()));
    }

    /** The byte ranges of the parts between {@code --boundary} lines. */
    static List<int[]> split(byte[] raw, int from, int to, String boundary) {
        byte[] marker = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<int[]> parts = new ArrayList<>();
        int partStart = -1;
        int i = from;
        while (i < to) {
            int end = i;
            while (end < to && raw[end] != '\n') {
                end++;
            }
            int next = end < to ? end + 1 : end;
            if (startsWith(raw, i, end, marker) && onlyDashesOrSpace(raw, i + marker.length, end)) {
                int after = i + marker.length;
                boolean close = after + 1 < end && raw[after] == '-' && raw[after + 1] == '-';
                if (partStart >= 0) {
                    int partEnd = i;
                    if (partEnd > partStart && raw[partEnd - 1] == '\n') {
                        partEnd--;
                    }
                    if (partEnd > partStart && raw[partEnd - 1] == '\r') {
                        partEnd--;
                    }
                    parts.add(new int[] {partStart, Math.max(partStart, partEnd)});
                }
                if (close || parts.size() >= MAX_PARTS) {
                    return parts;
                }
                partStart = next;
            }
            i = next;
        }
        if (partStart >= 0 && partStart < to) {
            parts.add(new int[] {partStart, to}); // no closing boundary: the rest is the last part
        }
        return parts;
    }

    private static boolean onlyDashesOrSpace(byte[] raw, int from, int end) {
        int i = from;
        if (i + 1 < end && raw[i] == '-' && raw[i + 1] == '-') {
            i += 2;
        }
        for (; i < end; i++) {
            if (raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] raw, int from, int end, byte[] marker) {
        if (end - from < marker.length) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            if (raw[from + k] != marker[k]) {
                return false;
            }
        }
        return true;
    }

    /** A parameter of a structured header ({@code charset="gb2312"}), or null. */
    static String parameter(String header, String name) {
        if (header == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").matcher(header);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    static byte[] transferDecode(String encoding, byte[] raw, int from, int to) {
        String e = encoding == null ? "7bit" : encoding.strip().toLowerCase(Locale.ROOT);
        if (e.equals("base64")) {
            return base64(java.util.Arrays.copyOfRange(raw, from, to));
        }
        if (e.equals("quoted-printable")) {
            return quotedPrintable(raw, from, to);
        }
        return java.util.Arrays.copyOfRange(raw, from, to);
    }

    private static byte[] base64(byte[] encoded) {
        ByteArrayOutputStream clean = new ByteArrayOutputStream(encoded.length);
        for (byte b : encoded) {
            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/') {
                clean.write(b);
            }
        }
        byte[] c = clean.toByteArray();
        int usable = c.length - c.length % 4;
        int rest = c.length % 4;
        byte[] body = java.util.Arrays.copyOf(c, usable + (rest >= 2 ? rest : 0));
        try {
            return Base64.getDecoder().decode(pad(body));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] pad(byte[] b) {
        int rest = b.length % 4;
        if (rest == 0) {
            return b;
        }
        byte[] p = java.util.Arrays.copyOf(b, b.length + 4 - rest);
        for (int i = b.length; i < p.length; i++) {
            p[i] = '=';
        }
        return p;
    }

    private static byte[] quotedPrintable(byte[] raw, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '=') {
                if (i + 1 < to && raw[i + 1] == '\n') {
                    i++;
                    continue;
                }
                if (i + 2 < to && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                    i += 2;
                    continue;
                }
                if (i + 2 < to) {
                    int hi = Character.digit(raw[i + 1], 16);
                    int lo = Character.digit(raw[i + 2], 16);
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 2;
                        continue;
                    }
                }
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** RFC 3676: a line ending in a space continues on the next line (except the signature line). */
    static String unflow(String text, boolean delSp) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean soft = line.endsWith(" ") && !line.equals("-- ") && i + 1 < lines.length;
            if (soft) {
                b.append(delSp ? line.substring(0, line.length() - 1) : line);
            } else {
                b.append(line);
                if (i + 1 < lines.length) {
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
