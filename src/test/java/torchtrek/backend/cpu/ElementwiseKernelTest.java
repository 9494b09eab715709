package torchtrek.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.ReduceOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * The CPU elementwise kernels and sums against a per-element reference written with the storage
 * accessors and {@link Layout#position}: every fast path (dense at one offset, dense at
 * different offsets, broadcast scalars, the direct small-op call, the parallel split) must give
 * what the plain definition gives, for every layout kind and dtype.
 */
class ElementwiseKernelTest {
    private static final CpuBackend CPU = CpuBackend.INSTANCE;
    /** Small enough for the direct path, and large enough (over Parallel.GRAIN) for the split one. */
    private static final int[][] SHAPES = {{3, 5}, {Parallel.GRAIN / 499 + 1, 499}};
    private static final String[] KINDS = {"dense", "offset", "transposed", "stepped", "rowBroadcast", "scalar"};

    /** An operand of {@code shape} laid out as {@code kind} over fresh random storage. */
    static Strided operand(String kind, int[] shape, DType dtype, SplittableRandom rnd) {
        int rows = shape[0], cols = shape[1];
        Layout l;
        int size;
        switch (kind) {
            case "dense": l = Layout.contiguous(shape); size = rows * cols; break;
            case "offset": l = new Layout(shape, new int[] {cols, 1}, 7); size = rows * cols + 7; break;
            case "transposed": l = new Layout(shape, new int[] {1, rows}, 0); size = rows * cols; break;
            case "stepped": l = new Layout(shape, new int[] {2 * cols + 1, 2}, 1); size = rows * (2 * cols + 1) + 1; break;
            case "rowBroadcast": l = new Layout(shape, new int[] {0, 1}, 2); size = cols + 2; break;
            default: l = new Layout(shape, new int[] {0, 0}, 3); size = 4; break;
        }
        Storage s = ArrayStorage.allocate(dtype, size);
        for (int i = 0; i < size; i++) {
            if (dtype.isFloatingPoint()) s.setDouble(i, rnd.nextDouble(0.5, 4) * (rnd.nextBoolean() ? 1 : -1));
            else if (dtype == DType.BOOL) s.setLong(i, rnd.nextInt(2));
            else s.setLong(i, rnd.nextInt(1, 12) * (rnd.nextBoolean() ? 1L : -1L));  // never 0: integer division
        }
        return new Strided(s, l);
    }

    /** A destination: outputs are never broadcast, so those kinds become dense. */
    private static Strided output(String kind, int[] shape, DType dtype) {
        return operand(kind.equals("rowBroadcast") || kind.equals("scalar") ? "dense" : kind, shape, dtype, new SplittableRandom(9));
    }

    static Stream<Arguments> binaryCases() {
        List<Arguments> out = new ArrayList<>();
        DType[] dtypes = {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32, DType.INT16, DType.UINT8};
        for (int[] shape : SHAPES)
            for (DType dt : dtypes)
                for (String ka : KINDS)
                    for (String kb : new String[] {"dense", "offset", "scalar"}) {
                        // the large shape checks the parallel split; the small one every combination
                        if (shape[0] > 3 && (kb.equals("offset") || ka.equals("stepped") || ka.equals("rowBroadcast"))) continue;
                        out.add(Arguments.of(shape[0], shape[1], dt, ka, kb));
                    }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3} op {4}")
    @MethodSource("binaryCases")
    void binaryOpsMatchTheirDefinition(int rows, int cols, DType dt, String kindA, String kindB) {
        int[] shape = {rows, cols};
        SplittableRandom rnd = new SplittableRandom(rows * 31L + kindA.hashCode() * 7L + kindB.hashCode());
        Strided a = operand(kindA, shape, dt, rnd), b = operand(kindB, shape, dt, rnd);
        BinaryOp[] ops = dt.isFloatingPoint()
            ? new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.POW}
            : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.REMAINDER};
        for (BinaryOp op : ops) {
            for (String kindOut : new String[] {"dense", kindA}) {
                Strided dst = output(kindOut, shape, dt);
                CPU.binary(op, a, b, dst);
                Storage expected = ArrayStorage.allocate(dt, 1);
                forEach(shape, (i, j) -> {
                    int pa = a.layout().position(i, j), pb = b.layout().position(i, j);
                    if (dt.isFloatingPoint()) expected.setDouble(0, op.apply(a.storage().getDouble(pa), b.storage().getDouble(pb)));
                    else expected.setLong(0, op.applyLong(a.storage().getLong(pa), b.storage().getLong(pb)));
                    int pc = dst.layout().position(i, j);
                    assertEquals(expected.getDouble(0), dst.storage().getDouble(pc), 0, () -> op + " at " + i + "," + j);
                });
            }
        }
    }

    @Test
    void inPlaceBinaryReadsEachElementBeforeWritingIt() {
        for (int[] shape : SHAPES) {
            Strided a = operand("offset", shape, DType.FLOAT32, new SplittableRandom(1));
            Strided before = operand("dense", shape, DType.FLOAT32, new SplittableRandom(2));
            CPU.copy(a, before);
            Strided b = operand("scalar", shape, DType.FLOAT32, new SplittableRandom(3));
            CPU.binary(BinaryOp.MUL, a, b, a);
            double s = b.storage().getDouble(b.layout().offset());
            forEach(shape, (i, j) -> assertEquals((float) (before.storage().getDouble(before.layout().position(i, j)) * s),
                a.storage().getDouble(a.layout().position(i, j)), 0));
        }
    }

    static Stream<Arguments> compareCases() {
        List<Arguments> out = new ArrayList<>();
        for (int[] shape : SHAPES)
            for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64})
                for (String ka : KINDS)
                    for (String kb : new String[] {"offset", "scalar"}) out.add(Arguments.of(shape[0], shape[1], dt, ka, kb));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3} op {4}")
    @MethodSource("compareCases")
    void comparisonsMatchTheirDefinition(int rows, int cols, DType dt, String kindA, String kindB) {
        int[] shape = {rows, cols};
        SplittableRandom rnd = new SplittableRandom(rows * 17L + kindA.hashCode() + kindB.hashCode() * 3L);
        Strided a = operand(kindA, shape, dt, rnd), b = operand(kindB, shape, dt, rnd);
        for (CompareOp op : CompareOp.values()) {
            Strided dst = output(kindA, shape, DType.BOOL);
            CPU.compare(op, a, b, dst);
            forEach(shape, (i, j) -> {
                int pa = a.layout().position(i, j), pb = b.layout().position(i, j);
                boolean want = dt.isFloatingPoint() ? op.test(a.storage().getDouble(pa), b.storage().getDouble(pb))
                    : op.testLong(a.storage().getLong(pa), b.storage().getLong(pb));
                assertEquals(want ? 1 : 0, dst.storage().getLong(dst.layout().position(i, j)), () -> op + " at " + i + "," + j);
            });
        }
    }

    static Stream<Arguments> unaryCases() {
        List<Arguments> out = new ArrayList<>();
        for (int[] shape : SHAPES)
            for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64})
                for (String k : KINDS) out.add(Arguments.of(shape[0], shape[1], dt, k));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @MethodSource("unaryCases")
    void unaryOpsMatchTheirDefinition(int rows, int cols, DType dt, String kind) {
        int[] shape = {rows, cols};
        Strided src = operand(kind, shape, dt, new SplittableRandom(rows + kind.hashCode()));
        for (UnaryOp op : new UnaryOp[] {UnaryOp.NEG, UnaryOp.ABS, UnaryOp.RELU, UnaryOp.SQRT, UnaryOp.EXP}) {
            Strided dst = output("transposed", shape, dt);
            CPU.unary(op, src, dst);
            Storage expected = ArrayStorage.allocate(dt, 1);
            forEach(shape, (i, j) -> {
                expected.setDouble(0, op.apply(src.storage().getDouble(src.layout().position(i, j))));
                assertEquals(expected.getDouble(0), dst.storage().getDouble(dst.layout().position(i, j)), 0, () -> op + " at " + i + "," + j);
            });
        }
    }

    @Test
    void copyConvertsBetweenEveryDtypeForEveryLayoutAndOneElement() {
        DType[] dtypes = {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT32, DType.INT8, DType.UINT8, DType.BOOL};
        int[][] shapes = {{1, 1}, {3, 5}, {190, 180}};
        for (int[] shape : shapes)
            for (DType from : dtypes)
                for (DType to : dtypes)
                    for (String kind : new String[] {"offset", "transposed", "scalar"}) {
                        Strided src = operand(kind, shape, from, new SplittableRandom(5));
                        Strided dst = output("stepped", shape, to);
                        CPU.copy(src, dst);
                        Storage expected = ArrayStorage.allocate(to, 1);
                        forEach(shape, (i, j) -> {
                            int ps = src.layout().position(i, j);
                            if (from.isFloatingPoint() || to.isFloatingPoint()) expected.setDouble(0, src.storage().getDouble(ps));
                            else expected.setLong(0, src.storage().getLong(ps));
                            assertEquals(expected.getDouble(0), dst.storage().getDouble(dst.layout().position(i, j)), 0,
                                () -> from + "->" + to + " " + kind + " at " + i + "," + j);
                        });
                    }
    }

    @Test
    void fillWritesEveryElementOnceConverted() {
        for (int[] shape : new int[][] {{1, 1}, {3, 5}, {190, 180}})
            for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64, DType.INT16, DType.BOOL}) {
                Strided dst = output("stepped", shape, dt);
                CPU.fill(dst, 2.75);
                Storage expected = ArrayStorage.allocate(dt, 1);
                expected.setDouble(0, 2.75);
                forEach(shape, (i, j) -> assertEquals(expected.getDouble(0), dst.storage().getDouble(dst.layout().position(i, j)), 0));
            }
    }

    @Test
    void sumsOfDenseAndStridedFloat32MatchADoubleSum() {
        for (int n : new int[] {1, 7, 4097, 100_003, 1 << 20}) {
            Strided src = operand("dense", new int[] {1, n}, DType.FLOAT32, new SplittableRandom(n));
            double exact = 0, abs = 0;
            for (int i = 0; i < n; i++) {
                exact += src.storage().getDouble(i);
                abs += Math.abs(src.storage().getDouble(i));
            }
            for (ReduceOp op : new ReduceOp[] {ReduceOp.SUM, ReduceOp.MEAN}) {
                Strided dst = new Strided(ArrayStorage.allocate(DType.FLOAT32, 1), Layout.contiguous(1, 1));
                CPU.reduce(op, src, new int[] {0, 1}, dst);
                double want = op == ReduceOp.SUM ? exact : exact / n;
                double tolerance = 1e-6 * (op == ReduceOp.SUM ? abs : abs / n) + 1e-6;
                assertEquals(want, dst.storage().getDouble(0), tolerance, op + " of " + n);
            }
        }
        Strided cols = operand("transposed", new int[] {300, 200}, DType.FLOAT32, new SplittableRandom(4));
        Strided dst = new Strided(ArrayStorage.allocate(DType.FLOAT32, 200), Layout.contiguous(1, 200));
        CPU.reduce(ReduceOp.SUM, cols, new int[] {0}, dst);
        for (int j = 0; j < 200; j++) {
            double s = 0;
            for (int i = 0; i < 300; i++) s += cols.storage().getDouble(cols.layout().position(i, j));
            assertEquals(s, dst.storage().getDouble(j), 1e-4, "column " + j);
        }
    }

    private interface Cell {
        void check(int i, int j);
    }

    private static void forEach(int[] shape, Cell cell) {
        for (int i = 0; i < shape[0]; i++) for (int j = 0; j < shape[1]; j++) cell.check(i, j);
    }
}
