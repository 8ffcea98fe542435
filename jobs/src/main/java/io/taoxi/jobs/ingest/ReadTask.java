package io.taoxi.jobs.ingest;

import java.io.Serializable;

/**
 * Record: one unit of reading work, executed by one Spark task: usually one file; for sources where a
 * document needs its neighbours (a code repository's licence) a folder. {@code sourceFile} is the stable,
 * relative name that goes into ids; {@code uri} is where to read it; {@code options} are the input's
 * reader options ({@code ingest.inputs[].options}).
 */
public record ReadTask(String reader, String source, String uri, String sourceFile, long length, long modified,
        java.util.Map<String, String> options) implements Serializable {
    public ReadTask {
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
    }

    /** A task without reader options. */
    public ReadTask(String reader, String source, String uri, String sourceFile, long length, long modified) {
        this(reader, source, uri, sourceFile, length, modified, null);
    }
}
