package io.taoxi.filters.html;

/**
 * Record: the result of {@link MainTextExtractor#extract}.
 *
 * @param title cleaned page title (site-name suffix removed), or the first {@code h1}; null when
 *     the page has neither
 * @param text main content, one block per line separated by a single {@code \n}; empty when no
 *     main content was found; NFC normalised
 * @param blocksKept number of lines in {@code text}
 * @param blocksRemoved text blocks seen after DOM cleaning that did not make it into {@code text}
 *     (outside the main container, boilerplate, link-heavy or too short)
 */
public record Extraction(String title, String text, int blocksKept, int blocksRemoved) {

    public Extraction {
        text = text == null ? "" : text;
    }

    /** The result for input without any main content. */
    public static Extraction empty(String title) {
        return new Extraction(title, "", 0, 0);
    }

    /** True when no main text was found. */
    public boolean isEmpty() {
        return text.isEmpty();
    }
}
