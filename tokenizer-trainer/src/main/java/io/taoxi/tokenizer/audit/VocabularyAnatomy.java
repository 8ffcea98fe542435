package io.taoxi.tokenizer.audit;

import io.taoxi.tokenizer.audit.AuditTables.VocabRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a vocabulary is made of (an operator: pure). Every id is put in exactly one of the
 * {@code script:*} / {@code partial_utf8_fragment} / {@code added_or_special} / {@code unused_id} rows;
 * the other rows are subsets, for reading:
 *
 * <table>
 * <caption>Categories</caption>
 * <tr><td>{@code script:<label>}</td><td>decodes to whole characters; script of the first letter
 *     ({@code "Ġthe"} → Latin, {@code "的"} → Han, {@code "，"} or {@code "Ġ"} → common)</td></tr>
 * <tr><td>{@code partial_utf8_fragment}</td><td>bytes that are not well-formed UTF-8 on their own (a piece
 *     of a character: {@code "ä¸"}, {@code <0xE4>})</td></tr>
 * <tr><td>{@code partial_utf8_fragment_cjk_lead}</td><td>…of which hold the lead byte of a 3-byte sequence
 *     E3–E9 (U+3000–U+9FFF: kana, CJK, Ext A, Hangul start) or F0 A0–B3 (Ext B+)</td></tr>
 * <tr><td>{@code byte_fallback}</td><td>SentencePiece {@code <0xNN>} tokens (also counted as fragments or
 *     common)</td></tr>
 * <tr><td>{@code han_single_character} / {@code han_multi_character}</td><td>whole tokens with exactly one /
 *     two or more Han characters ({@code "中"}, {@code "Ġ中"} / {@code "中国"})</td></tr>
 * <tr><td>{@code kana_multi_character}, {@code hangul_multi_syllable}, {@code latin_multi_letter}</td>
 *     <td>whole tokens with two or more letters of that script</td></tr>
 * </table>
 */
public final class VocabularyAnatomy {
    private VocabularyAnatomy() {}

    public static List<VocabRow> of(String name, AnyTokenizer t) {
        Map<String, Long> c = new LinkedHashMap<>();
        for (Script s : Script.values()) {
            if (s != Script.CODE) {
                c.put("script:" + s.label(), 0L);
            }
        }
        for (String k : List.of("partial_utf8_fragment", "partial_utf8_fragment_cjk_lead", "added_or_special", "unused_id",
                "byte_fallback", "han_single_character", "han_multi_character", "kana_multi_character",
                "hangul_multi_syllable", "latin_multi_letter")) {
            c.put(k, 0L);
        }
        int size = t.vocabSize();
        for (int id = 0; id < size; id++) {
            byte[] b = t.tokenBytes(id);
            if (b == null) {
                c.merge(t.token(id) == null ? "unused_id" : "added_or_special", 1L, Long::sum);
                continue;
            }
            String tok = t.token(id);
            if (tok != null && tok.length() == 6 && tok.startsWith("<0x") && tok.endsWith(">") && "sentencepiece".equals(t.kind())) {
                c.merge("byte_fallback", 1L, Long::sum);
            }
            if (!TokenScripts.isWellFormed(b)) {
                c.merge("partial_utf8_fragment", 1L, Long::sum);
                if (hasCjkLead(b)) {
                    c.merge("partial_utf8_fragment_cjk_lead", 1L, Long::sum);
                }
                continue;
            }
            String s = new String(b, StandardCharsets.UTF_8);
            c.merge("script:" + ScriptRuns.firstScript(s).label(), 1L, Long::sum);
            int han = 0;
            int kana = 0;
            int hangul = 0;
            int latin = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                switch (Script.of(cp)) {
                    case HAN -> han++;
                    case KANA -> kana++;
                    case HANGUL -> hangul++;
                    case LATIN -> latin++;
                    default -> { }
                }
                i += Character.charCount(cp);
            }
            if (han == 1) {
                c.merge("han_single_character", 1L, Long::sum);
            } else if (han >= 2) {
                c.merge("han_multi_character", 1L, Long::sum);
            }
            if (kana >= 2) {
                c.merge("kana_multi_character", 1L, Long::sum);
            }
            if (hangul >= 2) {
                c.merge("hangul_multi_syllable", 1L, Long::sum);
            }
            if (latin >= 2) {
                c.merge("latin_multi_letter", 1L, Long::sum);
            }
        }
        List<VocabRow> rows = new ArrayList<>();
        c.forEach((k, v) -> rows.add(new VocabRow(name, k, v, size)));
        return rows;
    }

    static boolean hasCjkLead(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xFF;
            if (x >= 0xE3 && x <= 0xE9) {
                return true;
            }
            if (x == 0xF0 && i + 1 < b.length && (b[i + 1] & 0xFF) >= 0xA0 && (b[i + 1] & 0xFF) <= 0xB3) {
                return true;
            }
        }
        return false;
    }
}
