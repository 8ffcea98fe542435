package io.taoxi.filters.quality;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;

import io.taoxi.filters.core.SignalOperator;

class GopherRepetitionContractTest extends SignalOperatorContractTest {
    @Override
    SignalOperator newOperator() {
        return new GopherRepetition(GopherRepetition.Spec.defaults());
    }

    @Override
    Object defaultSpec() {
        return GopherRepetition.Spec.defaults();
    }

    @Override
    Object expectedDefaultSpec() {
        return new GopherRepetition.Spec(500_000);
    }

    @Override
    Map<String, Executable> invalidSpecs() {
        return Map.of("maxInputChars", () -> new GopherRepetition.Spec(10));
    }
}
