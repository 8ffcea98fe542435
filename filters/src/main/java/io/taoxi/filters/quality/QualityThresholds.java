package io.taoxi.filters.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.Verdict;

/**
 * Operator: the config-driven decision over quality signal columns. Reads the values the signal operators
 * wrote ({@link Doc#signals()}), applies the rules for the document's language and returns {@link Verdict#KEEP}
 * or the <em>first</em> failing rule as {@code Drop(reason, value)}. Pure; thread safe.
 *
 * <p><b>Rules.</b> A {@link Rule} keeps a document when {@code min <= value <= max} (either bound may be
 * absent; the bounds themselves keep). Booleans read as 1 (true) and 0 (false), so {@code has_lorem_ipsum}
 * with {@code max: 0} drops pages that contain it. A signal that is absent, null ("not applicable", e.g.
 * {@code stop_word_count} for a language without a stop list) or NaN never drops: the rule is skipped.
 *
 * <p><b>Languages.</b> {@link Spec#rules()} maps {@code "default"} and language labels to rule lists. The
 * rules for {@code zh-Hant} are resolved as: {@code default}, then {@code zh} over it, then {@code zh-Hant}
 * over that (labels compared case-insensitively; each subtag prefix is a layer). A layer's rule replaces the
 * inherited rule with the same {@code reason} in place; a rule with neither {@code min} nor {@code max}
 * switches the inherited rule off; rules with new reasons are appended. Example: default has
 * {@code gopher_mean_word_chars [3, 10]}, zh has {@code gopher_mean_word_chars [1, 5]} → a zh-Hans document
 * with mean word length 1.6 is kept, an en one is dropped.
 *
 * <p>YAML shape (parsed by jobs/ with Jackson straight into {@link Spec}; see docs/quality-thresholds.yaml):
 * <pre>
 * rules:
 *   default:
 *     - {signal: word_count, min: 50, max: 100000, reason: gopher_word_count}
 *   zh:
 *     - {signal: mean_word_chars, min: 1, max: 5, reason: gopher_mean_word_chars}
 * </pre>
 *
 * <p>Known weaknesses: the first failing rule wins, so a document failing several rules is counted under the
 * earliest one only ({@link #failures} lists all for inspection); a typo in a signal name silently never
 * fires unless {@link #requireKnownSignals} is called with the operators' columns (jobs/ does that).
 */
public final class QualityThresholds {

    public static final String DEFAULT = "default";

    /**
     * One threshold. {@code min}/{@code max}: inclusive keep bounds, either may be null; both null turns an
     * inherited rule with the same reason off.
     */
    public record Rule(String signal, Double min, Double max, String reason) implements java.io.Serializable {
        public Rule {
            if (signal == null || !signal.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("rule signal must be a snake_case column name, was " + signal);
            }
            if (reason == null || !reason.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("rule reason must be snake_case (signal " + signal + "), was " + reason);
            }
            if (min != null && !Double.isFinite(min)) {
                throw new IllegalArgumentException("rule " + reason + ": min must be a finite number, was " + min);
            }
            if (max != null && !Double.isFinite(max)) {
                throw new IllegalArgumentException("rule " + reason + ": max must be a finite number, was " + max);
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("rule " + reason + ": min (" + min + ") must be <= max (" + max + ")");
            }
        }

        public static Rule atLeast(String signal, double min, String reason) {
            return new Rule(signal, min, null, reason);
        }

        public static Rule atMost(String signal, double max, String reason) {
            return new Rule(signal, null, max, reason);
        }

        public static Rule between(String signal, double min, double max, String reason) {
            return new Rule(signal, min, max, reason);
        }

        /** A rule that switches an inherited rule with this reason off. */
        public static Rule off(String signal, String reason) {
            return new Rule(signal, null, null, reason);
        }

        boolean disabled() {
            return min == null && max == null;
        }

        /** Whether {@code value} passes; NaN passes (not applicable). */
        public boolean keeps(double value) {
            if (Double.isNaN(value)) {
                return true;
            }
            return (min == null || value >= min) && (max == null || value <= max);
        }
    }

    /** Rules per language label or {@code "default"}. */
    public record Spec(Map<String, List<Rule>> rules) implements java.io.Serializable {
        public Spec {
            if (rules == null) {
                throw new IllegalArgumentException("rules must be a map of language (or \"default\") to rule lists, was null");
            }
            Map<String, List<Rule>> copy = new LinkedHashMap<>();
            Set<String> seenKeys = new HashSet<>();
            for (Map.Entry<String, List<Rule>> e : rules.entrySet()) {
                String lang = e.getKey();
                if (lang == null || !(lang.equals(DEFAULT) || lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"))) {
                    throw new IllegalArgumentException(
                            "rules key must be \"default\" or a language label like zh, zh-Hant, ja, was " + lang);
                }
                if (!seenKeys.add(lang.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("rules." + lang + " is given twice (keys are case-insensitive)");
                }
                List<Rule> list = e.getValue() == null ? List.of() : e.getValue();
                Set<String> reasons = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Rule rule = list.get(i);
                    if (rule == null) {
                        throw new IllegalArgumentException("rules." + lang + "[" + i + "] is empty");
                    }
                    if (!reasons.add(rule.reason())) {
                        throw new IllegalArgumentException("rules." + lang + "[" + i + "]: reason " + rule.reason()
                                + " appears twice in " + lang);
                    }
                }
                copy.put(lang, List.copyOf(list));
            }
            rules = java.util.Collections.unmodifiableMap(copy);
        }
    }

    private final Spec spec;
    private final Map<String, List<Rule>> byLowerCaseLang = new LinkedHashMap<>();
    private final Map<String, List<Rule>> resolved = new ConcurrentHashMap<>();

    public QualityThresholds(Spec spec) {
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        spec.rules().forEach((lang, rules) -> byLowerCaseLang.put(lang.toLowerCase(Locale.ROOT), rules));
    }

    public Spec spec() {
        return spec;
    }

    /** The effective, ordered rules for a language label (empty or {@code und}: the default rules). */
    public List<Rule> rulesFor(String lang) {
        String key = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return resolved.computeIfAbsent(key, this::resolve);
    }

    private List<Rule> resolve(String lang) {
        List<Rule> effective = new ArrayList<>(byLowerCaseLang.getOrDefault(DEFAULT, List.of()));
        if (!lang.isEmpty()) {
            String[] parts = lang.split("-");
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                if (prefix.length() > 0) {
                    prefix.append('-');
                }
                prefix.append(part);
                List<Rule> layer = byLowerCaseLang.get(prefix.toString());
                if (layer != null) {
                    overlay(effective, layer);
                }
            }
        }
        effective.removeIf(Rule::disabled);
        return List.copyOf(effective);
    }

    private static void overlay(List<Rule> effective, List<Rule> layer) {
        for (Rule rule : layer) {
            int at = -1;
            for (int i = 0; i < effective.size(); i++) {
                if (effective.get(i).reason().equals(rule.reason())) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                effective.set(at, rule);
            } else {
                effective.add(rule);
            }
        }
    }

    public Verdict judge(Doc doc) {
        return judge(doc.lang(), doc.signals());
    }

    /** Keep, or the first failing rule's reason with the signal value that failed it. */
    public Verdict judge(String lang, Map<String, ?> signals) {
        for (Rule rule : rulesFor(lang)) {
            double value = value(signals.get(rule.signal()));
            if (!rule.keeps(value)) {
                return new Verdict.Drop(rule.reason(), value);
            }
        }
        return Verdict.KEEP;
    }

    /** Every failing rule, in order (for the sample browser and threshold tuning). */
    public List<Verdict.Drop> failures(String lang, Map<String, ?> signals) {
        List<Verdict.Drop> out = new ArrayList<>();
        for (Rule rule : rulesFor(lang)) {
            double value = value(signals.get(rule.signal()));
            if (!rule.keeps(value)) {
                out.add(new Verdict.Drop(rule.reason(), value));
            }
        }
        return out;
    }

    /**
     * Fails (naming the language, reason and signal) when a rule reads a column no operator writes;
     * call with the union of the operators' column names before any data is read.
     */
    public void requireKnownSignals(Collection<String> columns) {
        Set<String> unknown = new TreeSet<>();
        spec.rules().forEach((lang, rules) -> {
            for (Rule rule : rules) {
                if (!columns.contains(rule.signal())) {
                    unknown.add("rules." + lang + " " + rule.reason() + ": signal " + rule.signal());
                }
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("quality thresholds read unknown signal columns " + unknown
                    + "; known: " + new TreeSet<>(columns));
        }
    }

    private static double value(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return Double.NaN;
    }
}
