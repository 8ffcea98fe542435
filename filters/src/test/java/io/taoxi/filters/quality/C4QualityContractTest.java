package io.taoxi.filters.quality;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;

import io.taoxi.filters.core.SignalOperator;

class C4QualityContractTest extends SignalOperatorContractTest {
    @Override
    SignalOperator newOperator() {
        return new C4Quality(C4Quality.Spec.defaults());
    }

    @Override
    Object defaultSpec() {
        return C4Quality.Spec.defaults();
    }

    @Override
    Object expectedDefaultSpec() {
        return new C4Quality.Spec(500_000);
    }

    @Override
    Map<String, Executable> invalidSpecs() {
        return Map.of("maxInputChars", () -> new C4Quality.Spec(10));
    }
}
