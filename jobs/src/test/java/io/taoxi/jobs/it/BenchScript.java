package io.taoxi.jobs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the {@code bench/*.sh} checks in a child process and asserts that it printed PASS and exited
 * 0. The build folder is the one these test classes were compiled into ({@code jobs/<build dir>/test-classes}),
 * passed to the script as {@code TAOXI_BUILD_DIR}; the jars must be packaged already (failsafe runs after
 * {@code package}), otherwise the test is skipped.
 */
final class BenchScript {
    private BenchScript() {
    }

    static void runAndExpectPass(String script, long timeoutMinutes) throws IOException, InterruptedException {
        Path testClasses = testClasses();
        Path buildDir = testClasses.getParent();
        Path jobs = buildDir.getParent();
        Path root = jobs.getParent();
        Path file = root.resolve("bench").resolve(script);
        assumeTrue(Files.isRegularFile(file), "no " + file);
        assumeTrue(Files.isDirectory(buildDir.resolve("lib")), "not packaged yet: no " + buildDir.resolve("lib"));
        assumeTrue(hasClusterJar(buildDir), "not packaged yet: no cluster jar in " + buildDir);

        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("TAOXI_BUILD_DIR", buildDir.getFileName().toString());
        Process process = pb.start();
        StringBuilder output = new StringBuilder();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    System.out.println("[" + script + "] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process went away; the exit code says what happened
            }
        });
        pump.setDaemon(true);
        pump.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            // SIGTERM: the script's trap stops the JVMs it started and keeps its work folder
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            throw new AssertionError(script + " did not finish within " + timeoutMinutes + " minutes:\n" + tail(output));
        }
        pump.join(10_000);
        String text;
        synchronized (output) {
            text = output.toString();
        }
        assertEquals(0, process.exitValue(), script + " failed:\n" + tail(output));
        assertTrue(text.contains(": PASS"), script + " exited 0 without printing PASS:\n" + tail(output));
    }

    private static boolean hasClusterJar(Path buildDir) throws IOException {
        try (var files = Files.list(buildDir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith("-cluster.jar"));
        }
    }

    private static Path testClasses() {
        try {
            return Paths.get(BenchScript.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(StringBuilder output) {
        synchronized (output) {
            int from = Math.max(0, output.length() - 6000);
            return output.substring(from);
        }
    }
}
