package torchtrek.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.axis;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.keepdims;
import static torchtrek.Kwargs.out;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Kwarg;
import torchtrek.Tensor;
import torchtrek.errors.TorchException;
import torchtrek.errors.TypeError;
import torchtrek.golden.GoldenBlocks;
import torchtrek.np;
import torchtrek.tensor.DType;

/**
 * NumPy's ufuncs (result dtypes under 1.24's promotion and value-based casting, values,
 * {@code out=} casting, errors) and reductions (dtypes and every bit of float results), against
 * real NumPy (scripts/golden/numpy/api.py, whose docstring describes the operand specs).
 */
class NumpyApiGoldenTest {
    static Stream<GoldenBlocks.Case> cases() {
        return GoldenBlocks.load("/golden/numpy/api.txt").stream();
    }

    /** NumPy's own results for these depend on the CPU (its SIMD and SVML kernels are not correctly rounded). */
    private static final Set<String> TRANSCENDENTAL = Set.of("exp", "log", "sin", "cos", "tanh");
    private static final Pattern WIDE_UNSIGNED = Pattern.compile(".*dtype=(uint16|uint32|uint64)\\)$", Pattern.DOTALL);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumpy(GoldenBlocks.Case c) {
        String expected = c.section("result");
        Matcher unsigned = WIDE_UNSIGNED.matcher(expected);
        boolean reduce = c.field("family").equals("reduce");
        if (unsigned.matches() && !reduce) {
            // TorchTrek's arrays have the dtypes tensors have: a result NumPy would widen to uint16+ is refused by name
            TypeError e = assertThrows(TypeError.class, () -> run(c));
            assertTrue(e.getMessage().startsWith("the result would be " + unsigned.group(1)), e.getMessage());
            return;
        }
        if (unsigned.matches()) expected = expected.replace(", dtype=uint64", "");   // uint8 sums and products are int64 here
        Object result;
        try {
            result = run(c);
        } catch (TorchException e) {
            assertEquals(expected, e.toString());
            return;
        }
        np.ndarray r = (np.ndarray) result;
        if (TRANSCENDENTAL.contains(c.field("op")) && c.sections().containsKey("bits")) {
            assertWithinUlps(c.section("bits"), bits(r.tensorView()), r.tensorView().dtype());
            return;
        }
        assertEquals(expected, r.repr());
        if (c.sections().containsKey("bits")) assertEquals(c.section("bits"), bits(r.tensorView()));
    }

    /** Bit patterns of same-signed floats differ by their distance in ulps. */
    private static void assertWithinUlps(String expected, String actual, DType dtype) {
        String[] e = expected.split(" "), a = actual.split(" ");
        assertEquals(e.length, a.length);
        for (int i = 0; i < e.length; i++) {
            long distance = Math.abs(Long.parseUnsignedLong(e[i], 16) - Long.parseUnsignedLong(a[i], 16));
            assertTrue(distance <= 2, "element " + i + " of " + dtype + ": NumPy " + e[i] + ", TorchTrek " + a[i]);
        }
    }

    private static Object run(GoldenBlocks.Case c) {
        String op = c.field("op");
        switch (c.field("family")) {
            case "binary": return binary(op, operand(c.field("a")), operand(c.field("b")));
            case "unary": return unary(op, operand(c.field("a")));
            case "out": {
                np.ndarray target = np.zeros(3, dtype(NumpyDType.of(DType.parse(c.field("out")))));
                np.add(operand(c.field("a")), operand(c.field("b")), out(target));
                return target;
            }
            case "reduce": return reduce(c);
            default: throw new IllegalStateException("unknown family in " + c);
        }
    }

    private static np.ndarray binary(String op, Object a, Object b) {
        switch (op) {
            case "add": return np.add(a, b);
            case "subtract": return np.subtract(a, b);
            case "multiply": return np.multiply(a, b);
            case "divide": return np.divide(a, b);
            case "floor_divide": return np.floor_divide(a, b);
            case "remainder": return np.remainder(a, b);
            case "power": return np.power(a, b);
            case "maximum": return np.maximum(a, b);
            case "minimum": return np.minimum(a, b);
            default: throw new IllegalStateException(op);
        }
    }

    private static np.ndarray unary(String op, Object a) {
        switch (op) {
            case "negative": return np.negative(a);
            case "absolute": return np.absolute(a);
            case "square": return np.square(a);
            case "sqrt": return np.sqrt(a);
            case "exp": return np.exp(a);
            case "log": return np.log(a);
            case "sin": return np.sin(a);
            case "cos": return np.cos(a);
            case "tanh": return np.tanh(a);
            default: throw new IllegalStateException(op);
        }
    }

    private static np.ndarray reduce(GoldenBlocks.Case c) {
        np.ndarray a = (np.ndarray) operand(c.field("a"));
        if ("T".equals(c.fields().get("view"))) a = a.T();
        String axisText = c.field("axis");
        Kwarg[] kw = axisText.equals("None") ? new Kwarg[0]
            : new Kwarg[] {axis(Arrays.stream(axisText.split(" ")).mapToLong(Long::parseLong).toArray())};
        if ("yes".equals(c.fields().get("keepdims"))) kw = torchtrek.Kwargs.concat(keepdims(true), kw);
        np.ndarray x = a;
        Kwarg[] k = kw;
        Supplier<np.ndarray> call;
        switch (c.field("op")) {
            case "sum": call = () -> x.sum(k); break;
            case "mean": call = () -> x.mean(k); break;
            case "max": call = () -> x.max(k); break;
            case "min": call = () -> x.min(k); break;
            case "prod": call = () -> x.prod(k); break;
            case "argmax": call = () -> x.argmax(k); break;
            case "argmin": call = () -> x.argmin(k); break;
            default: throw new IllegalStateException(c.field("op"));
        }
        return call.get();
    }

    /** An operand from its spec (see scripts/golden/numpy/api.py). */
    static Object operand(String spec) {
        String[] p = spec.split(":");
        switch (p[0]) {
            case "array": {
                NumpyDType d = NumpyDType.of(DType.parse(p[1]));
                return d.type() == DType.BOOL ? np.array(new boolean[] {true, false, true})
                    : np.array(new long[] {1, 2, 3}, dtype(d));
            }
            case "int": return Long.parseLong(p[1]);
            case "float": return pythonFloat(p[1]);
            case "bool": return Boolean.parseBoolean(p[1].toLowerCase());
            case "0d": {
                NumpyDType d = NumpyDType.of(DType.parse(p[1]));
                boolean isFloat = p[2].contains(".") || p[2].contains("e");
                return isFloat ? np.array(pythonFloat(p[2]), dtype(d)) : np.array(Long.parseLong(p[2]), dtype(d));
            }
            case "rand": return random(DType.parse(p[1]), p[2], Long.parseLong(p[3]));
            default: throw new IllegalStateException(spec);
        }
    }

    private static double pythonFloat(String text) {
        return Double.parseDouble(text.replace("nan", "NaN").replace("inf", "Infinity"));
    }

    /** {@code (RandomState(seed).random_sample(shape) * 2 - 1) * 3}, cast as the generator casts it. */
    private static np.ndarray random(DType type, String shape, long seed) {
        long[] dims = Arrays.stream(shape.split("x")).mapToLong(Long::parseLong).toArray();
        RandomState rs = new RandomState(seed);
        int[] ints = Arrays.stream(dims).mapToInt(Math::toIntExact).toArray();
        np.ndarray values = np.asarray(rs.rand(ints)).mul(2L).sub(1L).mul(3L);
        if (type == DType.BOOL) return values.gt(0L);
        if (!type.isFloatingPoint()) {
            np.ndarray scaled = values.mul(10L);
            Tensor t = scaled.tensorView();
            for (int i = 0; i < (int) t.numel(); i++) t.storage().setDouble(i, Math.rint(t.storage().getDouble(i)));
            return scaled.astype(NumpyDType.of(type));
        }
        return values.astype(NumpyDType.of(type));
    }

    static String bits(Tensor t) {
        if (!t.dtype().isFloatingPoint()) return null;
        Tensor flat = t.reshape(-1);
        int n = (int) flat.numel();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (n > 64 && i == 32) i = n - 32;
            double v = flat.storage().getDouble(flat.layout().position(i));
            String hex;
            switch (t.dtype()) {
                case FLOAT16: hex = Integer.toHexString(Float.floatToFloat16((float) v) & 0xFFFF); break;
                case FLOAT32: hex = Integer.toHexString(Float.floatToRawIntBits((float) v)); break;
                default: hex = Long.toHexString(Double.doubleToRawLongBits(v));
            }
            b.append(b.length() > 0 ? " " : "").append(hex);
        }
        return b.toString();
    }
}
