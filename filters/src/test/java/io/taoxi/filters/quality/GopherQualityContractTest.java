package io.taoxi.filters.quality;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;

import io.taoxi.filters.core.SignalOperator;

class GopherQualityContractTest extends SignalOperatorContractTest {
    @Override
    SignalOperator newOperator() {
        return new GopherQuality(GopherQuality.Spec.defaults());
    }

    @Override
    Object defaultSpec() {
        return GopherQuality.Spec.defaults();
    }

    @Override
    Object expectedDefaultSpec() {
        return new GopherQuality.Spec(500_000);
    }

    @Override
    Map<String, Executable> invalidSpecs() {
        return Map.of("maxInputChars", () -> new GopherQuality.Spec(10));
    }
}
