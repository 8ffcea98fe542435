package io.taoxi.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalOperator;

class FineWebQualityContractTest extends SignalOperatorContractTest {
    @Override
    SignalOperator newOperator() {
        return new FineWebQuality(FineWebQuality.Spec.defaults());
    }

    @Override
    Object defaultSpec() {
        return FineWebQuality.Spec.defaults();
    }

    @Override
    Object expectedDefaultSpec() {
        return new FineWebQuality.Spec(500_000, 30);
    }

    @Override
    Map<String, Executable> invalidSpecs() {
        return Map.of(
                "maxInputChars", () -> new FineWebQuality.Spec(100_000_000, 30),
                "shortLineChars", () -> new FineWebQuality.Spec(500_000, 0));
    }

    @Test
    void shortLineCharsIsHonoured() {
        Doc doc = Doc.of("zh-Hans", "今天天气很好。\n我们去公园吧，顺便买点水果回来。");
        assertEquals(0.5, (Double) new FineWebQuality(new FineWebQuality.Spec(500_000, 10)).compute(doc)[1], 1e-9);
        assertEquals(1.0, (Double) new FineWebQuality(FineWebQuality.Spec.defaults()).compute(doc)[1], 1e-9);
    }
}
