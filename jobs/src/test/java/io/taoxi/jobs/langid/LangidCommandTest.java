package io.taoxi.jobs.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LangidCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, List<String> lines, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LangidCommand command = new LangidCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute(args);
        String text = out.toString(StandardCharsets.UTF_8);
        return new Run(code, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneJsonLinePerInputLineFromStdin() throws Exception {
        Run r = run("今天天气很好\n東京大学医学部附属病院\n\nThe cat sat on the mat.\n");
        assertEquals(0, r.code());
        assertEquals(4, r.lines().size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(r.lines().get(0));
        assertEquals("zh-Hans", first.get("label").asText());
        assertEquals("Hani:1.00", first.get("scripts").asText());
        assertEquals("今天天气很好", first.get("text").asText());
        assertTrue(first.get("score").asDouble() > 0);
        assertEquals("ja", json.readTree(r.lines().get(1)).get("label").asText());
        assertEquals("und", json.readTree(r.lines().get(2)).get("label").asText());
        assertEquals("en", json.readTree(r.lines().get(3)).get("label").asText());
    }

    @Test
    void readsAFileAndCanOmitText() throws Exception {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "오늘 날씨가 좋네요\n佢今日唔嚟返工\n", StandardCharsets.UTF_8);
        Run r = run("", "--input", file.toString(), "--no-text");
        assertEquals(0, r.code());
        JsonNode ko = new ObjectMapper().readTree(r.lines().get(0));
        assertEquals("ko", ko.get("label").asText());
        assertTrue(ko.get("text") == null);
        assertEquals("yue", new ObjectMapper().readTree(r.lines().get(1)).get("label").asText());
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("", "--input", dir.resolve("nope.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not found"));
    }
}
