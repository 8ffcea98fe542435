package io.taoxi.filters.html;

/** Test helper: a page of one title and one body through the default extractor (the rule tests' shape). */
final class ExtractorPages {
    private static final MainTextExtractor EXTRACTOR = new MainTextExtractor(MainTextExtractor.Spec.defaults());

    private ExtractorPages() {
    }

    static Extraction extract(String title, String body) {
        return EXTRACTOR.extract("<html><head><title>" + title + "</title></head><body>" + body + "</body></html>", null);
    }

    /** The text of {@code body} under the title "T". */
    static String text(String body) {
        return extract("T", body).text();
    }
}
