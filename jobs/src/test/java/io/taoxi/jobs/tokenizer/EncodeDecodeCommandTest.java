package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.tokenizer.Tokenizer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodeDecodeCommandTest {
    @TempDir
    static Path dir;
    static Tokenizer tokenizer;

    @BeforeAll
    static void setUp() throws Exception {
        tokenizer = Tokenizer.load(TokenizerFixtures.trainTokenizer(Files.createDirectories(dir.resolve("tok")),
                TokenizerFixtures.documents()));
    }

    static String encode(String in, EncodeCommand.Format f, boolean ordinary) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        EncodeCommand.run(tokenizer, new BufferedReader(new StringReader(in)), new PrintStream(b, true,
                StandardCharsets.UTF_8), f, ordinary);
        return b.toString(StandardCharsets.UTF_8);
    }

    static String decode(String in, DecodeCommand.Format f) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DecodeCommand.run(tokenizer, new BufferedReader(new StringReader(in)), new PrintStream(b, true,
                StandardCharsets.UTF_8), f, false);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textLinesRoundTrip() throws Exception {
        String text = "长江是中国第一大河\nReading is fun.\n\n한국어 텍스트 <|endoftext|>\n";
        String ids = encode(text, EncodeCommand.Format.auto, false);
        assertEquals(4, ids.split("\n").length);
        assertTrue(ids.split("\n")[2].equals("[]"));
        assertTrue(ids.split("\n")[3].endsWith("," + tokenizer.tokenId("<|endoftext|>") + "]"), ids);
        assertEquals(text, decode(ids, DecodeCommand.Format.text));
        String ordinary = encode("<|endoftext|>\n", EncodeCommand.Format.text, true);
        assertTrue(!ordinary.contains(String.valueOf(tokenizer.tokenId("<|endoftext|>"))), ordinary);
    }

    @Test
    void jsonLinesRoundTripTextsWithLineBreaks() throws Exception {
        String in = "{\"text\":\"def add(a, b):\\n    return a + b\",\"id\":1}\n{\"text\":\"今日は\"}\n";
        String ids = encode(in, EncodeCommand.Format.auto, false);
        assertEquals(2, ids.split("\n").length);
        assertEquals("{\"text\":\"def add(a, b):\\n    return a + b\"}\n{\"text\":\"今日は\"}\n",
                decode(ids, DecodeCommand.Format.jsonl));
        ConfigException e = assertThrows(ConfigException.class, () -> decode(ids, DecodeCommand.Format.text));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("jsonl"), e.getMessage());
    }

    @Test
    void badInputNamesTheLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> encode("{\"text\":\"a\"}\n{\"txt\":\"b\"}\n", EncodeCommand.Format.jsonl, false));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> decode("[1,2]\n[1,999999]\n", DecodeCommand.Format.text));
        assertTrue(e.getMessage().startsWith("line 2, position 1"), e.getMessage());
    }
}
