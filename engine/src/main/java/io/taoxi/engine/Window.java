package io.taoxi.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One forward pass over tokens [begin, end) of a sequence; scores the targets [firstTarget, end), each
 * predicted from the position before it. Plans follow the Hugging Face perplexity recipe: windows
 * start every {@code stride} tokens, each target belongs to the first window that ends after it, and a
 * window's first token is never a target (it has no position before it).
 */
record Window(int begin, int end, int firstTarget) {

  int length() {
    return end - begin;
  }

  int targets() {
    return end - firstTarget;
  }

  static List<Window> plan(int sequenceLength, int maxLength, int stride) {
    List<Window> out = new ArrayList<>();
    if (sequenceLength < 2) {
      return out;
    }
    int prevEnd = 0;
    for (int begin = 0; begin < sequenceLength; begin += stride) {
      int end = Math.min(begin + maxLength, sequenceLength);
      int first = Math.max(prevEnd, begin + 1);
      if (first < end) {
        out.add(new Window(begin, end, first));
      }
      prevEnd = end;
      if (end == sequenceLength) {
        break;
      }
    }
    return out;
  }
}
