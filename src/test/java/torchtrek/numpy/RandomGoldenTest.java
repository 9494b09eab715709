package torchtrek.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.golden.GoldenBlocks;
import torchtrek.np;

/** {@code np.random} after {@code np.random.seed(s)} gives NumPy's numbers, bit for bit (scripts/golden/numpy/random_state.py). */
class RandomGoldenTest {
    static Stream<GoldenBlocks.Case> cases() {
        return GoldenBlocks.load("/golden/numpy/random.txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void replaysNumpysSequence(GoldenBlocks.Case c) {
        np.random.seed(Long.parseLong(c.field("seed")));
        for (String call : c.field("calls").split(" \\| ")) {
            np.ndarray r = call(call);
            String expected = c.section(call), actual = values(r.tensorView());
            if (call.startsWith("randn") || call.startsWith("normal")) assertWithinOneUlp(expected, actual, call);
            else assertEquals(expected, actual, call);
            if (c.sections().containsKey(call + " str")) assertEquals(c.section(call + " str"), r.toString(), call);
        }
    }

    private static np.ndarray call(String spec) {
        String[] p = spec.split(" ");
        long[] shape = shape(p[p.length - 1]);
        switch (p[0]) {
            case "rand": return np.random.rand(shape);
            case "randn": return np.random.randn(shape);
            case "randint": return np.random.randint(Long.parseLong(p[1]), Long.parseLong(p[2]), shape);
            case "uniform": return np.random.uniform(Double.parseDouble(p[1]), Double.parseDouble(p[2]), shape);
            case "normal": return np.random.normal(Double.parseDouble(p[1]), Double.parseDouble(p[2]), shape);
            default: throw new IllegalStateException(spec);
        }
    }

    /** Normal draws go through log(), where Java and C may round the last bit differently (see RandomState). */
    private static void assertWithinOneUlp(String expected, String actual, String call) {
        String[] e = expected.split(" "), a = actual.split(" ");
        assertEquals(e.length, a.length, call);
        int differing = 0;
        for (int i = 0; i < e.length; i++) {
            long distance = Math.abs(Long.parseUnsignedLong(e[i], 16) - Long.parseUnsignedLong(a[i], 16));
            assertTrue(distance <= 1, call + " element " + i + ": NumPy " + e[i] + ", TorchTrek " + a[i]);
            if (distance != 0) differing++;
        }
        assertTrue(differing * 1000 <= e.length, call + ": " + differing + " values off by one ulp");
    }

    private static long[] shape(String text) {
        return text.equals("-") ? new long[0] : Arrays.stream(text.split("x")).mapToLong(Long::parseLong).toArray();
    }

    private static String values(Tensor t) {
        Tensor flat = t.reshape(-1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < flat.numel(); i++) {
            int p = flat.layout().position(i);
            b.append(i > 0 ? " " : "").append(t.dtype().isFloatingPoint()
                ? Long.toHexString(Double.doubleToRawLongBits(flat.storage().getDouble(p))) : Long.toString(flat.storage().getLong(p)));
        }
        return b.toString();
    }
}
