package io.taoxi.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of hostile multilingual documents for tokenizer equivalence tests and benchmarks:
 * every script, NFC-sensitive sequences, emoji with ZWJ/skin tones/flags/keycaps, control characters,
 * long digit runs, code, whitespace runs (incl. CR LF, tabs and Unicode spaces), contractions, added-token
 * literals, random code points from every plane, and (optionally) unpaired surrogates.
 */
final class MultilingualText {
    private static final String[] WORDS = {
        "的", "我们", "中华人民共和国", "在", "北京大学", "了", "人工智能", "模型", "数据", "语料", "清洗", "訓練", "語言",
        "東京", "ひらがな", "カタカナ", "です", "ます", "日本語のテキスト", "한국어", "서울특별시", "안녕하세요",
        "hello", "world", "The", "don't", "I'M", "they'RE", "we've", "you'll", "she'd", "it's", "'s", "O'Neil",
        "naïve", "café", "Straße", "ÆØÅ", "ĳ", "ǅ", "Привет", "мир", "Ελληνικά", "עברית", "العربية", "फ़ारसी",
        "हिन्दी", "ภาษาไทย", "ትግርኛ", "ქართული", "Հայերեն", "ᠮᠣᠩᠭᠣᠯ", "ꦗꦮ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠀀𠀁", "𪚥",
        "ſt", "'ſ", "Ⅻ", "²³", "①②", "٣٤٥", "१२३", "１２３", "〇", "½", "e\u0301", "A\u030A", "\u1100\u1161\u11A8",
        "한\u0301", "Å", "Ω", "ﬁ", "é", "\uFB2C", "क़",
    };
    private static final String[] EMOJI = {
        "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇨🇳", "🇯🇵", "1️⃣", "#️⃣", "❤️", "🧑🏿‍💻", "🫠", "©", "™", "☃", "🀄",
    };
    private static final String[] PUNCT = {
        "，", "。", "！", "？", "、", "；", "：", "“", "”", "‘", "’", "（", "）", "《", "》", "【", "】", "…", "——",
        ",", ".", "!", "?", ";", ":", "'", "\"", "(", ")", "[", "]", "{", "}", "<", ">", "/", "\\", "-", "_",
        "=", "+", "*", "&", "^", "%", "$", "#", "@", "~", "`", "|", "...", "--", "->", "=>", "::", "«", "»",
        "¿", "¡", "§", "°", "·", "•", "※", "〜", "～",
    };
    private static final String[] SPACES = {
        " ", " ", " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", "\r", " \n", "\n ", "\u3000", "\u00A0", "\u2003",
        "\u200B", "\uFEFF", "\u0085", "\u2028", "\u202F", "\u000B", "\u000C", " \t ", "    ", "\n\n\n", " \r\n\t",
    };
    private static final String[] CODE = {
        "for (int i = 0; i < n; i++) {\n    sum += a[i];\n}\n", "def f(x):\n\treturn x ** 2  # square\n",
        "if (a != b && c >= d) return;", "SELECT * FROM t WHERE id = 42;", "<div class=\"x\">&amp;</div>",
        "https://example.com/path?q=1&r=2", "user@example.org", "0x7FFF_FFFF", "3.14159e-10", "#include <stdio.h>",
        "{\"key\": [1, 2, 3], \"v\": null}", "a<|im_start|>b", "<|endoftext|>", "<think>", "</think>",
        "<|im_end|>\n", "<|begin_of_text|>",
    };

    private MultilingualText() {}

    /** Documents totalling about {@code chars} UTF-16 units. */
    static List<String> documents(long seed, long chars, boolean unpairedSurrogates) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> docs = new ArrayList<>();
        long total = 0;
        while (total < chars) {
            String d = document(r, 20 + r.nextInt(r.nextInt(10) == 0 ? 8000 : 1500), unpairedSurrogates);
            docs.add(d);
            total += d.length();
        }
        return docs;
    }

    static String document(SplittableRandom r, int targetChars, boolean unpairedSurrogates) {
        StringBuilder b = new StringBuilder(targetChars + 64);
        boolean cjkHeavy = r.nextInt(3) > 0;
        while (b.length() < targetChars) {
            int k = r.nextInt(100);
            if (cjkHeavy && k < 45) {
                int n = 1 + r.nextInt(30);
                for (int i = 0; i < n; i++) {
                    b.appendCodePoint(r.nextInt(20) == 0 ? 0x3400 + r.nextInt(0x19C0) : 0x4E00 + r.nextInt(0x5200));
                }
            } else if (k < 60) {
                b.append(WORDS[r.nextInt(WORDS.length)]);
            } else if (k < 70) {
                b.append(PUNCT[r.nextInt(PUNCT.length)]);
            } else if (k < 80) {
                b.append(SPACES[r.nextInt(SPACES.length)]);
            } else if (k < 84) {
                int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 200 : 12);
                for (int i = 0; i < n; i++) {
                    b.append((char) ('0' + r.nextInt(10)));
                }
            } else if (k < 88) {
                b.append(EMOJI[r.nextInt(EMOJI.length)]);
            } else if (k < 91) {
                b.append(CODE[r.nextInt(CODE.length)]);
            } else if (k < 93) {
                b.append((char) (r.nextBoolean() ? r.nextInt(0x20) : 0x7F + r.nextInt(0x21)));
            } else if (k < 96) {
                b.appendCodePoint(randomCodePoint(r));
            } else if (k < 97) {
                // long runs of one class
                String unit = new String[] {" ", "=", "-", "\n", "啊", "a", "9", "😀", "\t"}[r.nextInt(9)];
                b.append(unit.repeat(1 + r.nextInt(300)));
            } else if (k < 99) {
                b.append("Hello, world! ").append("It's 2024-11-30 at 09:15.");
            } else if (unpairedSurrogates) {
                b.append(r.nextBoolean() ? (char) (0xD800 + r.nextInt(0x400)) : (char) (0xDC00 + r.nextInt(0x400)));
            } else {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** Any code point except surrogates, weighted towards the planes that have characters. */
    static int randomCodePoint(SplittableRandom r) {
        while (true) {
            int plane = r.nextInt(10);
            int cp = plane < 6 ? r.nextInt(0x10000)
                    : plane < 8 ? 0x10000 + r.nextInt(0x10000)
                    : plane < 9 ? 0x20000 + r.nextInt(0x20000)
                    : r.nextInt(0x110000);
            if (cp < 0xD800 || cp > 0xDFFF) {
                return cp;
            }
        }
    }
}
