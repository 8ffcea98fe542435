package io.taoxi.filters.dedup;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Infrastructure: a seeded generator of labelled near-duplicate pairs and of dedup corpora, for the
 * benchmark ({@code NearDupBenchmarkTest}, {@code bench/dedup.sh}) and the Spark tests. The same seed
 * gives the same documents on every JVM. Not thread-safe (it holds ICU transliterators).
 *
 * <p>A document is a plan (optional header line, 3–5 paragraphs of 3–5 sentences, 0–2 footer lines) over
 * {@link NearDupLexicon}, rendered in zh-Hans, zh-Hant (zh-Hans through ICU {@code Simplified-Traditional}),
 * ja, ko or en. Pairs per {@link Edit}:
 * <ul>
 *   <li>duplicates: one sentence inserted; one deleted; header and footer lines replaced by others;
 *       zh-Hans ↔ zh-Hant; full-width ↔ half-width (ICU {@code Halfwidth-Fullwidth}, for ja
 *       {@code Fullwidth-Halfwidth}, which makes katakana half-width); paragraphs in another order;</li>
 *   <li>hard negatives: the same template (same header and footers, same paragraph shape, every sentence
 *       keeps its time and subject but gets another place, action and follow-up); the same plan in
 *       another language (a translation; zh-Hans and zh-Hant do not count as two languages).</li>
 * </ul>
 * Known weakness: sentences come from a phrase bank, so across a large corpus the same sentence recurs
 * (about once per 46 000 sentences per language); real text repeats less and paraphrases more.
 */
public final class NearDupGenerator {
    /** Kinds of pair; {@link #duplicate()} is the label. */
    public enum Edit {
        SENTENCE_INSERT(true), SENTENCE_DELETE(true), BOILERPLATE_SWAP(true), TRAD_SIMP(true), WIDTH(true),
        PARAGRAPH_REORDER(true), TEMPLATE_NEGATIVE(false), TRANSLATION_NEGATIVE(false);

        private final boolean duplicate;

        Edit(boolean duplicate) {
            this.duplicate = duplicate;
        }

        public boolean duplicate() {
            return duplicate;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "ja", "ko", "en");

    /** A generated document. */
    public record Doc(String id, String lang, String text) {
    }

    /** A labelled pair. */
    public record Pair(Edit edit, Doc a, Doc b) {
        public boolean duplicate() {
            return edit.duplicate();
        }
    }

    /** A corpus document with its ground truth: documents of one {@code family} are duplicates. */
    public record CorpusDoc(String id, String lang, String text, String family, String edit) {
    }

    private record Sentence(int subject, int time, int place, int action, int follow) {
    }

    private record Plan(int header, List<List<Sentence>> paragraphs, List<Integer> footers) {
    }

    private final long seed;
    private final Random random;
    private final Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
    private final Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    private final Transliterator toFull = Transliterator.getInstance("Halfwidth-Fullwidth");
    private final Transliterator toHalf = Transliterator.getInstance("Fullwidth-Halfwidth");
    private long counter;

    public NearDupGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** {@code perLanguage} pairs of every edit type for every language it applies to. */
    public List<Pair> pairs(int perLanguage) {
        List<Pair> out = new ArrayList<>();
        for (Edit edit : Edit.values()) {
            for (String lang : LANGUAGES) {
                if (edit == Edit.TRAD_SIMP && !lang.startsWith("zh")) {
                    continue;
                }
                for (int i = 0; i < perLanguage; i++) {
                    out.add(pair(edit, lang));
                }
            }
        }
        return out;
    }

    public Pair pair(Edit edit, String lang) {
        Plan plan = plan(edit == Edit.BOILERPLATE_SWAP || edit == Edit.TEMPLATE_NEGATIVE);
        Doc a = doc(lang, render(plan, lang));
        return new Pair(edit, a, edited(edit, plan, lang, a.text()));
    }

    private Doc edited(Edit edit, Plan plan, String lang, String text) {
        return switch (edit) {
            case SENTENCE_INSERT -> doc(lang, render(insertSentence(plan), lang));
            case SENTENCE_DELETE -> doc(lang, render(deleteSentence(plan), lang));
            case BOILERPLATE_SWAP -> doc(lang, render(swapBoilerplate(plan), lang));
            case TRAD_SIMP -> lang.equals("zh-Hans") ? doc("zh-Hant", s2t.transliterate(text))
                    : doc("zh-Hans", t2s.transliterate(text));
            case WIDTH -> doc(lang, lang.equals("ja") ? toHalf.transliterate(text) : toFull.transliterate(text));
            case PARAGRAPH_REORDER -> doc(lang, render(reorder(plan), lang));
            case TEMPLATE_NEGATIVE -> doc(lang, render(sameTemplate(plan), lang));
            case TRANSLATION_NEGATIVE -> {
                String other;
                do {
                    other = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
                } while (other.substring(0, 2).equals(lang.substring(0, 2)));
                yield doc(other, render(plan, other));
            }
        };
    }

    /**
     * {@code size} documents: about 60% unique, the rest in families of 2–4 (an original and edited
     * copies, edits drawn from the duplicate kinds plus exact copies). Languages are drawn evenly.
     */
    public List<CorpusDoc> corpus(int size) {
        List<CorpusDoc> out = new ArrayList<>(size);
        Edit[] dupEdits = {Edit.SENTENCE_INSERT, Edit.SENTENCE_DELETE, Edit.BOILERPLATE_SWAP, Edit.WIDTH,
            Edit.PARAGRAPH_REORDER, Edit.TRAD_SIMP};
        while (out.size() < size) {
            String lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            Plan plan = plan(false);
            Doc original = doc(lang, render(plan, lang));
            String family = original.id();
            out.add(new CorpusDoc(original.id(), lang, original.text(), family, "original"));
            if (random.nextDouble() < 0.6) {
                continue;
            }
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies && out.size() < size; c++) {
                Edit e = dupEdits[random.nextInt(dupEdits.length)];
                if (e == Edit.TRAD_SIMP && !lang.startsWith("zh")) {
                    e = Edit.WIDTH;
                }
                if (random.nextInt(7) == 0) {
                    Doc copy = doc(lang, original.text());
                    out.add(new CorpusDoc(copy.id(), lang, copy.text(), family, "exact_copy"));
                } else {
                    Doc d = edited(e, plan, lang, original.text());
                    out.add(new CorpusDoc(d.id(), d.lang(), d.text(), family, e.label()));
                }
            }
        }
        return out;
    }

    private Doc doc(String lang, String text) {
        return new Doc(Hash64.sha256Hex128("neardup:" + seed + ":" + counter++), lang, text);
    }

    private Plan plan(boolean boilerplate) {
        int header = boilerplate || random.nextInt(10) < 7 ? random.nextInt(NearDupLexicon.BOILERPLATE.length) : -1;
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int count = 3 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            List<Sentence> sentences = new ArrayList<>();
            int n = 3 + random.nextInt(3);
            for (int s = 0; s < n; s++) {
                sentences.add(sentence());
            }
            paragraphs.add(sentences);
        }
        List<Integer> footers = new ArrayList<>();
        int nf = boilerplate ? 1 + random.nextInt(2) : random.nextInt(3);
        for (int f = 0; f < nf; f++) {
            footers.add(random.nextInt(NearDupLexicon.BOILERPLATE.length));
        }
        return new Plan(header, paragraphs, footers);
    }

    private Sentence sentence() {
        return new Sentence(random.nextInt(NearDupLexicon.SUBJECTS.length), random.nextInt(NearDupLexicon.TIMES.length),
                random.nextInt(NearDupLexicon.PLACES.length), random.nextInt(NearDupLexicon.ACTIONS.length),
                random.nextInt(3) == 0 ? -1 : random.nextInt(NearDupLexicon.FOLLOW_UPS.length));
    }

    private List<List<Sentence>> copy(Plan plan) {
        List<List<Sentence>> out = new ArrayList<>();
        for (List<Sentence> p : plan.paragraphs()) {
            out.add(new ArrayList<>(p));
        }
        return out;
    }

    private Plan insertSentence(Plan plan) {
        List<List<Sentence>> ps = copy(plan);
        List<Sentence> p = ps.get(random.nextInt(ps.size()));
        p.add(random.nextInt(p.size() + 1), sentence());
        return new Plan(plan.header(), ps, plan.footers());
    }

    private Plan deleteSentence(Plan plan) {
        List<List<Sentence>> ps = copy(plan);
        List<Sentence> p = ps.get(random.nextInt(ps.size()));
        p.remove(random.nextInt(p.size()));
        return new Plan(plan.header(), ps, plan.footers());
    }

    private Plan swapBoilerplate(Plan plan) {
        int n = NearDupLexicon.BOILERPLATE.length;
        int header = (plan.header() + 1 + random.nextInt(n - 1)) % n;
        List<Integer> footers = new ArrayList<>();
        for (int f : plan.footers()) {
            footers.add((f + 1 + random.nextInt(n - 1)) % n);
        }
        return new Plan(header, copy(plan), footers);
    }

    private Plan reorder(Plan plan) {
        List<List<Sentence>> ps = copy(plan);
        List<List<Sentence>> original = copy(plan);
        do {
            Collections.shuffle(ps, random);
        } while (ps.equals(original));
        return new Plan(plan.header(), ps, plan.footers());
    }

    private Plan sameTemplate(Plan plan) {
        List<List<Sentence>> ps = new ArrayList<>();
        for (List<Sentence> p : plan.paragraphs()) {
            List<Sentence> q = new ArrayList<>();
            for (Sentence s : p) {
                Sentence fresh = sentence();
                int action = fresh.action() == s.action() ? (s.action() + 1) % NearDupLexicon.ACTIONS.length
                        : fresh.action();
                q.add(new Sentence(s.subject(), s.time(), fresh.place(), action, fresh.follow()));
            }
            ps.add(q);
        }
        return new Plan(plan.header(), ps, plan.footers());
    }

    private String render(Plan plan, String lang) {
        int l = switch (lang) {
            case "zh-Hans", "zh-Hant" -> 0;
            case "ja" -> 1;
            case "ko" -> 2;
            case "en" -> 3;
            default -> throw new IllegalArgumentException("no such language: " + lang);
        };
        List<String> lines = new ArrayList<>();
        if (plan.header() >= 0) {
            lines.add(NearDupLexicon.BOILERPLATE[plan.header()][l]);
        }
        for (List<Sentence> p : plan.paragraphs()) {
            StringBuilder b = new StringBuilder();
            for (Sentence s : p) {
                if (b.length() > 0 && l >= 2) {
                    b.append(' ');
                }
                b.append(sentence(s, l));
            }
            lines.add(b.toString());
        }
        for (int f : plan.footers()) {
            lines.add(NearDupLexicon.BOILERPLATE[f][l]);
        }
        String text = String.join("\n", lines);
        return lang.equals("zh-Hant") ? s2t.transliterate(text) : text;
    }

    private static String sentence(Sentence s, int l) {
        String subject = NearDupLexicon.SUBJECTS[s.subject()][l];
        String time = NearDupLexicon.TIMES[s.time()][l];
        String place = NearDupLexicon.PLACES[s.place()][l];
        String action = NearDupLexicon.ACTIONS[s.action()][l];
        String follow = s.follow() < 0 ? null : NearDupLexicon.FOLLOW_UPS[s.follow()][l];
        return switch (l) {
            case 0 -> time + "，" + subject + "在" + place + action + "。" + (follow == null ? "" : follow + "。");
            case 1 -> time + "、" + subject + "は" + place + "で" + action + "。" + (follow == null ? "" : follow + "。");
            case 2 -> time + " " + subject + " " + place + "에서 " + action + "." + (follow == null ? "" : " " + follow + ".");
            default -> Character.toUpperCase(time.charAt(0)) + time.substring(1) + ", " + subject + " " + action + " "
                    + place + "." + (follow == null ? "" : " " + follow + ".");
        };
    }
}
