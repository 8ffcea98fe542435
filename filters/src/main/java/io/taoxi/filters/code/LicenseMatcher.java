package io.taoxi.filters.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Operator: the SPDX id of a licence text (a repository's LICENSE / COPYING file) from distinctive
 * phrases. Pure. Rules are tried in order; the first whose every phrase occurs (case, punctuation and line
 * breaks ignored) wins, so the more specific licences (AGPL, LGPL before GPL; BSD-3 before BSD-2) come first.
 *
 * <pre>
 *   "… Licensed under the Apache License, Version 2.0 …"                 → Apache-2.0
 *   "MIT License … Permission is hereby granted, free of charge …"       → MIT
 *   "GNU LESSER GENERAL PUBLIC LICENSE Version 3 …"                      → LGPL-3.0
 *   "All rights reserved. Do not copy."                                  → empty
 * </pre>
 * GPL-family ids are the version-only forms (GPL-2.0, GPL-3.0, LGPL-2.1, LGPL-3.0, AGPL-3.0): a licence file
 * alone does not say "only" or "or later" (that is in each source file's notice). {@link #combine} turns the
 * ids of several licence files into an SPDX {@code OR} expression (Rust's LICENSE-MIT + LICENSE-APACHE →
 * {@code Apache-2.0 OR MIT}); a text no rule matches is {@code NOASSERTION} there.
 * Known weaknesses: a licence quoted inside another document (a NOTICE listing third-party licences) is
 * taken for the repository's own; modified licences still match their family.
 */
public final class LicenseMatcher {
    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "license_spdx_v1";
    public static final String NO_ASSERTION = "NOASSERTION";

    /** {@code head} > 0: the phrases must occur in the first {@code head} characters (the licence's title). */
    private record Rule(String spdx, List<String> phrases, int head) {
        Rule(String spdx, List<String> phrases) {
            this(spdx, phrases, 0);
        }
    }

    /**
     * The GPL family: the texts cite each other (GPLv3 names the Affero and Lesser licences), so the family
     * is read from the first "general public license" and the version from the first "version N" after it.
     */
    private static final Pattern GPL = Pattern.compile(
            "(?:gnu )?(affero |lesser |library )?general public license(?:.{0,80}?\\bv(?:ersion )?([23](?:\\.[01])?))?");

    private static final List<Rule> RULES = List.of(
            new Rule("MPL-2.0", List.of("mozilla public license", "2.0")),
            new Rule("EPL-2.0", List.of("eclipse public license", "2.0")),
            new Rule("Apache-2.0", List.of("apache license", "version 2.0")),
            new Rule("BSL-1.0", List.of("boost software license", "version 1.0")),
            new Rule("Unlicense", List.of("free and unencumbered software released into the public domain")),
            new Rule("CC0-1.0", List.of("cc0 1.0 universal")),
            new Rule("ISC", List.of("permission to use copy modify and or distribute this software for any purpose",
                    "with or without fee is hereby granted")),
            new Rule("MIT", List.of("permission is hereby granted free of charge to any person obtaining a copy")),
            new Rule("BSD-3-Clause", List.of("redistribution and use in source and binary forms",
                    "may be used to endorse or promote products derived from this software")),
            new Rule("BSD-2-Clause", List.of("redistribution and use in source and binary forms",
                    "redistributions in binary form must reproduce the above copyright notice")),
            new Rule("Zlib", List.of("altered source versions must be plainly marked as such")),
            new Rule("WTFPL", List.of("do what the fuck you want to public license")),
            // Short headers that name the licence without its text (a one-line LICENSE file).
            new Rule("MIT", List.of("mit license")),
            new Rule("Apache-2.0", List.of("apache-2.0")),
            new Rule("MulanPSL-2.0", List.of("mulan permissive software license", "version 2")),
            new Rule("MulanPSL-2.0", List.of("木兰宽松许可证", "第2版")));

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\u0001]+");

    private LicenseMatcher() {
    }

    /** Lower case, every run of non-letters/digits one space, but a dot between digits kept (2.0). */
    static String flatten(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)\\.(?=\\d)", "\u0001");
        s = NOT_WORD.matcher(s).replaceAll(" ").replace('\u0001', '.');
        return s.strip();
    }

    /** The SPDX id the text matches, or empty. */
    public static Optional<String> match(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String whole = " " + flatten(text) + " ";
        java.util.regex.Matcher gpl = GPL.matcher(whole);
        if (gpl.find() && gpl.group(2) != null && whole.substring(0, gpl.start()).split(" ").length < 40) {
            String kind = gpl.group(1) == null ? "" : gpl.group(1).strip();
            String version = gpl.group(2);
            switch (kind) {
                case "affero" -> {
                    return Optional.of("AGPL-3.0");
                }
                case "lesser" -> {
                    return Optional.of(version.startsWith("3") ? "LGPL-3.0" : "LGPL-2.1");
                }
                case "library" -> {
                    return Optional.of("LGPL-2.0");
                }
                default -> {
                    return Optional.of(version.startsWith("3") ? "GPL-3.0" : "GPL-2.0");
                }
            }
        }
        for (Rule rule : RULES) {
            String flat = rule.head() > 0 && whole.length() > rule.head() ? whole.substring(0, rule.head()) : whole;
            boolean all = true;
            for (String phrase : rule.phrases()) {
                String p = flatten(phrase);
                boolean han = Character.UnicodeScript.of(p.codePointAt(0)) == Character.UnicodeScript.HAN;
                if (!flat.contains(han ? p : " " + p + " ")) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return Optional.of(rule.spdx());
            }
        }
        return Optional.empty();
    }

    /**
     * One SPDX expression for the licence files of a repository: their ids, unknown texts as
     * {@code NOASSERTION} (dropped when another file matched), sorted and joined with {@code OR}; LGPL
     * files make a GPL file of the same family redundant (COPYING + COPYING.LESSER). Empty list → null.
     */
    public static String combine(List<String> texts) {
        TreeSet<String> ids = new TreeSet<>();
        boolean unknown = false;
        for (String t : texts) {
            Optional<String> id = match(t);
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                unknown = true;
            }
        }
        if (ids.contains("LGPL-3.0")) {
            ids.remove("GPL-3.0");
        }
        if (ids.contains("LGPL-2.1") || ids.contains("LGPL-2.0")) {
            ids.remove("GPL-2.0");
        }
        if (ids.isEmpty()) {
            return unknown ? NO_ASSERTION : null;
        }
        return String.join(" OR ", ids);
    }

    /** Whether a repository-root file name is a licence file (LICENSE, LICENCE, COPYING, with suffixes). */
    public static boolean isLicenseFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.matches("(un)?licen[cs]e(?![-.](py|js|ts|go|rs|java|c|h|cpp|rb|php|sh)$)([-.][\\w-]+)?(\\.(md|txt|rst))?"
                + "|copying([-.][\\w-]+)?(\\.(md|txt))?|copyright(\\.(md|txt))?");
    }
}
