package io.taoxi.jobs.ingest.code;

import io.taoxi.filters.code.CodeRules;
import io.taoxi.filters.code.LicenseMatcher;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.FileListing;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import io.taoxi.jobs.ingest.doc.DocFormats;
import io.taoxi.jobs.stage.StageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Infrastructure: reader {@code code}. One task per repository, so its licence reaches every file:
 * <ul>
 *   <li>an input folder that itself looks like one repository (a LICENSE/COPYING file or a {@code .git}
 *       folder at its top) is one task;
 *   <li>otherwise every top-level folder of the input is a repository, every top-level zip / tar / tar.gz is
 *       a repository in an archive, and every other top-level file is a one-file repository;
 *   <li>an input that is one archive file is one repository.
 * </ul>
 * Hidden top-level entries ({@code .x}, {@code _x}) are skipped. docs/ingest-code.md.
 */
public final class CodeSourceReader implements SourceReader {
    private static final long serialVersionUID = 1L;

    private final CodeReaderOptions options;

    public CodeSourceReader() {
        this(CodeReaderOptions.defaults());
    }

    public CodeSourceReader(CodeReaderOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "code";
    }

    @Override
    public List<ReadTask> plan(InputSpec input, int inputIndex, Configuration hadoop) throws IOException {
        Path root = new Path(input.path());
        FileSystem fs = root.getFileSystem(hadoop);
        if (!fs.exists(root)) {
            throw new StageException("ingest.inputs[" + inputIndex + "].path: " + input.path() + " does not exist");
        }
        FileStatus status = fs.getFileStatus(root);
        List<ReadTask> tasks = new ArrayList<>();
        if (status.isFile()) {
            tasks.add(file(input, status, status.getPath().getName()));
            return tasks;
        }
        String rootName = status.getPath().getName();
        FileStatus[] top = fs.listStatus(status.getPath());
        boolean oneRepository = false;
        for (FileStatus s : top) {
            String n = s.getPath().getName();
            if ((s.isFile() && LicenseMatcher.isLicenseFile(n)) || (s.isDirectory() && n.equals(".git"))) {
                oneRepository = true;
            }
        }
        if (oneRepository) {
            tasks.add(folder(input, fs, status, rootName));
            return tasks;
        }
        for (FileStatus s : top) {
            String n = s.getPath().getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                continue;
            }
            tasks.add(s.isDirectory() ? folder(input, fs, s, rootName + "/" + n) : file(input, s, rootName + "/" + n));
        }
        tasks.sort(Comparator.comparing(ReadTask::sourceFile));
        return tasks;
    }

    private ReadTask file(InputSpec input, FileStatus s, String sourceFile) {
        return new ReadTask(name(), input.source(), s.getPath().toString(), sourceFile, s.getLen(),
                s.getModificationTime());
    }

    /** A folder task: its length is the bytes below it, its time the newest file's (for the fingerprint). */
    private ReadTask folder(InputSpec input, FileSystem fs, FileStatus dir, String sourceFile) throws IOException {
        long bytes = 0;
        long modified = dir.getModificationTime();
        long files = 0;
        for (FileStatus f : FileListing.filesBelow(fs, dir.getPath())) {
            bytes += f.getLen();
            modified = Math.max(modified, f.getModificationTime());
            files++;
        }
        // The file count joins the fingerprint through the length: a renamed file changes the count's neighbours.
        return new ReadTask(name(), input.source(), dir.getPath().toString() + "/", sourceFile, bytes + files,
                modified);
    }

    /** Whether a top-level file is read as an archive of a repository. */
    static boolean isArchive(String name) {
        return DocFormats.of(name) == DocFormats.Kind.ARCHIVE;
    }

    @Override
    public Iterator<IngestRow> read(ReadTask task, Configuration hadoop, IngestSpec spec) {
        return new RepositoryReader(task, hadoop, options);
    }

    /** Whether a path below a repository is in a vendored tree (exposed for the docs' examples). */
    static String vendored(String relativePath) {
        return CodeRules.vendoredDirectory(relativePath);
    }
}
