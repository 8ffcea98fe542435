package io.taoxi.filters.pii;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.Verdict;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Operator: applies a per-type action to the identifiers {@link PiiScanner} finds.
 * <ul>
 *   <li>{@code redact}: the identifier is replaced by its typed placeholder ({@code <EMAIL>}, {@code <PHONE>},
 *       {@code <CN_ID>}, {@code <KR_RRN>}, {@code <JP_MY_NUMBER>}, {@code <CARD>}, {@code <IP>}, {@code <SECRET>});
 *   <li>{@code flag}: the text is left alone, the identifier is counted;
 *   <li>{@code drop}: the document is dropped with reason {@code pii_<type>} (the first such type in
 *       {@link PiiType} order), value = its count.
 * </ul>
 * Example (default spec): {@code "联系王先生 13812345678"} → {@code "联系王先生 <PHONE>"}, phone 1.
 */
public final class PiiRedactor {
    public enum Action { REDACT, FLAG, DROP;

        static Action parse(String key, String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pii.actions." + key + ": '" + value
                        + "' is not one of redact, flag, drop");
            }
        }
    }

    /**
     * Spec. {@code actions}: type key ({@code email}, {@code phone}, …) → {@code redact|flag|drop}; types not
     * named take {@code defaultAction} (default {@code redact}). {@code scanner}: what is detected.
     */
    public record Spec(Map<String, String> actions, String defaultAction, PiiScanner.Spec scanner)
            implements java.io.Serializable {
        public Spec {
            actions = actions == null ? Map.of() : Map.copyOf(actions);
            defaultAction = defaultAction == null ? "redact" : defaultAction;
            scanner = scanner == null ? PiiScanner.Spec.defaults() : scanner;
            Action.parse("default", defaultAction);
            actions.forEach((k, v) -> {
                PiiType.fromKey(k);
                Action.parse(k, v);
            });
        }

        public static Spec defaults() {
            return new Spec(Map.of(), "redact", PiiScanner.Spec.defaults());
        }

        public Action action(PiiType type) {
            String v = actions.get(type.key());
            return Action.parse(type.key(), v == null ? defaultAction : v);
        }
    }

    /** Result: the new text, counts per type (all actions), and the types whose action is drop. */
    public record Result(String text, Map<PiiType, Integer> counts, Set<PiiType> dropTypes, List<PiiMatch> matches) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Keep, or drop with reason {@code pii_<type>} when a drop-action type was found. */
        public Verdict verdict() {
            for (PiiType t : PiiType.values()) {
                if (dropTypes.contains(t)) {
                    return new Verdict.Drop("pii_" + t.key(), counts.get(t));
                }
            }
            return Verdict.KEEP;
        }
    }

    private final Spec spec;
    private final PiiScanner scanner;

    public PiiRedactor(Spec spec) {
        this.spec = spec;
        this.scanner = new PiiScanner(spec.scanner());
    }

    public Result apply(Doc doc) {
        return apply(doc.text());
    }

    public Result apply(String text) {
        List<PiiMatch> matches = scanner.scan(text);
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        Set<PiiType> drop = EnumSet.noneOf(PiiType.class);
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
        int last = 0;
        for (PiiMatch m : matches) {
            counts.merge(m.type(), 1, Integer::sum);
            Action action = spec.action(m.type());
            if (action == Action.DROP) {
                drop.add(m.type());
            }
            if (action == Action.REDACT) {
                out.append(text, last, m.start()).append(m.type().placeholder());
                last = m.end();
            }
        }
        if (text != null) {
            out.append(text, last, text.length());
        }
        return new Result(out.toString(), Map.copyOf(counts), Set.copyOf(drop), matches);
    }
}
