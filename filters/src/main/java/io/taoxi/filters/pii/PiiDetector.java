package io.taoxi.filters.pii;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Operator: counts validated personal identifiers per type ({@link PiiScanner}), name {@code pii_v1}.
 *
 * <p>Columns (int): {@code pii_secret_count}, {@code pii_email_count}, {@code pii_cn_id_count},
 * {@code pii_kr_rrn_count}, {@code pii_payment_card_count}, {@code pii_jp_my_number_count},
 * {@code pii_phone_count}, {@code pii_ip_count}, {@code pii_total}. A type switched off in the Spec
 * gives null (not applicable), and does not count in the total.
 *
 * <p>Example: {@code "电话 13812345678，邮箱 li.na@qq.com"} → phone 1, email 1, total 2.
 */
public final class PiiDetector implements SignalOperator {
    public static final String NAME = "pii_v1";
    public static final List<SignalColumn> COLUMNS = columnList();

    private final PiiScanner scanner;

    public PiiDetector(PiiScanner.Spec spec) {
        this.scanner = new PiiScanner(spec);
    }

    private static List<SignalColumn> columnList() {
        List<SignalColumn> columns = new ArrayList<>();
        for (PiiType type : PiiType.values()) {
            columns.add(new SignalColumn(type.column(), SignalColumn.Type.INT,
                    "validated " + type.key() + " identifiers in the text"));
        }
        columns.add(new SignalColumn("pii_total", SignalColumn.Type.INT, "validated identifiers of all types"));
        return List.copyOf(columns);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Object[] compute(Doc doc) {
        Map<PiiType, Integer> counts = counts(scanner.scan(doc.text()));
        Object[] out = new Object[COLUMNS.size()];
        int total = 0;
        for (PiiType type : PiiType.values()) {
            if (scanner.spec().types().contains(type)) {
                int c = counts.getOrDefault(type, 0);
                out[type.ordinal()] = c;
                total += c;
            }
        }
        out[out.length - 1] = total;
        return out;
    }

    /** The matches themselves (sample browser, tests). */
    public List<PiiMatch> matches(Doc doc) {
        return scanner.scan(doc.text());
    }

    static Map<PiiType, Integer> counts(List<PiiMatch> matches) {
        Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
        for (PiiMatch m : matches) {
            counts.merge(m.type(), 1, Integer::sum);
        }
        return counts;
    }
}
