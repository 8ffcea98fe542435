package io.taoxi.jobs.ingest;

import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.stage.StageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Infrastructure: lists the files of an input path (recursively, hidden {@code .x}/{@code _x} files
 * skipped) as one {@link ReadTask} each, named {@code <input folder name>/<relative path>} so ids do not
 * depend on where the corpus is mounted.
 */
public final class FileListing {
    private FileListing() {
    }

    public static List<ReadTask> files(String reader, InputSpec input, int inputIndex, Configuration hadoop,
            Predicate<String> acceptName) throws IOException {
        List<ReadTask> tasks = new ArrayList<>();
        Path root = new Path(input.path());
        FileSystem fs = root.getFileSystem(hadoop);
        if (!fs.exists(root)) {
            throw new StageException("ingest.inputs[" + inputIndex + "].path: " + input.path() + " does not exist");
        }
        FileStatus status = fs.getFileStatus(root);
        Path qualifiedRoot = status.getPath();
        if (status.isFile()) {
            tasks.add(new ReadTask(reader, input.source(), qualifiedRoot.toString(), qualifiedRoot.getName(),
                    status.getLen(), status.getModificationTime(), input.options()));
            return tasks;
        }
        String rootName = qualifiedRoot.getName();
        String rootPrefix = qualifiedRoot.toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String name = f.getPath().getName();
            if (!f.isFile() || name.startsWith(".") || name.startsWith("_") || !acceptName.test(name)) {
                continue;
            }
            String path = f.getPath().toUri().getPath();
            String relative = path.startsWith(rootPrefix + "/") ? path.substring(rootPrefix.length() + 1) : name;
            tasks.add(new ReadTask(reader, input.source(), f.getPath().toString(), rootName + "/" + relative,
                    f.getLen(), f.getModificationTime(), input.options()));
        }
        tasks.sort(Comparator.comparing(ReadTask::sourceFile));
        return tasks;
    }
}
