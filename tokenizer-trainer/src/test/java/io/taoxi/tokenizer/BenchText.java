package io.taoxi.tokenizer;

import java.util.List;

/** Public door to the test text generator for the benchmark mains. */
public final class BenchText {
    private BenchText() {}

    /** MultilingualText documents (with unpaired surrogates replaced, as HF cannot take them). */
    public static List<String> mixed(long seed, long chars) {
        return MultilingualText.documents(seed, chars, false);
    }
}
