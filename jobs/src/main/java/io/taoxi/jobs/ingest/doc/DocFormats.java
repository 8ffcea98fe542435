package io.taoxi.jobs.ingest.doc;

import java.util.Locale;
import java.util.Set;

/**
 * Operator: what the {@code tika} reader does with a file, from its name. Pure.
 *
 * <pre>
 *   report.pdf, slides.pptx, book.epub, page.html  → TIKA
 *   notes.txt, README.md                           → TEXT   (decoded by filters' TextDecoder)
 *   docs.zip, docs.tar.gz, docs.tgz, docs.tar       → ARCHIVE (members become documents)
 *   photo.jpg, data.csv, README                      → OTHER  (not planned at the top level; inside an
 *                                                              archive, content detection decides)
 * </pre>
 */
public final class DocFormats {
    /** How a file is read. */
    public enum Kind { TIKA, TEXT, ARCHIVE, OTHER }

    /** Extensions parsed by Tika: PDF, Word, PowerPoint, OpenDocument text/presentation, EPUB, RTF, HTML, XML. */
    public static final Set<String> TIKA_EXTENSIONS = Set.of("pdf", "docx", "doc", "pptx", "ppt", "odt", "odp",
            "epub", "rtf", "html", "htm", "xhtml", "xml");
    /** Extensions decoded as plain text (any encoding). */
    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "rst");

    private DocFormats() {
    }

    public static Kind of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = n.lastIndexOf('/');
        n = slash >= 0 ? n.substring(slash + 1) : n;
        if (n.endsWith(".tar.gz") || n.endsWith(".tgz") || n.endsWith(".tar") || n.endsWith(".zip")) {
            return Kind.ARCHIVE;
        }
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Kind.OTHER;
        }
        String ext = n.substring(dot + 1);
        if (TIKA_EXTENSIONS.contains(ext)) {
            return Kind.TIKA;
        }
        return TEXT_EXTENSIONS.contains(ext) ? Kind.TEXT : Kind.OTHER;
    }

    /** Whether the reader plans a top-level file with this name. */
    public static boolean accepts(String name) {
        return of(name) != Kind.OTHER;
    }

    /** Whether a name is Markdown (its first {@code #} heading becomes the title). */
    public static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /**
     * Why an archive member's name is unsafe, or null when it is safe: an absolute path, a drive letter,
     * a {@code ..} segment, or a NUL. Such members are never extracted anywhere; the reader quarantines them.
     *
     * <pre>
     *   ../../x           → "parent segment (..)"
     *   /etc/passwd       → "absolute path"
     *   C:\Windows\x.txt  → "absolute path"
     *   docs/a..b.txt     → null
     * </pre>
     */
    public static String unsafeMemberName(String name) {
        if (name.indexOf('\0') >= 0) {
            return "NUL in name";
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return "absolute path";
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return "parent segment (..)";
            }
        }
        return null;
    }
}
