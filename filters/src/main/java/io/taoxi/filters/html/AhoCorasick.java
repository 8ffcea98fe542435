package io.taoxi.filters.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * Operator (helper): an Aho–Corasick automaton over UTF-16 chars. One left-to-right pass over a
 * line reports which owners (rule ids) have a literal occurring in it. Immutable after
 * construction; safe to share between threads.
 *
 * <p>The root keeps a dense 64k-entry transition table (most chars of a line start no literal, so
 * the common step is one array read); deeper states keep sorted transition arrays and failure
 * links.
 *
 * <pre>
 *   literals ["版权所有", "icp"] owners [[0], [1]]; scan("京icp备...") → {1}
 * </pre>
 */
final class AhoCorasick {

    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[][] outputs;
    private final int ownerCount;

    /**
     * @param literals non-empty strings (empty ones are ignored)
     * @param owners for each literal, the owner ids it reports
     * @param ownerCount owner ids are in {@code [0, ownerCount)}
     */
    AhoCorasick(List<String> literals, List<int[]> owners, int ownerCount) {
        this.ownerCount = ownerCount;
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<BitSet> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(new BitSet());
        for (int i = 0; i < literals.size(); i++) {
            String literal = literals.get(i);
            if (literal.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int k = 0; k < literal.length(); k++) {
                Integer to = trie.get(state).get(literal.charAt(k));
                if (to == null) {
                    to = trie.size();
                    trie.add(new TreeMap<>());
                    out.add(new BitSet());
                    trie.get(state).put(literal.charAt(k), to);
                }
                state = to;
            }
            for (int owner : owners.get(i)) {
                out.get(state).set(owner);
            }
        }
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        fail = new int[n];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> edges = trie.get(s);
            keys[s] = new char[edges.size()];
            next[s] = new int[edges.size()];
            int j = 0;
            for (var e : edges.entrySet()) {
                keys[s][j] = e.getKey();
                next[s][j] = e.getValue();
                j++;
            }
        }
        for (int j = 0; j < keys[0].length; j++) {
            rootNext[keys[0][j]] = next[0][j];
        }
        // Breadth-first failure links; outputs merged along them.
        Deque<Integer> queue = new ArrayDeque<>();
        for (int j = 0; j < keys[0].length; j++) {
            fail[next[0][j]] = 0;
            queue.add(next[0][j]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int j = 0; j < keys[s].length; j++) {
                char c = keys[s][j];
                int t = next[s][j];
                int f = fail[s];
                int g;
                while ((g = step(f, c)) < 0) {
                    f = fail[f];
                }
                fail[t] = t == g ? 0 : g;
                out.get(t).or(out.get(fail[t]));
                queue.add(t);
            }
        }
        outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            outputs[s] = out.get(s).stream().toArray();
        }
    }

    /** Transition without failure: -1 when none (the root never fails). */
    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        int j = Arrays.binarySearch(keys[state], c);
        return j >= 0 ? next[state][j] : -1;
    }

    /** Owners with at least one literal occurring in {@code text}. */
    BitSet scan(char[] text) {
        BitSet found = new BitSet(ownerCount);
        int state = 0;
        for (char c : text) {
            int to;
            while ((to = step(state, c)) < 0) {
                state = fail[state];
            }
            state = to;
            for (int owner : outputs[state]) {
                found.set(owner);
            }
        }
        return found;
    }
}
