package io.taoxi.tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds added tokens in text, leftmost-longest like Hugging Face's Aho-Corasick
 * ({@code MatchKind::LeftmostLongest}) (an operator: immutable after construction).
 */
final class AddedTokenMatcher {
    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        AddedToken token;
    }

    private final Node root = new Node();
    private final boolean[] firstChar = new boolean[0x10000];
    private final boolean empty;

    AddedTokenMatcher(List<AddedToken> tokens) {
        for (AddedToken t : tokens) {
            Node n = root;
            for (int i = 0; i < t.content().length(); i++) {
                n = n.children.computeIfAbsent(t.content().charAt(i), c -> new Node());
            }
            if (n.token == null) {
                n.token = t;
            }
            firstChar[t.content().charAt(0)] = true;
        }
        empty = tokens.isEmpty();
    }

    boolean isEmpty() {
        return empty;
    }

    interface Sink {
        /** Text between matches, {@code [start, end)}, possibly empty-free. */
        void text(int start, int end);

        void token(AddedToken token);
    }

    /** Splits {@code s[from, to)} into text runs and added tokens, in order. */
    void split(String s, int from, int to, Sink sink) {
        int last = from;
        int i = from;
        while (i < to) {
            if (!firstChar[s.charAt(i)]) {
                i++;
                continue;
            }
            Node n = root;
            AddedToken best = null;
            int bestEnd = -1;
            for (int j = i; j < to; j++) {
                n = n.children.get(s.charAt(j));
                if (n == null) {
                    break;
                }
                if (n.token != null) {
                    best = n.token;
                    bestEnd = j + 1;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = i;
            int end = bestEnd;
            if (best.singleWord() && ((start > from && isWordChar(s.charAt(start - 1)))
                    || (end < to && isWordChar(s.charAt(end))))) {
                i++;
                continue;
            }
            if (best.lstrip()) {
                while (start > last && Character.isWhitespace(s.charAt(start - 1))) {
                    start--;
                }
            }
            if (best.rstrip()) {
                while (end < to && Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
            }
            if (start > last) {
                sink.text(last, start);
            }
            sink.token(best);
            last = end;
            i = end;
        }
        if (last < to) {
            sink.text(last, to);
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
