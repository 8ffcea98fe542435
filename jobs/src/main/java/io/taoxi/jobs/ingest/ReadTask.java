package io.taoxi.jobs.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * Record: one unit of reading work, executed by one Spark task: usually one file; for sources where a
 * document needs its neighbours (a code repository's licence) a folder; for Reddit's split dumps a
 * submissions file with its comments file ({@code companions}). {@code sourceFile} is the stable, relative
 * name that goes into ids; {@code uri} is where to read it; {@code options} are the input's reader options
 * ({@code ingest.inputs[].options}); {@code companions} are further files read by the same task, each with
 * its own name, so their rows and summary rows keep their own {@code source_file}.
 */
public record ReadTask(String reader, String source, String uri, String sourceFile, long length, long modified,
        java.util.Map<String, String> options, List<Part> companions) implements Serializable {
    public ReadTask {
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    /** A task of one file or folder with reader options. */
    public ReadTask(String reader, String source, String uri, String sourceFile, long length, long modified,
            java.util.Map<String, String> options) {
        this(reader, source, uri, sourceFile, length, modified, options, null);
    }

    /** A task without reader options. */
    public ReadTask(String reader, String source, String uri, String sourceFile, long length, long modified) {
        this(reader, source, uri, sourceFile, length, modified, null, null);
    }

    /** Another file read by the same task. */
    public record Part(String uri, String sourceFile, long length, long modified) implements Serializable {
    }

    /** This task's own file as a part. */
    public Part self() {
        return new Part(uri, sourceFile, length, modified);
    }
}
