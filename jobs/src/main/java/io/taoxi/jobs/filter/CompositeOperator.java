package io.taoxi.jobs.filter;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalOperator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator: several operators run one after another as one (they may share state, such as one
 * segmentation per document). Each sees the signals of those before it.
 */
public final class CompositeOperator implements SignalOperator {
    private final String name;
    private final List<SignalOperator> parts;
    private final List<SignalColumn> columns;

    public CompositeOperator(String name, List<SignalOperator> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
        List<SignalColumn> all = new ArrayList<>();
        for (SignalOperator p : parts) {
            all.addAll(p.columns());
        }
        this.columns = List.copyOf(all);
    }

    @Override
    public String name() {
        StringBuilder b = new StringBuilder(name).append('[');
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : ",").append(parts.get(i).name());
        }
        return b.append(']').toString();
    }

    @Override
    public List<SignalColumn> columns() {
        return columns;
    }

    @Override
    public Object[] compute(Doc doc) {
        Object[] out = new Object[columns.size()];
        Map<String, Object> signals = new HashMap<>(doc.signals());
        Doc current = doc;
        int at = 0;
        for (SignalOperator p : parts) {
            Object[] values = p.compute(current);
            List<SignalColumn> cols = p.columns();
            for (int j = 0; j < values.length; j++) {
                out[at + j] = values[j];
                signals.put(cols.get(j).name(), values[j]);
            }
            at += values.length;
            current = new Doc(doc.id(), doc.source(), doc.lang(), doc.contentType(), doc.text(), signals);
        }
        return out;
    }
}
