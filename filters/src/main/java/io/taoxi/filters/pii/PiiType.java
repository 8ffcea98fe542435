package io.taoxi.filters.pii;

/** Record-like enum: the personal-data types, their config/column key and redaction placeholder. */
public enum PiiType {
    SECRET("secret", "<SECRET>"),
    EMAIL("email", "<EMAIL>"),
    CN_ID("cn_id", "<CN_ID>"),
    KR_RRN("kr_rrn", "<KR_RRN>"),
    PAYMENT_CARD("payment_card", "<CARD>"),
    JP_MY_NUMBER("jp_my_number", "<JP_MY_NUMBER>"),
    PHONE("phone", "<PHONE>"),
    IP("ip", "<IP>");

    private final String key;
    private final String placeholder;

    PiiType(String key, String placeholder) {
        this.key = key;
        this.placeholder = placeholder;
    }

    /** snake_case key used in config ({@code pii.actions.email}) and columns ({@code pii_email_count}). */
    public String key() {
        return key;
    }

    public String placeholder() {
        return placeholder;
    }

    public String column() {
        return "pii_" + key + "_count";
    }

    public static PiiType fromKey(String key) {
        for (PiiType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown PII type '" + key + "'; known: "
                + java.util.Arrays.stream(values()).map(PiiType::key).toList());
    }
}
