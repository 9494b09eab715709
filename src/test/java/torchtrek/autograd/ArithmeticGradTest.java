package torchtrek.autograd;

import static torchtrek.Kwargs.alpha;
import static torchtrek.autograd.Case.constant;
import static torchtrek.autograd.Case.noncontiguous;
import static torchtrek.autograd.Case.positive;
import static torchtrek.autograd.Case.randn;
import static torchtrek.autograd.Case.uniform;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.torch;

/** Gradients of the arithmetic operators, elementwise binary functions and losses, over broadcasting shapes. */
class ArithmeticGradTest {
    /** Pairs of shapes that broadcast: equal, scalar, 0-d, trailing, leading and two-way. */
    private static final long[][][] SHAPES = {
        {{2, 3}, {2, 3}}, {{2, 3}, {3}}, {{3}, {2, 3}}, {{2, 3}, {}}, {{}, {2, 3}}, {{2, 1}, {1, 3}},
        {{4, 1, 3}, {2, 1}}, {{1}, {3}},
    };

    private static String shapes(long[][] s) {
        return java.util.Arrays.toString(s[0]) + "," + java.util.Arrays.toString(s[1]);
    }

    static List<Case> binary() {
        List<Case> cases = new java.util.ArrayList<>();
        for (long[][] s : SHAPES) {
            String at = " " + shapes(s);
            cases.add(Case.of("add" + at, x -> x[0].add(x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("add alpha" + at, x -> x[0].add(x[1], alpha(-2.5)), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("sub" + at, x -> x[0].sub(x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("sub alpha" + at, x -> x[0].sub(x[1], alpha(3)), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("mul" + at, x -> x[0].mul(x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("div" + at, x -> x[0].div(x[1]), () -> new Tensor[] {randn(s[0]), positive(s[1])}));
            cases.add(Case.of("pow tensor" + at, x -> x[0].pow(x[1]), () -> new Tensor[] {positive(s[0]), randn(s[1])}));
            cases.add(Case.of("maximum" + at, x -> x[0].maximum(x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("minimum" + at, x -> x[0].minimum(x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("atan2" + at, x -> x[0].atan2(x[1]), () -> new Tensor[] {randn(s[0]), positive(s[1])}));
            cases.add(Case.of("where" + at, x -> torch.where(x[0].gt(0L), x[0], x[1]), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
            cases.add(Case.of("lerp" + at, x -> x[0].lerp(x[1], 0.3), () -> new Tensor[] {randn(s[0]), randn(s[1])}));
        }
        Tensor c = constant(2, 3);
        cases.add(Case.of("mul with a constant", x -> x[0].mul(c), () -> new Tensor[] {randn(3)}));
        cases.add(Case.of("div by a constant", x -> c.div(x[0]), () -> new Tensor[] {positive(3)}));
        cases.add(Case.of("noncontiguous mul", x -> x[0].mul(x[1]), () -> new Tensor[] {noncontiguous(3, 4), randn(3, 4)}));
        cases.add(Case.of("noncontiguous div", x -> x[0].div(x[1]), () -> new Tensor[] {randn(4), noncontiguous(3, 4).exp()
            .detach().requires_grad_()}));
        cases.add(Case.of("same tensor twice", x -> x[0].mul(x[0]).add(x[0]), () -> new Tensor[] {randn(2, 3)}));
        cases.add(Case.of("float32 mixed into float64", x -> x[0].mul(torch.ones(3)), () -> new Tensor[] {randn(2, 3)}));
        return cases;
    }

    static List<Case> scalars() {
        Tensor c = constant(2, 3);
        return List.of(
            Case.unary("x + 2", x -> x.add(2), () -> randn(2, 3)),
            Case.unary("x + 2.5 alpha", x -> x.add(2.5, alpha(2)), () -> randn(2, 3)),
            Case.unary("x - 1.5", x -> x.sub(1.5), () -> randn(2, 3)),
            Case.unary("2 - x", x -> x.rsub(2), () -> randn(2, 3)),
            Case.unary("x * 3", x -> x.mul(3), () -> randn(2, 3)),
            Case.unary("x / 4", x -> x.div(4.0), () -> randn(2, 3)),
            Case.unary("2 / x", x -> x.rdiv(2), () -> positive(2, 3)),
            Case.unary("x ** 2", x -> x.pow(2), () -> randn(2, 3)),
            Case.unary("x ** 3", x -> x.pow(3), () -> randn(2, 3)),
            Case.unary("x ** 0", x -> x.pow(0), () -> randn(2, 3)),
            Case.unary("x ** 1", x -> x.pow(1), () -> randn(2, 3)),
            Case.unary("x ** -1", x -> x.pow(-1), () -> positive(2, 3)),
            Case.unary("x ** 0.5", x -> x.pow(0.5), () -> positive(2, 3)),
            Case.unary("x ** -2.5", x -> x.pow(-2.5), () -> positive(2, 3)),
            Case.unary("2 ** x", x -> x.rpow(2), () -> randn(2, 3)),
            Case.unary("0.5 ** x", x -> x.rpow(0.5), () -> randn(2, 3)),
            Case.unary("square", Tensor::square, () -> randn(2, 3)),
            Case.unary("x ** 0-d tensor", x -> x.pow(torch.tensor(3.0, torchtrek.Kwargs.dtype(torch.float64))), () -> randn(2, 3)),
            Case.unary("0-d x ** tensor", x -> x.pow(c), () -> positive()),
            Case.unary("clamp", x -> x.clamp(-0.5, 0.5), () -> randn(3, 4)),
            Case.unary("clamp min", x -> x.clamp(torchtrek.Kwargs.min(0)), () -> randn(3, 4)),
            Case.unary("clamp max", x -> x.clamp(torchtrek.Kwargs.max(0.2)), () -> randn(3, 4)),
            Case.unary("clamp_min", x -> x.clamp_min(0.1), () -> randn(3, 4)),
            Case.unary("clamp_max", x -> x.clamp_max(0.1), () -> randn(3, 4)),
            Case.unary("masked_fill", x -> x.masked_fill(x.gt(0L), 2.0), () -> randn(3, 4)),
            Case.unary("masked_fill with a tensor", x -> x.masked_fill(x.gt(0L), x.sum()), () -> randn(3, 4)),
            Case.unary("masked_fill with a broadcast mask", x -> x.masked_fill(torchtrek.torch.tensor(new boolean[][] {{true}, {false}}),
                1.0), () -> randn(3)),
            Case.unary("trace of a non-square matrix", Tensor::trace, () -> randn(3, 4)));
    }

    static List<Case> losses() {
        Tensor labels = torch.tensor(new long[] {0, 2, 1});
        Tensor target = constant(3, 4), weight = constant(4, 3), bias = constant(4);
        return List.of(
            Case.of("mse_loss", x -> torch.nn.functional.mse_loss(x[0], x[1]), () -> new Tensor[] {randn(3, 4), randn(3, 4)}),
            Case.of("mse_loss sum", x -> torch.nn.functional.mse_loss(x[0], x[1], torchtrek.Kwargs.reduction("sum")),
                () -> new Tensor[] {randn(3, 4), randn(3, 4)}),
            Case.of("mse_loss none", x -> torch.nn.functional.mse_loss(x[0], x[1], torchtrek.Kwargs.reduction("none")),
                () -> new Tensor[] {randn(3, 4), randn(3, 4)}),
            Case.of("mse_loss constant target", x -> torch.nn.functional.mse_loss(x[0], target),
                () -> new Tensor[] {randn(3, 4)}),
            Case.unary("cross_entropy", x -> torch.nn.functional.cross_entropy(x, labels), () -> randn(3, 5)),
            Case.unary("cross_entropy sum", x -> torch.nn.functional.cross_entropy(x, labels, torchtrek.Kwargs.reduction("sum")),
                () -> randn(3, 5)),
            Case.unary("linear", x -> torch.nn.functional.linear(x, weight, bias), () -> randn(2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"binary", "scalars", "losses"})
    void gradcheck(Case c) {
        c.assertGradcheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"binary", "scalars", "losses"})
    void gradgradcheck(Case c) {
        c.assertGradgradcheck();
    }
}
