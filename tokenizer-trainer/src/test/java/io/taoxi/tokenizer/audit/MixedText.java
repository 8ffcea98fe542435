package io.taoxi.tokenizer.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generator of multilingual test strings (every script, spaces, byte-fallback material, code). */
final class MixedText {
    private static final String[] PIECES = {
        "我们今天去北京大学", "中华人民共和国", "語言模型的訓練資料", "東京都に住んでいます", "カタカナ", "ひらがな", "한국어 문장입니다",
        "서울특별시", "The quick brown fox", " jumps over", "don't", "naïve café", "Straße", "Привет, мир", "Ελληνικά",
        "العربية لغة", "עברית", "हिन्दी भाषा", "ภาษาไทยง่าย", "ქართული", "Tiếng Việt có dấu", "𠀀𠀁𪚥", "😀👍🏽🇨🇳",
        "e\u0301", "\u00A0", "\u3000", "\t", "\n", "\r\n", "  ", "   ", "▁", "▁▁x", "<s>", "</s>", "<unk>", "<bos>",
        "for (int i = 0; i < n; i++) { sum += a[i]; }", "def f(x):\n    return x ** 2", "0x7FFF", "3.14159",
        "１２３", "①②", "ﬁ", "Ⅻ", "\u200B", "\uFEFF", "\u0000", "\u007F", "\u2028", "🀄", "ǅ", "ſt",
    };

    private MixedText() {}

    static List<String> documents(long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(r.nextInt(8) == 0 ? 120 : 20);
            if (r.nextInt(5) == 0) {
                b.append(r.nextBoolean() ? " " : "  ");
            }
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(10);
                if (k < 6) {
                    b.append(PIECES[r.nextInt(PIECES.length)]);
                } else if (k < 8) {
                    b.append(' ');
                } else if (k < 9) {
                    int cp = r.nextInt(4) == 0 ? 0x20000 + r.nextInt(0xA6D0) : 0x4E00 + r.nextInt(0x5200);
                    b.appendCodePoint(cp);
                } else {
                    int cp;
                    do {
                        cp = r.nextInt(0x30000);
                    } while (cp >= 0xD800 && cp <= 0xDFFF);
                    b.appendCodePoint(cp);
                }
            }
            docs.add(b.toString());
        }
        return docs;
    }
}
