package torchtrek.autograd;

import static torchtrek.autograd.Case.noncontiguous;
import static torchtrek.autograd.Case.randn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.torch;

/** Gradients of the matrix products, through every dispatch case of {@code matmul}. */
class MatmulGradTest {
    /** matmul's cases: dot, mv, vector-matrix, mm, folded batch, batched with broadcast batch dims. */
    private static final long[][][] MATMUL_SHAPES = {
        {{3}, {3}}, {{2, 3}, {3}}, {{3}, {3, 4}}, {{2, 3}, {3, 4}}, {{5, 2, 3}, {3}}, {{5, 2, 3}, {3, 4}},
        {{3}, {5, 3, 4}}, {{2, 3}, {5, 3, 4}}, {{5, 2, 3}, {5, 3, 4}}, {{5, 2, 3}, {1, 3, 4}}, {{2, 1, 2, 3}, {5, 3, 4}},
        {{1, 2, 3}, {4, 1, 3, 2}},
    };

    static List<Case> products() {
        List<Case> cases = new ArrayList<>();
        for (long[][] s : MATMUL_SHAPES) {
            String name = "matmul " + Arrays.toString(s[0]) + " @ " + Arrays.toString(s[1]);
            cases.add(Case.of(name, x -> x[0].matmul(x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
        }
        cases.add(Case.of("mm", x -> x[0].mm(x[1]), () -> new Tensor[] {randn(2, 3), randn(3, 4)}));
        cases.add(Case.of("mm of transposes", x -> x[0].t().mm(x[1].t()), () -> new Tensor[] {randn(3, 2), randn(4, 3)}));
        cases.add(Case.of("mm non-contiguous leaves", x -> x[0].mm(x[1]), () -> new Tensor[] {noncontiguous(2, 3), noncontiguous(3, 4)}));
        cases.add(Case.of("mm by a constant", x -> x[0].mm(torch.ones(3, 2).Double()), () -> new Tensor[] {randn(2, 3)}));
        cases.add(Case.of("mv", x -> x[0].mv(x[1]), () -> new Tensor[] {randn(2, 3), randn(3)}));
        cases.add(Case.of("dot", x -> x[0].dot(x[1]), () -> new Tensor[] {randn(4), randn(4)}));
        cases.add(Case.of("dot with itself", x -> x[0].dot(x[0]), () -> new Tensor[] {randn(4)}));
        cases.add(Case.of("bmm", x -> x[0].bmm(x[1]), () -> new Tensor[] {randn(3, 2, 4), randn(3, 4, 2)}));
        cases.add(Case.of("bmm of an expanded matrix", x -> x[0].bmm(x[1].expand(3, 4, 2)), () -> new Tensor[] {randn(3, 2, 4), randn(4, 2)}));
        cases.add(Case.of("outer", x -> x[0].outer(x[1]), () -> new Tensor[] {randn(3), randn(2)}));
        cases.add(Case.of("a two-layer perceptron", x -> x[0].matmul(x[1]).add(x[2]).relu().matmul(x[3]).sum(),
            () -> new Tensor[] {randn(4, 3), randn(3, 5), randn(5), randn(5, 2)}));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("products")
    void gradcheck(Case c) {
        c.assertGradcheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("products")
    void gradgradcheck(Case c) {
        c.assertGradgradcheck();
    }
}
