package io.taoxi.filters.code;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operator: the programming language of a file from its name, extension and shebang line, and the
 * comment and string syntax {@link CodeScanner} needs for it. Pure.
 *
 * <pre>
 *   src/main.rs                 → Rust
 *   include/util.h              → C        (C++ headers: .hpp .hh .hxx)
 *   bin/deploy (#!/usr/bin/env bash) → Shell
 *   scripts/run (#!/usr/bin/python3) → Python
 *   Gemfile / Rakefile          → Ruby
 *   Dockerfile, Makefile, CMakeLists.txt → Dockerfile, Makefile, CMake
 *   LICENSE, logo.png           → empty
 * </pre>
 * Known weaknesses: {@code .m} is always Objective-C (never MATLAB), {@code .h} always C, {@code .pl}
 * always Perl (never Prolog), {@code .r} and {@code .R} both R; the content is not consulted beyond the
 * shebang.
 */
public final class CodeLanguages {
    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "code_language_v1";

    /** Comment and string syntax of a language; null fields mean the language has no such construct. */
    public record Syntax(String[] lineComments, String blockOpen, String blockClose, String[] strings,
            boolean tripleQuotedDocstrings, boolean backtickStrings) {
    }

    private static final String[] NONE = {};
    private static final String[] QUOTES = {"\"", "'"};
    private static final String[] DOUBLE = {"\""};
    private static final Syntax C_LIKE = new Syntax(new String[] {"//"}, "/*", "*/", QUOTES, false, false);
    private static final Syntax HASH = new Syntax(new String[] {"#"}, null, null, QUOTES, false, false);

    private static final Map<String, String> BY_EXTENSION = new HashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> BY_INTERPRETER = new HashMap<>();
    private static final Map<String, Syntax> SYNTAX = new HashMap<>();
    private static final Pattern SHEBANG = Pattern.compile("^#!\\s*(\\S+)(?:\\s+(?:-\\S+\\s+)*(\\S+))?");

    static {
        ext("Python", "py", "pyi", "pyw");
        ext("Java", "java");
        ext("C", "c", "h");
        ext("C++", "cpp", "cc", "cxx", "c++", "hpp", "hh", "hxx", "ipp", "tpp", "cu");
        ext("C#", "cs");
        ext("Go", "go");
        ext("Rust", "rs");
        ext("JavaScript", "js", "mjs", "cjs", "jsx");
        ext("TypeScript", "ts", "tsx", "mts", "cts");
        ext("Kotlin", "kt", "kts");
        ext("Scala", "scala", "sc");
        ext("Ruby", "rb", "rake", "gemspec");
        ext("PHP", "php", "phtml");
        ext("Swift", "swift");
        ext("Shell", "sh", "bash", "zsh", "ksh");
        ext("SQL", "sql");
        ext("HTML", "html", "htm", "xhtml");
        ext("CSS", "css");
        ext("Markdown", "md", "markdown");
        ext("YAML", "yml", "yaml");
        ext("JSON", "json");
        ext("Lua", "lua");
        ext("R", "r");
        ext("Julia", "jl");
        ext("Haskell", "hs", "lhs");
        ext("OCaml", "ml", "mli");
        ext("Perl", "pl", "pm");
        ext("Dart", "dart");
        ext("Objective-C", "m", "mm");
        ext("Fortran", "f", "f90", "f95", "f03", "f08", "for", "ftn");
        ext("TOML", "toml");
        BY_NAME.put("makefile", "Makefile");
        BY_NAME.put("gnumakefile", "Makefile");
        BY_NAME.put("dockerfile", "Dockerfile");
        BY_NAME.put("cmakelists.txt", "CMake");
        BY_NAME.put("gemfile", "Ruby");
        BY_NAME.put("rakefile", "Ruby");
        interpreter("Python", "python", "python2", "python3", "pypy", "pypy3");
        interpreter("Shell", "sh", "bash", "zsh", "ksh", "dash");
        interpreter("Ruby", "ruby");
        interpreter("Perl", "perl");
        interpreter("PHP", "php");
        interpreter("Lua", "lua", "luajit");
        interpreter("JavaScript", "node", "nodejs", "deno");
        interpreter("R", "rscript");
        interpreter("Julia", "julia");
        interpreter("Haskell", "runhaskell", "runghc");
        interpreter("OCaml", "ocaml");

        for (String c : new String[] {"Java", "C", "C++", "C#", "Go", "Kotlin", "Scala", "Swift", "Dart",
                "Objective-C"}) {
            SYNTAX.put(c, C_LIKE);
        }
        SYNTAX.put("Rust", new Syntax(new String[] {"//"}, "/*", "*/", DOUBLE, false, false));
        SYNTAX.put("JavaScript", new Syntax(new String[] {"//"}, "/*", "*/", QUOTES, false, true));
        SYNTAX.put("TypeScript", new Syntax(new String[] {"//"}, "/*", "*/", QUOTES, false, true));
        SYNTAX.put("PHP", new Syntax(new String[] {"//", "#"}, "/*", "*/", QUOTES, false, false));
        SYNTAX.put("CSS", new Syntax(NONE, "/*", "*/", QUOTES, false, false));
        SYNTAX.put("SQL", new Syntax(new String[] {"--"}, "/*", "*/", QUOTES, false, false));
        SYNTAX.put("Lua", new Syntax(new String[] {"--"}, "--[[", "]]", QUOTES, false, false));
        SYNTAX.put("Haskell", new Syntax(new String[] {"--"}, "{-", "-}", DOUBLE, false, false));
        SYNTAX.put("OCaml", new Syntax(NONE, "(*", "*)", DOUBLE, false, false));
        SYNTAX.put("Fortran", new Syntax(new String[] {"!"}, null, null, QUOTES, false, false));
        SYNTAX.put("Python", new Syntax(new String[] {"#"}, null, null, QUOTES, true, false));
        SYNTAX.put("Julia", new Syntax(new String[] {"#"}, "#=", "=#", DOUBLE, true, false));
        SYNTAX.put("Ruby", new Syntax(new String[] {"#"}, "=begin", "=end", QUOTES, false, false));
        SYNTAX.put("Perl", new Syntax(new String[] {"#"}, "=pod", "=cut", QUOTES, false, false));
        for (String h : new String[] {"Shell", "R", "YAML", "TOML", "Makefile", "Dockerfile", "CMake"}) {
            SYNTAX.put(h, HASH);
        }
        SYNTAX.put("HTML", new Syntax(NONE, "<!--", "-->", NONE, false, false));
        SYNTAX.put("Markdown", new Syntax(NONE, "<!--", "-->", NONE, false, false));
        SYNTAX.put("JSON", new Syntax(NONE, null, null, DOUBLE, false, false));
    }

    private CodeLanguages() {
    }

    private static void ext(String language, String... extensions) {
        for (String e : extensions) {
            BY_EXTENSION.put(e, language);
        }
    }

    private static void interpreter(String language, String... names) {
        for (String n : names) {
            BY_INTERPRETER.put(n, language);
        }
    }

    /**
     * The language of {@code path} (any separator), looking at {@code firstLine} (may be null) for a
     * shebang when the name says nothing.
     */
    public static Optional<String> detect(String path, String firstLine) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String byName = BY_NAME.get(lower);
        if (byName != null) {
            return Optional.of(byName);
        }
        if (lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")) {
            return Optional.of("Dockerfile");
        }
        int dot = lower.lastIndexOf('.');
        if (dot > 0 && dot < lower.length() - 1) {
            String language = BY_EXTENSION.get(lower.substring(dot + 1));
            if (language != null) {
                return Optional.of(language);
            }
            if (lower.endsWith(".cmake")) {
                return Optional.of("CMake");
            }
        }
        return firstLine == null ? Optional.empty() : shebang(firstLine);
    }

    /** The language a {@code #!} line names ({@code #!/usr/bin/env python3}, {@code #!/bin/sh -e}). */
    public static Optional<String> shebang(String firstLine) {
        Matcher m = SHEBANG.matcher(firstLine);
        if (!m.find()) {
            return Optional.empty();
        }
        String program = m.group(1);
        program = program.substring(program.lastIndexOf('/') + 1);
        if (program.equals("env") && m.group(2) != null) {
            program = m.group(2);
            program = program.substring(program.lastIndexOf('/') + 1);
        }
        String key = program.toLowerCase(Locale.ROOT).replaceFirst("[0-9.]+$", "");
        String language = BY_INTERPRETER.get(program.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(language != null ? language : BY_INTERPRETER.get(key));
    }

    /** The syntax of a language this class names (never null: unknown languages get {@code #} comments). */
    public static Syntax syntax(String language) {
        return SYNTAX.getOrDefault(language, HASH);
    }
}
