package io.taoxi.jobs.tokenizer;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operator (pure maths): per-group sampling rates that turn the tokens available per (source, language)
 * into the mix of a {@link MixtureSpec}, and the deterministic per-document number of copies.
 *
 * <p>For every weight entry e (a source/language pair, {@code *} allowed) with the groups g it owns
 * ({@link MixtureSpec#entryFor}):
 * <pre>
 * share(e)     = w(e) / Σ w
 * target(e)    = target_tokens · share(e)
 * available(e) = Σ available(g)
 * rate(e)      = min(target(e) / available(e), max_repetitions)     (0 when available(e) = 0)
 * expected(e)  = available(e) · rate(e)
 * </pre>
 * A rate below 1 down-samples, above 1 up-samples; a rate held at {@code max_repetitions} is reported as
 * {@code capped} and its shortfall is not moved to other entries (the achieved shares then differ from the
 * weights: the report says by how much). Every group of an entry gets the entry's rate, so inside an entry
 * the natural proportions stay.
 *
 * <p>Copies of one document: {@code floor(rate) + (u < frac(rate) ? 1 : 0)} with {@code u} ∈ [0, 1) a hash
 * of the document id and the epoch ({@link #unit}): the same id, rate and epoch give the same copies on any
 * machine and in any partitioning. Example: rate 0.3 keeps ~30 % of the documents once; rate 2.5 writes
 * every document twice and half of them a third time.
 *
 * <p>Known weakness: rates come from estimated token counts when {@code estimate_sample_fraction < 1}; the
 * achieved totals (counted exactly by the stage) can then miss the target by the estimate's error.
 */
public final class MixturePlan implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A (source, language) pair; also names a weight entry, whose parts may be {@code *}. */
    public record Group(String source, String lang) implements Serializable, Comparable<Group> {
        public Group {
            source = source == null ? "" : source;
            lang = lang == null ? "" : lang;
        }

        /** {@code source/lang}, with {@code (none)} for the empty language. */
        public String label() {
            return source + "/" + (lang.isEmpty() ? "(none)" : lang);
        }

        @Override
        public int compareTo(Group o) {
            int c = source.compareTo(o.source);
            return c != 0 ? c : lang.compareTo(o.lang);
        }
    }

    /** The plan of one weight entry. */
    public record Entry(Group entry, double weight, double share, double targetTokens, long availableTokens,
            double rate, boolean capped, double expectedTokens, List<Group> groups) implements Serializable {
    }

    private final MixtureSpec spec;
    private final Map<Group, Entry> entries;
    private final Map<Group, Group> entryOfGroup;
    private final Map<Group, Long> available;

    private MixturePlan(MixtureSpec spec, Map<Group, Entry> entries, Map<Group, Group> entryOfGroup,
            Map<Group, Long> available) {
        this.spec = spec;
        this.entries = entries;
        this.entryOfGroup = entryOfGroup;
        this.available = available;
    }

    /** Plans the mix for the tokens available per group (counts ≥ 0). */
    public static MixturePlan plan(MixtureSpec spec, Map<Group, Long> availableTokens) {
        Map<Group, List<Group>> owned = new TreeMap<>();
        Map<Group, Group> entryOfGroup = new HashMap<>();
        Map<Group, Long> available = new TreeMap<>(availableTokens);
        for (Map.Entry<String, Map<String, Double>> s : spec.weights().entrySet()) {
            for (String lang : s.getValue().keySet()) {
                owned.put(new Group(s.getKey(), lang), new ArrayList<>());
            }
        }
        for (Map.Entry<Group, Long> a : available.entrySet()) {
            if (a.getValue() < 0) {
                throw new IllegalArgumentException("available tokens of " + a.getKey().label() + " = " + a.getValue());
            }
            Group e = spec.entryFor(a.getKey().source(), a.getKey().lang());
            if (e != null) {
                owned.get(e).add(a.getKey());
                entryOfGroup.put(a.getKey(), e);
            }
        }
        double sum = spec.weightSum();
        Map<Group, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<Group, List<Group>> o : owned.entrySet()) {
            Group e = o.getKey();
            double w = spec.weight(e);
            double share = w / sum;
            double target = spec.targetTokens() * share;
            long avail = 0;
            for (Group g : o.getValue()) {
                avail += available.get(g);
            }
            double rate = avail == 0 ? 0 : target / avail;
            boolean capped = rate > spec.maxRepetitions();
            if (capped) {
                rate = spec.maxRepetitions();
            }
            entries.put(e, new Entry(e, w, share, target, avail, rate, capped, avail * rate,
                    List.copyOf(o.getValue())));
        }
        return new MixturePlan(spec, Collections.unmodifiableMap(entries), entryOfGroup,
                Collections.unmodifiableMap(available));
    }

    public MixtureSpec spec() {
        return spec;
    }

    /** Plans by weight entry, in entry order. */
    public Map<Group, Entry> entries() {
        return entries;
    }

    /** The sampling rate of a group: 0 for groups no entry matches (or absent from the plan). */
    public double rate(String source, String lang) {
        Group e = entryOfGroup.get(new Group(source, lang));
        if (e == null) {
            e = spec.entryFor(source == null ? "" : source, lang == null ? "" : lang);
        }
        return e == null ? 0 : entries.get(e).rate();
    }

    /** Rates per group, {@code "source\tlang" → rate}, a plain map for executors. */
    public HashMap<String, Double> ratesByGroup() {
        HashMap<String, Double> out = new HashMap<>();
        for (Map.Entry<Group, Group> g : entryOfGroup.entrySet()) {
            out.put(key(g.getKey().source(), g.getKey().lang()), entries.get(g.getValue()).rate());
        }
        return out;
    }

    static String key(String source, String lang) {
        return (source == null ? "" : source) + "\t" + (lang == null ? "" : lang);
    }

    /** Σ expected tokens. */
    public double expectedTokens() {
        return entries.values().stream().mapToDouble(Entry::expectedTokens).sum();
    }

    /**
     * Copies of a document: {@code floor(rate)}, plus one when {@code unit(id, epoch) < frac(rate)}.
     * Rate 0 → 0 copies.
     */
    public static int copies(String id, long epoch, double rate) {
        if (!(rate > 0)) {
            return 0;
        }
        double whole = Math.floor(rate);
        double frac = rate - whole;
        int n = (int) whole;
        if (frac > 0 && unit(id, epoch) < frac) {
            n++;
        }
        return n;
    }

    /**
     * A uniform number in [0, 1) from the id and the epoch: FNV-1a 64 over the id's UTF-8 bytes, the epoch
     * mixed in, then the SplitMix64 finaliser; the top 53 bits make the double. Stable across JVMs and
     * releases (changing it changes every sample: bump the stage's operator version).
     */
    public static double unit(String id, long epoch) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (id == null ? "" : id).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= epoch * 0x9E3779B97F4A7C15L;
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * The report: per entry its weight, share, target, available, rate, capped, expected, and, when
     * {@code achieved} (tokens written per group) is given, the achieved tokens and share.
     */
    public Map<String, Object> report(Map<Group, Long> achieved, boolean estimated) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("target_tokens", spec.targetTokens());
        r.put("max_repetitions", spec.maxRepetitions());
        r.put("epoch", spec.epoch());
        r.put("available_tokens_estimated", estimated);
        r.put("estimate_sample_fraction", spec.estimateSampleFraction());
        r.put("expected_tokens", Math.round(expectedTokens()));
        long achievedTotal = 0;
        if (achieved != null) {
            for (long v : achieved.values()) {
                achievedTotal += v;
            }
            r.put("achieved_tokens", achievedTotal);
            r.put("achieved_vs_target", achievedTotal / (double) spec.targetTokens());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", e.entry().source());
            m.put("lang", e.entry().lang());
            m.put("weight", e.weight());
            m.put("target_share", e.share());
            m.put("target_tokens", Math.round(e.targetTokens()));
            m.put("available_tokens", e.availableTokens());
            m.put("rate", e.rate());
            m.put("capped", e.capped());
            m.put("expected_tokens", Math.round(e.expectedTokens()));
            if (achieved != null) {
                long a = 0;
                for (Group g : e.groups()) {
                    a += achieved.getOrDefault(g, 0L);
                }
                m.put("achieved_tokens", a);
                m.put("achieved_share", achievedTotal == 0 ? 0.0 : a / (double) achievedTotal);
            }
            m.put("groups", e.groups().stream().map(Group::label).toList());
            list.add(m);
        }
        r.put("entries", list);
        List<String> unweighted = new ArrayList<>();
        for (Group g : available.keySet()) {
            if (!entryOfGroup.containsKey(g)) {
                unweighted.add(g.label());
            }
        }
        r.put("groups_without_weight", unweighted);
        return r;
    }
}
