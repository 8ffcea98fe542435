package io.taoxi.filters.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taoxi.filters.dedup.KeepPolicy.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeepPolicyTest {
    private final KeepPolicy policy = new KeepPolicy(List.of("doc", "forum", "web"));

    @Test
    void sourceThenQualityThenLengthThenId() {
        Candidate web = new Candidate("00", "web", 0.9, 900);
        Candidate forum = new Candidate("ff", "forum", 0.1, 100);
        assertEquals(forum, policy.best(List.of(web, forum)));
        Candidate q1 = new Candidate("aa", "web", 0.8, 10);
        Candidate q2 = new Candidate("bb", "web", null, 5000);
        assertEquals(q1, policy.best(List.of(q2, q1)));
        Candidate longer = new Candidate("bb", "web", null, 600);
        Candidate shorter = new Candidate("aa", "web", null, 500);
        assertEquals(longer, policy.best(List.of(shorter, longer)));
        Candidate id0 = new Candidate("0a", "web", null, 500);
        Candidate id3 = new Candidate("3f", "web", null, 500);
        assertEquals(id0, policy.best(List.of(id3, id0)));
        assertEquals(3, policy.sourceRank("code"));
        assertEquals(0, policy.sourceRank("DOC"));
    }

    @Test
    void survivorDoesNotDependOnOrder() {
        Random r = new Random(11);
        List<Candidate> cs = new ArrayList<>();
        String[] sources = {"web", "forum", "doc", "code"};
        for (int i = 0; i < 50; i++) {
            cs.add(new Candidate(Integer.toHexString(i), sources[r.nextInt(4)], r.nextBoolean() ? null : (double) r.nextInt(3),
                    r.nextInt(3)));
        }
        Candidate best = policy.best(cs);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(cs, r);
            assertEquals(best, policy.best(cs));
        }
    }
}
