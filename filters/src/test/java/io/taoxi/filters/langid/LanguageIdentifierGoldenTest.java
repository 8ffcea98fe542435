package io.taoxi.filters.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code langid/golden.tsv} through {@link LanguageIdentifier#identify}. {@code NOTE:} lines pin a known
 * miss ({@code NOTE:now<TAB>wanted<TAB>input}): the current output is asserted so a change is seen and reviewed.
 */
class LanguageIdentifierGoldenTest {
    private static LanguageIdentifier identifier;

    @BeforeAll
    static void build() {
        identifier = new LanguageIdentifier();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LanguageIdentifierGoldenTest.class.getResourceAsStream("/langid/golden.tsv")),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].startsWith("NOTE:")) {
                    out.add(Arguments.of("golden.tsv:" + number + " (known miss, wanted " + f[1] + ")",
                            f[0].substring(5), f[2]));
                } else {
                    out.add(Arguments.of("golden.tsv:" + number, f[0], f[1]));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void labels(String where, String expected, String input) {
        assertEquals(expected, identifier.identify(input).label(), where + ": " + input);
    }
}
