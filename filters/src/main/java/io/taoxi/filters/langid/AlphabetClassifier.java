package io.taoxi.filters.langid;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Operator part: languages written in an alphabet shared by several languages (Latin, Cyrillic, Arabic,
 * Devanagari). Thread-safe (immutable; Optimaize's detectors are stateless with a fixed seed).
 *
 * <p>Each candidate's score is {@code ln(p + 0.02) + Σ word weights + letter bonus}, where {@code p} is the
 * Optimaize n-gram probability (profiles restricted to the script's candidates, which helps short text), word
 * weights come from {@code words.tsv} (function words written for Taoxi; weight 2 for words that separate close
 * pairs such as id/ms), and letter bonuses from letters only some candidates use (ł ś ż → pl, ğ ı → tr, ơ ư đ and
 * stacked tone marks → vi, ß → de, ã õ → pt, ї є ґ → uk, ы э → ru/be, ў → be, ђ ћ → sr, ѓ ќ → mk, پ چ ژ گ → fa,
 * ٹ ڈ ڑ ں ے → ur, ة ي ى → ar). The confidence is the softmax share of the winner.
 *
 * <p>Weaknesses: id vs ms on short text without a separating word is close to a coin toss; es/pt/it and
 * Scandinavian pairs on 2–3 words; Cyrillic without ї/є/ы/э decides ru vs bg on function words and n-grams only.
 */
final class AlphabetClassifier {
    record Decision(String label, double score) {
    }

    enum Alphabet {
        LATIN(List.of("en", "fr", "de", "es", "pt", "it", "nl", "tr", "pl", "vi", "id", "ms", "tl", "sv", "cs", "ro",
                "hu")),
        CYRILLIC(List.of("ru", "uk", "bg", "be", "mk", "sr")),
        ARABIC(List.of("ar", "fa", "ur")),
        DEVANAGARI(List.of("hi", "mr", "ne"));

        final List<String> languages;

        Alphabet(List<String> languages) {
            this.languages = languages;
        }
    }

    private static final class Models {
        static final Models INSTANCE = new Models();
        final Map<Alphabet, LanguageDetector> detectors = new HashMap<>();
        final Map<String, Map<String, Double>> words = new HashMap<>();
        final TextObjectFactory shortText = CommonTextObjectFactories.forDetectingShortCleanText();

        Models() {
            try {
                for (Alphabet a : Alphabet.values()) {
                    detectors.put(a, LanguageDetectorBuilder.create(NgramExtractors.standard())
                            .withProfiles(new LanguageProfileReader().read(a.languages))
                            .seed(20261130L)
                            .probabilityThreshold(0.01)
                            .build());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("loading Optimaize profiles", e);
            }
            try (InputStream in = AlphabetClassifier.class.getResourceAsStream("words.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource io/taoxi/filters/langid/words.tsv");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    double weight = Double.parseDouble(f[1]);
                    Map<String, Double> table = words.computeIfAbsent(f[0], k -> new HashMap<>());
                    for (String w : f[2].split(" ")) {
                        table.merge(w, weight, Math::max);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading words.tsv", e);
            }
        }
    }

    /**
     * Log-space priors from how common each language is on the web relative to its look-alikes (English is the
     * most frequent Latin-script language, Indonesian far more frequent than Malay; Belarusian, Macedonian and
     * Serbian Cyrillic are rare next to Russian and Bulgarian). They only matter when the evidence is thin.
     */
    private static final Map<String, Double> PRIOR = Map.of("en", 0.5, "id", 0.3, "be", -1.0, "mk", -0.5,
            "sr", -0.5);

    private final Models models = Models.INSTANCE;

    Decision classify(String text, Alphabet alphabet) {
        List<String> candidates = alphabet.languages;
        double[] score = new double[candidates.size()];
        List<DetectedLanguage> probabilities;
        try {
            probabilities = models.detectors.get(alphabet).getProbabilities(models.shortText.forText(text));
        } catch (RuntimeException e) {
            probabilities = List.of();
        }
        for (int i = 0; i < score.length; i++) {
            double p = 0;
            for (DetectedLanguage d : probabilities) {
                if (d.getLocale().getLanguage().equals(candidates.get(i))) {
                    p = d.getProbability();
                }
            }
            score[i] = Math.log(p + 0.02) + PRIOR.getOrDefault(candidates.get(i), 0.0);
        }
        addWords(text.toLowerCase(Locale.ROOT), candidates, score);
        addLetters(text, candidates, score);
        int best = 0;
        for (int i = 1; i < score.length; i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        double sum = 0;
        for (double s : score) {
            sum += Math.exp(s - score[best]);
        }
        return new Decision(candidates.get(best), 1.0 / sum);
    }

    private void addWords(String lower, List<String> candidates, double[] score) {
        int n = lower.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean inWord = i < n && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\''
                    || Character.getType(lower.charAt(i)) == Character.NON_SPACING_MARK);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String w = lower.substring(start, i);
                for (int c = 0; c < candidates.size(); c++) {
                    Map<String, Double> table = models.words.get(candidates.get(c));
                    if (table != null) {
                        Double weight = table.get(w);
                        if (weight != null) {
                            score[c] += weight;
                        }
                    }
                }
                start = -1;
            }
        }
    }

    private static void addLetters(String text, List<String> candidates, double[] score) {
        Map<String, Double> bonus = new HashMap<>();
        int viTones = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= '\u1EA0' && c <= '\u1EF9') {
                viTones++;
            }
            switch (c) {
                case 'ơ', 'ư', 'đ' -> bonus.merge("vi", 3.0, Double::sum);
                case 'ğ', 'ı' -> bonus.merge("tr", 3.0, Double::sum);
                case 'ş' -> {
                    bonus.merge("tr", 1.5, Double::sum);
                    bonus.merge("ro", 1.0, Double::sum);
                }
                case 'ł', 'ś', 'ź', 'ż', 'ń', 'ć' -> bonus.merge("pl", 3.0, Double::sum);
                case 'ą', 'ę' -> bonus.merge("pl", 2.0, Double::sum);
                case 'ß' -> bonus.merge("de", 3.0, Double::sum);
                case 'ä' -> {
                    bonus.merge("de", 0.7, Double::sum);
                    bonus.merge("sv", 0.7, Double::sum);
                }
                case 'ö', 'ü' -> {
                    bonus.merge("de", 0.5, Double::sum);
                    bonus.merge("tr", 0.5, Double::sum);
                    bonus.merge("hu", 0.5, Double::sum);
                }
                case 'ñ', '¿', '¡' -> bonus.merge("es", 2.0, Double::sum);
                case 'ã', 'õ' -> bonus.merge("pt", 3.0, Double::sum);
                case 'ç' -> {
                    bonus.merge("pt", 0.7, Double::sum);
                    bonus.merge("fr", 0.7, Double::sum);
                    bonus.merge("tr", 0.7, Double::sum);
                }
                case 'œ', 'ë', 'ï', 'û', 'ù' -> bonus.merge("fr", 1.5, Double::sum);
                case 'è', 'ê', 'î' -> bonus.merge("fr", 0.7, Double::sum);
                case 'ì', 'ò' -> bonus.merge("it", 1.5, Double::sum);
                case 'ě', 'ř', 'ů' -> bonus.merge("cs", 3.0, Double::sum);
                case 'ő', 'ű' -> bonus.merge("hu", 3.0, Double::sum);
                case 'ș', 'ț', 'ţ' -> bonus.merge("ro", 3.0, Double::sum);
                case 'å' -> bonus.merge("sv", 2.0, Double::sum);
                case 'ї', 'є', 'ґ' -> bonus.merge("uk", 3.0, Double::sum);
                case 'і' -> {
                    bonus.merge("uk", 1.5, Double::sum);
                    bonus.merge("be", 1.0, Double::sum);
                }
                case 'ы', 'э', 'ё' -> {
                    bonus.merge("ru", 1.5, Double::sum);
                    bonus.merge("be", 1.0, Double::sum);
                }
                case 'ў' -> bonus.merge("be", 4.0, Double::sum);
                case 'и', 'щ' -> bonus.merge("be", -2.0, Double::sum);
                case 'ђ', 'ћ' -> bonus.merge("sr", 3.0, Double::sum);
                case 'ѓ', 'ќ', 'ѕ' -> bonus.merge("mk", 3.0, Double::sum);
                case 'ј', 'љ', 'њ', 'џ' -> {
                    bonus.merge("sr", 1.5, Double::sum);
                    bonus.merge("mk", 1.5, Double::sum);
                }
                case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ', 'ھ' -> bonus.merge("ur", 3.0, Double::sum);
                case 'ژ' -> bonus.merge("fa", 3.0, Double::sum);
                case 'پ', 'چ', 'گ', 'ک', 'ی' -> {
                    bonus.merge("fa", 1.0, Double::sum);
                    bonus.merge("ur", 0.8, Double::sum);
                }
                case 'ة', 'ي', 'ى', 'ك', 'إ', 'أ' -> bonus.merge("ar", 1.0, Double::sum);
                default -> {
                }
            }
        }
        if (viTones >= 2) {
            bonus.merge("vi", 1.5 * viTones, Double::sum);
        }
        for (int c = 0; c < candidates.size(); c++) {
            Double b = bonus.get(candidates.get(c));
            if (b != null) {
                score[c] += Math.min(b, 8.0);
            }
        }
    }
}
