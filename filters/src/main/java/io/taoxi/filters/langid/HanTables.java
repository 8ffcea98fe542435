package io.taoxi.filters.langid;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable character tables for the Han decisions, built once per JVM.
 *
 * <p>Simplified-only and traditional-only sets come from ICU4J's transliterators run over every code point of
 * CJK Unified Ideographs (U+4E00–U+9FFF) and extension A (U+3400–U+4DBF): a character is traditional-only when
 * {@code Traditional-Simplified} changes it, simplified-only when {@code Simplified-Traditional} changes it (about
 * 3,070 and 2,610 characters with icu4j 78.3). Characters both standards use in their own right are then removed
 * from these sets by {@code han-tables.txt} ({@code simplified_also_traditional}: 后 干 朴 舍 着 杰 …;
 * {@code traditional_also_simplified}: 著 乾 藉 …). The Japanese, Chinese-function and Cantonese tables are written
 * for Taoxi in the same file.
 */
final class HanTables {
    static final int FIRST = 0x3400;
    static final int LAST = 0x9FFF;

    final BitSet simplifiedOnly = new BitSet();
    final BitSet traditionalOnly = new BitSet();
    final BitSet japaneseOnly = new BitSet();
    final Map<Integer, Double> chineseFunction = new HashMap<>();
    final Map<Integer, Double> cantonese = new HashMap<>();
    final List<String> japaneseWords;
    final List<String> cantoneseWords;

    private static final class Holder {
        static final HanTables INSTANCE = new HanTables();
    }

    static HanTables get() {
        return Holder.INSTANCE;
    }

    private HanTables() {
        Map<String, String> raw = read("han-tables.txt");
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
        for (int cp = FIRST; cp <= LAST; cp++) {
            if (cp > 0x4DBF && cp < 0x4E00) {
                continue;
            }
            String s = String.valueOf((char) cp);
            boolean trad = !t2s.transliterate(s).equals(s);
            boolean simp = !s2t.transliterate(s).equals(s);
            if (trad && !simp) {
                traditionalOnly.set(cp);
            } else if (simp && !trad) {
                simplifiedOnly.set(cp);
            }
        }
        raw.get("simplified_also_traditional").codePoints().forEach(simplifiedOnly::clear);
        raw.get("traditional_also_simplified").codePoints().forEach(traditionalOnly::clear);
        raw.get("japanese_only").codePoints().forEach(japaneseOnly::set);
        raw.get("chinese_function").codePoints().forEach(cp -> chineseFunction.put(cp, 1.0));
        raw.get("chinese_function_weak").codePoints().forEach(cp -> chineseFunction.put(cp, 0.5));
        raw.get("cantonese").codePoints().forEach(cp -> cantonese.put(cp, 1.0));
        raw.get("cantonese_weak").codePoints().forEach(cp -> cantonese.put(cp, 0.5));
        japaneseWords = List.of(raw.get("japanese_words").split(" "));
        cantoneseWords = List.of(raw.get("cantonese_words").split(" "));
    }

    static Map<String, String> read(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = HanTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/taoxi/filters/langid/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading io/taoxi/filters/langid/" + resource, e);
        }
        return out;
    }
}
