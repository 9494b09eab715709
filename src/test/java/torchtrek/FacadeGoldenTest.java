package torchtrek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static torchtrek.Kwargs.axis;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.keepdims;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.errors.TorchException;
import torchtrek.golden.GoldenBlocks;

/**
 * The np facade's everyday behaviour against real NumPy (scripts/golden/numpy/facade.py): each
 * golden case's Python expression has a Java twin here, and the twin's result must print as
 * NumPy's repr (or fail with NumPy's error line).
 */
class FacadeGoldenTest {
    private static final Map<String, Supplier<Object>> TWINS = new TreeMap<>();

    private static void twin(String name, Supplier<Object> code) {
        TWINS.put(name, code);
    }

    private static np.ndarray a(long... values) { return np.array(values); }

    private static np.ndarray ar(long n) { return np.arange(n); }

    static {
        twin("array-ints", () -> np.array(new long[] {1, 2, 3}));
        twin("array-floats", () -> np.array(new double[] {1.0, 2.5}));
        twin("array-mixed", () -> np.array(List.of(1, 2.5)));
        twin("array-bools", () -> np.array(new boolean[] {true, false}));
        twin("array-bool-and-int", () -> np.array(List.of(true, 2)));
        twin("array-nested", () -> np.array(new long[][] {{1, 2}, {3, 4}}));
        twin("array-dtype", () -> np.array(new long[] {1, 2}, dtype(np.float32)));
        twin("array-ragged", () -> np.array(List.of(List.of(1, 2), List.of(3))));
        twin("array-scalar", () -> np.array(5L));
        twin("zeros", () -> np.zeros(3));
        twin("zeros-2d-int", () -> np.zeros(2, 3, dtype(np.int32)));
        twin("ones-2d", () -> np.ones(2, 2));
        twin("full-int", () -> np.full(new long[] {2}, 7L));
        twin("full-float", () -> np.full(new long[] {2, 2}, 0.5));
        twin("zeros-negative", () -> np.zeros(-1));
        twin("zeros-like", () -> np.zeros_like(np.array(new long[][] {{1, 2}}, dtype(np.int8))));
        twin("ones-like-float", () -> np.ones_like(np.array(new double[] {1.5, 2.5})));
        twin("arange-int", () -> np.arange(5));
        twin("arange-start-stop-step", () -> np.arange(2, 11, 3));
        twin("arange-float", () -> np.arange(0.0, 1.0, 0.1));
        twin("arange-negative-step", () -> np.arange(5, 0, -2));
        twin("arange-empty", () -> np.arange(3, 1));
        twin("linspace", () -> np.linspace(0, 1, 5));
        twin("linspace-default", () -> np.linspace(0, 2).get(":4"));
        twin("linspace-one", () -> np.linspace(3, 4, 1));
        twin("eye", () -> np.eye(3));
        twin("shape", () -> np.zeros(2, 3).shape());
        twin("ndim", () -> np.zeros(2, 3).ndim());
        twin("size", () -> np.zeros(2, 3).size());
        twin("dtype", () -> np.zeros(2, 3).dtype());
        twin("dtype-str", () -> np.zeros(2, dtype(np.int8)).dtype().toString());
        twin("itemsize", () -> np.zeros(2, dtype(np.int16)).itemsize());
        twin("nbytes", () -> np.zeros(2, 3, dtype(np.float32)).nbytes());
        twin("strides", () -> np.zeros(2, 3).strides());
        twin("strides-transposed", () -> np.zeros(2, 3).T().strides());
        twin("index-int", () -> a(10, 20, 30).get(1));
        twin("index-negative", () -> a(10, 20, 30).get(-1));
        twin("index-float-scalar", () -> np.array(new double[] {1.5, 2.5}).get(0));
        twin("index-row", () -> ar(6).reshape(2, 3).get(1));
        twin("index-column", () -> ar(6).reshape(2, 3).get(":, 1"));
        twin("index-slice-step", () -> ar(10).get("1:8:3"));
        twin("index-ellipsis", () -> ar(6).reshape(2, 3).get("..., 0"));
        twin("index-none", () -> ar(3).get("None, :"));
        twin("index-list", () -> ar(10).get("[1, 3, 5]"));
        twin("index-out-of-bounds", () -> a(1, 2, 3).get(5));
        twin("index-out-of-bounds-axis1", () -> np.array(new long[][] {{1, 2, 3}}).get(0, 5));
        twin("index-too-many", () -> a(1, 2, 3).get(0, 0));
        twin("index-scalar-array", () -> np.array(5L).get(0));
        twin("reshape", () -> ar(6).reshape(2, 3));
        twin("reshape-infer", () -> ar(6).reshape(3, -1));
        twin("reshape-bad", () -> ar(6).reshape(4, 2));
        twin("reshape-two-unknown", () -> ar(6).reshape(-1, -1));
        twin("transpose", () -> ar(6).reshape(2, 3).T());
        twin("flatten-transposed", () -> ar(6).reshape(2, 3).T().flatten());
        twin("ravel", () -> ar(4).reshape(2, 2).ravel());
        twin("astype-float-to-int", () -> np.array(new double[] {1.7, -1.7, 2.5}).astype(np.int64));
        twin("astype-int-to-float16", () -> a(1, 2049).astype(np.float16));
        twin("astype-bool", () -> np.array(new double[] {0.0, 0.5, -1.0}).astype(np.bool_));
        twin("astype-uint8-wraps", () -> a(256, -1, 300).astype(np.uint8));
        twin("copy", () -> a(1, 2).copy());
        twin("tolist-ints", () -> np.array(new long[][] {{1, 2}, {3, 4}}).tolist());
        twin("tolist-floats", () -> np.array(new double[] {0.5, 1.0}).tolist());
        twin("tolist-bools", () -> np.array(new boolean[] {true, false}).tolist());
        twin("item", () -> np.array(new double[][] {{2.5}}).item());
        twin("item-many", () -> a(1, 2).item());
        twin("sum-scalar", () -> np.array(new double[] {1.5, 2.5}).sum());
        twin("mean-ints", () -> a(1, 2, 4).mean());
        twin("max-axis", () -> np.array(new long[][] {{1, 5}, {7, 2}}).max(axis(0)));
        twin("argmax-flat", () -> np.array(new long[][] {{1, 5}, {7, 2}}).argmax());
        twin("argmin-axis1", () -> np.array(new long[][] {{1, 5}, {7, 2}}).argmin(axis(1)));
        twin("sum-axis-out-of-range", () -> np.array(new long[][] {{1, 2}, {3, 4}}).sum(axis(2)));
        twin("sum-keepdims", () -> np.array(new long[][] {{1, 2}, {3, 4}}).sum(axis(1), keepdims(true)));
        twin("mean-tuple-axes", () -> np.arange(24.0).reshape(2, 3, 4).mean(axis(0, 2)));
        twin("max-empty", () -> np.array(new double[0]).max());
        twin("matmul", () -> np.array(new double[][] {{1, 2}, {3, 4}}).matmul(np.array(new double[][] {{5}, {6}})));
        twin("matmul-vectors", () -> np.array(new double[] {1, 2}).matmul(np.array(new double[] {3, 4})));
        twin("matmul-ints", () -> np.array(new long[][] {{1, 2}}).matmul(np.array(new long[][] {{3}, {4}})));
        twin("matmul-mismatch", () -> np.ones(2, 3).matmul(np.ones(4, 5)));
        twin("matmul-scalar", () -> np.array(2.0).matmul(np.ones(2)));
        twin("dot", () -> np.dot(a(1, 2), a(3, 4)));
        twin("broadcast-mismatch", () -> np.ones(3).add(np.ones(4)));
        twin("broadcast-2d", () -> ar(3).add(ar(2).reshape(2, 1)));
        twin("compare", () -> a(1, 5, 3).gt(2));
        twin("mask-index", () -> a(1, 5, 3).get(a(1, 5, 3).gt(2)));
        twin("scalar-add", () -> np.array(new double[] {1.5}).get(0).add(1));
        twin("add-scalars", () -> np.add(2, 3));
        twin("divide-by-zero-float", () -> np.array(new double[] {1.0, -1.0, 0.0}).div(0));
        twin("int-floor-divide-zero", () -> a(7, -7).floordiv(0));
        twin("int-negative-power", () -> a(2, 3).pow(-1));
        twin("float-str-scalar-big", () -> np.array(new double[] {1e20}).sum().toString());
        twin("float32-scalar-str", () -> np.array(new double[] {0.1}, dtype(np.float32)).sum().toString());
        twin("bool-scalar", () -> np.array(new boolean[] {true}).get(0));
        twin("reverse", () -> ar(5).get("::-1"));
        twin("reverse-step-bounds", () -> ar(10).get("7:2:-2"));
        twin("reverse-negative-bounds", () -> ar(5).get("-1:-6:-1"));
        twin("reverse-past-the-end", () -> ar(5).get("10:0:-3"));
        twin("reverse-empty", () -> ar(5).get("1:3:-1"));
        twin("reverse-rows", () -> ar(6).reshape(2, 3).get("::-1, 1"));
        twin("reverse-columns", () -> ar(6).reshape(2, 3).get(":, ::-1"));
        twin("reverse-strides", () -> np.arange(6.0).reshape(2, 3).get(":, ::-1").strides());
        twin("reverse-sum", () -> np.arange(5.0).get("::-1").sum());
        twin("reverse-reshape", () -> ar(6).get("::-1").reshape(2, 3));
        twin("reverse-assign", () -> {
            np.ndarray z = np.zeros(4);
            z.set("::-1", ar(4));
            return z;
        });
        twin("reverse-shares-memory", () -> {
            np.ndarray x = ar(4);
            return np.shares_memory(x, x.get("::-1"));
        });
        twin("reverse-add", () -> ar(3).get("::-1").add(ar(3)));
        twin("load-missing", () -> np.load("/nonexistent/a.npy"));
        twin("load-directory", () -> np.load("/tmp"));
        twin("random-randint-bad", () -> np.random.randint(5, 5));
        twin("random-randint-high", () -> np.random.randint(0));
        twin("random-seed-bad", () -> {
            np.random.seed(-1);
            return null;
        });
    }

    static Stream<GoldenBlocks.Case> cases() {
        return GoldenBlocks.load("/golden/numpy/facade.txt").stream();
    }

    @Test
    void everyGoldenCaseHasATwinAndNoTwinIsOrphaned() {
        assertEquals(TWINS.keySet(), cases().map(GoldenBlocks.Case::name).collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsAsNumpy(GoldenBlocks.Case c) {
        Supplier<Object> code = TWINS.get(c.name());
        String actual;
        try {
            actual = Python.repr(code.get());
        } catch (TorchException e) {
            actual = e.toString().stripTrailing();
        }
        assertEquals(c.section("result"), actual, c.field("python"));
    }
}
