package io.taoxi.jobs.filter;

import io.taoxi.filters.core.SignalOperator;
import java.io.Serializable;

/**
 * What travels to executors for one operator: a serialisable recipe (spec records inside), built into the
 * operator once per partition. Operators, models and analyzers themselves never travel.
 */
@FunctionalInterface
public interface OperatorFactory extends Serializable {
    SignalOperator create();
}
