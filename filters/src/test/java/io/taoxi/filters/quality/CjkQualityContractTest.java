package io.taoxi.filters.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalOperator;

class CjkQualityContractTest extends SignalOperatorContractTest {
    @Override
    SignalOperator newOperator() {
        return new CjkQuality(CjkQuality.Spec.defaults());
    }

    @Override
    Object defaultSpec() {
        return CjkQuality.Spec.defaults();
    }

    @Override
    Object expectedDefaultSpec() {
        return new CjkQuality.Spec(500_000, 10, 80);
    }

    @Override
    Map<String, Executable> invalidSpecs() {
        return Map.of(
                "maxInputChars", () -> new CjkQuality.Spec(0, 10, 80),
                "longDigitRunChars", () -> new CjkQuality.Spec(500_000, 2, 80),
                "boilerplateMaxLineChars", () -> new CjkQuality.Spec(500_000, 10, 0));
    }

    @Test
    void specFieldsChangeTheSignals() {
        Doc doc = Doc.of("zh-Hans", "订单号 20240716 已发货\n点击查看物流详情，如有问题请联系客服，我们会在二十四小时之内尽快为您处理。");
        Object[] strict = new CjkQuality(new CjkQuality.Spec(500_000, 8, 20)).compute(doc);
        Object[] defaults = new CjkQuality(CjkQuality.Spec.defaults()).compute(doc);
        assertEquals(1L, strict[6]); // 8-digit date counts at 8
        assertEquals(0L, defaults[6]);
        assertEquals(0.0, (Double) strict[5], 1e-9); // the 点击 line is 38 chars: longer than 20
        assertEquals(0.5, (Double) defaults[5], 1e-9);
    }
}
