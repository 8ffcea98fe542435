package io.taoxi.jobs.stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Infrastructure: the git commit and version that a manifest records. */
public final class BuildInfo {
    private static volatile String commit;

    private BuildInfo() {
    }

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /** {@code -Dtaoxi.git.commit} (set by bin/taoxi), else {@code git rev-parse HEAD} here, else "unknown". */
    public static String gitCommit() {
        String c = commit;
        if (c != null) {
            return c;
        }
        c = System.getProperty("taoxi.git.commit");
        if (c == null || c.isBlank()) {
            c = fromGit();
        }
        commit = c;
        return c;
    }

    private static String fromGit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(3, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    return "unknown";
                }
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                return out.matches("[0-9a-f]{40}") ? out : "unknown";
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
