package torchtrek.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.torch;

/**
 * NumPy broadcasting: a binary op on shapes that broadcast equals the op on both operands
 * explicitly expanded to the common shape, element by element (computed here by index
 * arithmetic, not by the runtime); shapes that do not broadcast fail with PyTorch's message.
 */
class BroadcastPropertiesTest {
    /** Two shapes derived from one target: leading dims dropped, some sizes replaced by 1. */
    record Pair(int[] target, int[] a, int[] b) {
        @Override
        public String toString() {
            return Arrays.toString(a) + " with " + Arrays.toString(b);
        }
    }

    @Provide
    Arbitrary<Pair> compatible() {
        Arbitrary<int[]> target = Arbitraries.integers().between(1, 4).array(int[].class).ofMinSize(0).ofMaxSize(4);
        Arbitrary<Long> masks = Arbitraries.longs().between(0, Long.MAX_VALUE);
        return Combinators.combine(target, masks, masks).as((t, ma, mb) -> new Pair(t, derive(t, ma), derive(t, mb)));
    }

    private static int[] derive(int[] target, long bits) {
        int drop = (int) (bits % (target.length + 1));
        int[] out = Arrays.copyOfRange(target, drop, target.length);
        for (int i = 0; i < out.length; i++) if (((bits >> (i + 3)) & 1) == 1) out[i] = 1;
        return out;
    }

    private static Tensor values(int[] shape, double offset) {
        long numel = Arrays.stream(shape).asLongStream().reduce(1, (x, y) -> x * y);
        return torch.arange(numel).Double().mul(0.5).add(offset).reshape(ViewChain.toLongs(shape));
    }

    /** The broadcast shape by the rule itself: align right, sizes equal or 1. */
    private static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int sa = i < n - a.length ? 1 : a[i - (n - a.length)];
            int sb = i < n - b.length ? 1 : b[i - (n - b.length)];
            out[i] = Math.max(sa, sb);
        }
        return out;
    }

    /** x's element that broadcasting pairs with the output's row-major element {@code flat}. */
    private static double element(double[] x, int[] xShape, int[] outShape, int flat) {
        int offset = 0, stride = 1;
        for (int d = outShape.length - 1, k = xShape.length - 1; d >= 0; d--, k--) {
            int index = flat % outShape[d];
            flat /= outShape[d];
            if (k < 0) continue;
            if (xShape[k] != 1) offset += index * stride;
            stride *= xShape[k];
        }
        return x[offset];
    }

    @Property(tries = 300)
    void aBinaryOpEqualsTheOpOnExplicitlyExpandedOperands(@ForAll("compatible") Pair p) {
        Tensor a = values(p.a(), 0), b = values(p.b(), 100);
        int[] shape = broadcast(p.a(), p.b());
        Tensor sum = a.add(b), product = a.mul(b), greater = a.gt(b);
        assertArrayEquals(shape, sum.layout().shape(), p.toString());
        assertEquals(torch.broadcast_shapes(toList(p.a()), toList(p.b())), sum.shape(), p.toString());
        double[] av = a.toDoubleArray(), bv = b.toDoubleArray();
        double[] s = sum.toDoubleArray(), m = product.toDoubleArray(), g = greater.Double().toDoubleArray();
        for (int i = 0; i < s.length; i++) {
            double x = element(av, p.a(), shape, i), y = element(bv, p.b(), shape, i);
            assertEquals(x + y, s[i], p + " sum at " + i);
            assertEquals(x * y, m[i], p + " product at " + i);
            assertEquals(x > y ? 1.0 : 0.0, g[i], p + " comparison at " + i);
        }
        assertEquals(a.expand(ViewChain.toLongs(shape)).contiguous().add(b.expand(ViewChain.toLongs(shape)).contiguous()).tolist(),
            sum.tolist(), p.toString());
    }

    @Property(tries = 200)
    void inPlaceOpsAcceptExactlyTheOperandsThatBroadcastToSelf(@ForAll("compatible") Pair p) {
        Tensor self = values(p.target(), 0);
        Tensor other = values(p.b(), 1);
        Tensor expected = self.add(other);
        self.add_(other);
        assertEquals(expected.tolist(), self.tolist(), p.toString());
        if (!Arrays.equals(broadcast(p.a(), p.target()), p.a())) {
            Tensor small = values(p.a(), 0);
            RuntimeError e = assertThrows(RuntimeError.class, () -> small.add_(values(p.target(), 1)), p.toString());
            assertEquals("output with shape " + Arrays.toString(p.a()) + " doesn't match the broadcast shape "
                + Arrays.toString(p.target()), e.getMessage());
        }
    }

    @Property(tries = 200)
    void shapesThatDoNotBroadcastFailWithPyTorchsMessage(@ForAll("compatible") Pair p) {
        // make one dim of b disagree with a's size there (both > 1)
        int[] a = p.target();
        for (int k = 1; k <= a.length; k++) {
            if (a[a.length - k] < 2) continue;
            int[] b = a.clone();
            b[a.length - k] = a[a.length - k] + 1;
            int dim = a.length - k;
            RuntimeError e = assertThrows(RuntimeError.class, () -> values(a, 0).add(values(b, 0)), Arrays.toString(b));
            assertEquals("The size of tensor a (" + a[dim] + ") must match the size of tensor b (" + b[dim]
                + ") at non-singleton dimension " + dim, e.getMessage());
            return;
        }
    }

    private static List<Integer> toList(int[] shape) {
        List<Integer> out = new ArrayList<>();
        for (int s : shape) out.add(s);
        return out;
    }
}
