package io.taoxi.jobs.ingest.doc;

import org.apache.tika.parser.AutoDetectParser;

/**
 * Infrastructure: one Tika {@link AutoDetectParser} per JVM (an executor), built on first use. Building
 * it loads every parser of the standard package through the service loader (about a second), far too
 * much per file; Tika's parsers are thread-safe and keep no state between parses, so one instance serves
 * every task. It is never captured in a Spark closure: each executor builds its own.
 */
public final class TikaParsers {
    private TikaParsers() {
    }

    private static final class Holder {
        private static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    public static AutoDetectParser shared() {
        return Holder.PARSER;
    }
}
