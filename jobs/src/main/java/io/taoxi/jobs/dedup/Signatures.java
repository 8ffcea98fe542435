package io.taoxi.jobs.dedup;

import io.taoxi.filters.dedup.LshBands;
import io.taoxi.filters.dedup.MinHash;
import io.taoxi.filters.dedup.Shingler;
import io.taoxi.filters.dedup.Signer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage helper: the executor-side functions of near-dedup. Each is built from serialisable parameters
 * only and creates its operators inside the task. Signatures travel as {@code binary}: 8 bytes per
 * element, big-endian (compact in shuffles, no boxing).
 */
final class Signatures {
    /** Salt of code documents' band keys: code only ever meets code. */
    static final long CODE_SALT = 0x436f64654f6e6c79L;

    /** {@code uid, salt, sig}: documents with a signature. */
    static final StructType SIGNATURE = new StructType()
            .add("uid", DataTypes.LongType, false)
            .add("salt", DataTypes.LongType, false)
            .add("sig", DataTypes.BinaryType, false);

    /** {@code band, key, uid}: one row per band of a signature. */
    static final StructType BAND = new StructType()
            .add("band", DataTypes.IntegerType, false)
            .add("key", DataTypes.LongType, false)
            .add("uid", DataTypes.LongType, false);

    private Signatures() {
    }

    static byte[] encode(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 8);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    static long[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / 8];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getLong();
        }
        return sig;
    }

    static double jaccard(byte[] a, byte[] b) {
        return MinHash.jaccard(decode(a), decode(b));
    }

    /** Input rows {@code uid, is_code, text} → {@link #SIGNATURE} rows (short documents left out). */
    static MapPartitionsFunction<Row, Row> ours(Shingler.Spec shingles, int numPermutations, long seed,
            int minShingles) {
        return rows -> {
            Signer signer = new Signer(shingles, numPermutations, seed, minShingles);
            return new Iterator<Row>() {
                Row next = advance();

                private Row advance() {
                    while (rows.hasNext()) {
                        Row r = rows.next();
                        boolean code = r.getBoolean(1);
                        long[] sig = signer.signature(r.isNullAt(2) ? "" : r.getString(2),
                                code ? Shingler.Mode.CODE : Shingler.Mode.TEXT);
                        if (sig != null) {
                            return RowFactory.create(r.getLong(0), code ? CODE_SALT : 0L, encode(sig));
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    Row r = next;
                    next = advance();
                    return r;
                }
            };
        };
    }

    /** The largest index MLlib's MinHash accepts is below its prime 2038074743. */
    static final int MLLIB_DIMENSION = 2_038_074_742;

    /**
     * Input rows {@code uid, is_code, text} → rows {@code uid, salt, features} with the shingle set as an
     * MLlib sparse binary vector (index = shingle hash reduced to [0, 2038074742)); short documents left out.
     */
    static MapPartitionsFunction<Row, Row> mllibFeatures(Shingler.Spec shingles, int minShingles) {
        return rows -> {
            Signer signer = new Signer(shingles, 1, 0, minShingles);
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                boolean code = r.getBoolean(1);
                long[] s = signer.shingler().shingles(r.isNullAt(2) ? "" : r.getString(2),
                        code ? Shingler.Mode.CODE : Shingler.Mode.TEXT);
                if (!signer.enough(s)) {
                    continue;
                }
                out.add(RowFactory.create(r.getLong(0), code ? CODE_SALT : 0L, mllibVector(s)));
            }
            return out.iterator();
        };
    }

    static SparseVector mllibVector(long[] shingles) {
        int[] idx = new int[shingles.length];
        for (int i = 0; i < shingles.length; i++) {
            idx[i] = (int) Long.remainderUnsigned(shingles[i], MLLIB_DIMENSION);
        }
        java.util.Arrays.sort(idx);
        int n = 0;
        for (int i = 0; i < idx.length; i++) {
            if (n == 0 || idx[i] != idx[n - 1]) {
                idx[n++] = idx[i];
            }
        }
        int[] indices = java.util.Arrays.copyOf(idx, n);
        double[] values = new double[n];
        java.util.Arrays.fill(values, 1.0);
        return (SparseVector) Vectors.sparse(MLLIB_DIMENSION, indices, values);
    }

    /** MLlib's {@code hashes} (one 1-element vector per hash table) → our signature layout. */
    static byte[] fromMllib(scala.collection.Seq<Vector> hashes) {
        long[] sig = new long[hashes.size()];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = (long) hashes.apply(i).apply(0);
        }
        return encode(sig);
    }

    /** {@link #SIGNATURE} rows → {@link #BAND} rows. */
    static FlatMapFunction<Row, Row> bands(LshBands lsh) {
        return r -> {
            long uid = r.getLong(0);
            long[] keys = lsh.bandKeys(decode((byte[]) r.get(2)), r.getLong(1));
            List<Row> out = new ArrayList<>(keys.length);
            for (int b = 0; b < keys.length; b++) {
                out.add(RowFactory.create(b, keys[b], uid));
            }
            return out.iterator();
        };
    }
}
