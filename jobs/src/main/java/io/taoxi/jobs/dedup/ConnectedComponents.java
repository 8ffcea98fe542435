package io.taoxi.jobs.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.taoxi.jobs.stage.StageException;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Stage helper (Spark wiring): connected components of an undirected graph on 64-bit node ids, by
 * alternating large-star and small-star (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii: "Connected
 * Components in MapReduce and Beyond", SoCC 2014). Everything stays in DataFrames: no edge reaches the
 * driver, which only sees one count per round.
 *
 * <ul>
 *   <li><b>large-star</b>: for every node u with neighbourhood Γ(u), let m = min(Γ(u) ∪ {u}); every
 *       neighbour v &gt; u is re-attached to m.</li>
 *   <li><b>small-star</b>: orient every edge from the larger to the smaller id; for every node u with
 *       smaller neighbours N(u), let m = min N(u); attach u and every v ∈ N(u) to m.</li>
 * </ul>
 * Both preserve connectivity and never increase the number of edges; the loop stops when the edge set is a
 * forest of stars: every node has exactly one parent and no parent has a parent. Each root is then its
 * component's smallest id. The paper bounds the rounds by O(log² n) and observes O(log n) in practice.
 * Every round is materialised with {@code localCheckpoint} so the plan does not grow. A round is two
 * actions (the checkpoint and the convergence check) and five shuffles: each star step is a window
 * minimum plus a {@code distinct}, the check one aggregation (docs/dedup.md, "Spark jobs").
 *
 * <p>Deterministic: the answer (node → smallest id of its component) is a function of the edge set only,
 * whatever the partitioning. Known weakness: a hub with millions of neighbours puts them all in one
 * task of the join of a round (skew); docs/dedup.md discusses salting.
 */
public final class ConnectedComponents {
    public static final String SRC = "src";
    public static final String DST = "dst";

    private ConnectedComponents() {
    }

    /**
     * @param edges columns {@code src}, {@code dst} (long); direction and duplicates do not matter
     * @return columns {@code node}, {@code root}: every node of an edge with the smallest id of its component
     *     (roots included, mapped to themselves)
     */
    public static Dataset<Row> run(Dataset<Row> edges, int maxIterations, PrintStream log) {
        Dataset<Row> e = edges.filter(col(SRC).notEqual(col(DST))).select(col(SRC), col(DST));
        int round = 0;
        while (true) {
            round++;
            if (round > maxIterations) {
                throw new StageException("dedup: connected components did not converge in " + maxIterations
                        + " rounds (dedup.max_component_iterations)");
            }
            Dataset<Row> large = largeStar(e);
            Dataset<Row> small = smallStar(large).localCheckpoint(true);
            long unfinished = unfinished(small);
            if (log != null) {
                log.printf(Locale.ROOT, "[dedup] components round %d: %s%n", round,
                        unfinished == 0 ? "converged" : "not yet a forest of stars");
            }
            e = small;
            if (unfinished == 0) {
                break;
            }
        }
        Dataset<Row> children = e.select(col(SRC).as("node"), col(DST).as("root"));
        Dataset<Row> roots = e.select(col(DST).as("node"), col(DST).as("root")).distinct();
        return children.union(roots);
    }

    /**
     * Whether {@code e} (distinct edges child → parent) is not yet a forest of stars: some node has two
     * parents, or some parent has a parent. One aggregation over both roles of every node (one shuffle),
     * stopped at the first witness.
     */
    static long unfinished(Dataset<Row> e) {
        Dataset<Row> roles = e.select(col(SRC).as("n"), lit(1).as("child"), lit(0).as("parent"))
                .union(e.select(col(DST).as("n"), lit(0).as("child"), lit(1).as("parent")));
        return roles.groupBy(col("n")).agg(sum(col("child")).as("parents"), max(col("parent")).as("is_parent"))
                .filter(col("parents").gt(1).or(col("parents").geq(1).and(col("is_parent").equalTo(1))))
                .limit(1).count();
    }

    /** m(u) = min(Γ(u) ∪ {u}) as a window over u's neighbourhood (one shuffle; no group-by + join back). */
    static Dataset<Row> largeStar(Dataset<Row> e) {
        Dataset<Row> both = e.select(col(SRC).as("u"), col(DST).as("v"))
                .union(e.select(col(DST).as("u"), col(SRC).as("v")));
        return both.withColumn("m", least(col("u"), min(col("v")).over(Window.partitionBy(col("u")))))
                .filter(col("v").gt(col("u")))
                .select(col("v").as(SRC), col("m").as(DST)).distinct();
    }

    /** Edges oriented larger → smaller; m(u) = min N(u) as a window (a duplicate edge does not change a minimum). */
    static Dataset<Row> smallStar(Dataset<Row> e) {
        Dataset<Row> oriented = e.select(greatest(col(SRC), col(DST)).as("u"), least(col(SRC), col(DST)).as("v"));
        return oriented.withColumn("m", min(col("v")).over(Window.partitionBy(col("u"))))
                .select(when(col("v").equalTo(col("m")), col("u")).otherwise(col("v")).as(SRC), col("m").as(DST))
                .distinct();
    }
}
