package torchtrek.autograd;

import static torchtrek.autograd.Case.noncontiguous;
import static torchtrek.autograd.Case.positive;
import static torchtrek.autograd.Case.randn;
import static torchtrek.autograd.Case.uniform;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.torch;

/**
 * Gradients through in-place ops: on non-leaf tensors (the node replaces the tensor's history),
 * on views of non-leaf tensors (the base's history is rewritten through CopySlices), and on
 * views whose base changed in place (their history is regenerated).
 */
class InPlaceGradTest {
    /** f applied in place to a fresh non-leaf copy of x. */
    private static Case onCopy(String name, UnaryOperator<Tensor> f, java.util.function.Supplier<Tensor> x) {
        return Case.unary(name, t -> f.apply(t.mul(1)), x);
    }

    static List<Case> simple() {
        Tensor mask = torch.tensor(new boolean[][] {{true, false, true}, {false, false, true}});
        return List.of(
            Case.of("add_", x -> x[0].mul(1).add_(x[1]), () -> new Tensor[] {randn(2, 3), randn(2, 3)}),
            Case.of("add_ broadcast, alpha", x -> x[0].mul(1).add_(x[1], torchtrek.Kwargs.alpha(2)),
                () -> new Tensor[] {randn(2, 3), randn(3)}),
            Case.of("sub_", x -> x[0].mul(1).sub_(x[1]), () -> new Tensor[] {randn(2, 3), randn(1, 3)}),
            Case.of("mul_", x -> x[0].mul(1).mul_(x[1]), () -> new Tensor[] {randn(2, 3), randn(2, 1)}),
            Case.of("div_", x -> x[0].mul(1).div_(x[1]), () -> new Tensor[] {randn(2, 3), positive(3)}),
            Case.of("pow_ tensor", x -> x[0].mul(1).pow_(x[1]), () -> new Tensor[] {positive(2, 3), randn(2, 3)}),
            Case.of("copy_", x -> x[0].mul(1).copy_(x[1]), () -> new Tensor[] {randn(2, 3), randn(2, 3)}),
            Case.of("copy_ broadcast", x -> x[0].mul(1).copy_(x[1]), () -> new Tensor[] {randn(2, 3), randn(3)}),
            Case.of("copy_ into a constant", x -> torch.zeros(2, 3).Double().copy_(x[0]), () -> new Tensor[] {randn(2, 3)}),
            onCopy("add_ scalar", x -> x.add_(2.5), () -> randn(2, 3)),
            onCopy("mul_ scalar", x -> x.mul_(-3), () -> randn(2, 3)),
            onCopy("div_ scalar", x -> x.div_(4.0), () -> randn(2, 3)),
            onCopy("pow_ 2", x -> x.pow_(2), () -> randn(2, 3)),
            onCopy("pow_ 0.5", x -> x.pow_(0.5), () -> positive(2, 3)),
            onCopy("square_", Tensor::square_, () -> randn(2, 3)),
            onCopy("clamp_", x -> x.clamp_(-0.5, 0.5), () -> randn(3, 4)),
            onCopy("masked_fill_", x -> x.masked_fill_(mask, 0.5), () -> randn(2, 3)),
            Case.of("masked_fill_ with a value tensor", x -> x[0].mul(1).masked_fill_(mask, x[1]), () -> new Tensor[] {randn(2, 3), randn()}),
            onCopy("fill_", x -> x.fill_(1.5), () -> randn(2, 3)),
            onCopy("zero_ then add_", x -> x.zero_().add_(1), () -> randn(2, 3)),
            onCopy("exp_", Tensor::exp_, () -> randn(2, 3)),
            onCopy("log_", Tensor::log_, () -> positive(2, 3)),
            onCopy("sqrt_", Tensor::sqrt_, () -> positive(2, 3)),
            onCopy("sin_", Tensor::sin_, () -> randn(2, 3)),
            onCopy("cos_", Tensor::cos_, () -> randn(2, 3)),
            onCopy("tanh_", Tensor::tanh_, () -> randn(2, 3)),
            onCopy("sigmoid_", Tensor::sigmoid_, () -> randn(2, 3)),
            onCopy("relu_", Tensor::relu_, () -> randn(2, 3)),
            onCopy("neg_", Tensor::neg_, () -> randn(2, 3)),
            onCopy("abs_", Tensor::abs_, () -> randn(2, 3)),
            onCopy("reciprocal_", Tensor::reciprocal_, () -> positive(2, 3)),
            onCopy("a chain of in-place ops", x -> x.mul_(2).add_(1).sin_().mul_(3), () -> randn(2, 3)),
            onCopy("t_", x -> x.t_().mul(torch.arange(6.0).view(3, 2).Double()), () -> randn(2, 3)),
            onCopy("transpose_ then exp_", x -> x.transpose_(0, 2).exp_(), () -> randn(2, 3, 2)),
            onCopy("unsqueeze_ then squeeze_", x -> x.unsqueeze_(1).mul(2).squeeze_(1), () -> randn(2, 3)),
            onCopy("squeeze_()", Tensor::squeeze_, () -> randn(2, 1, 3)),
            onCopy("in-place on a non-contiguous result", x -> x.t().contiguous().t().exp_(), () -> noncontiguous(3, 2)));
    }

    static List<Case> indexAssignment() {
        return List.of(
            Case.of("x[0] = v", x -> x[0].mul(1).set("0", x[1]), () -> new Tensor[] {randn(3, 4), randn(4)}),
            Case.of("x[:, 1:3] = v broadcast", x -> x[0].mul(1).set(":, 1:3", x[1]), () -> new Tensor[] {randn(3, 4), randn(2)}),
            Case.of("x[[0, 2]] = v", x -> x[0].mul(1).set(torch.tensor(new long[] {0, 2}), x[1]),
                () -> new Tensor[] {randn(3, 4), randn(2, 4)}),
            Case.of("x[[2, 0], [1, 3]] = v", x -> x[0].mul(1).set("[2, 0], [1, 3]", x[1]), () -> new Tensor[] {randn(3, 4), randn(2)}),
            Case.of("x[[0, 1]] = v broadcast", x -> x[0].mul(1).set(torch.tensor(new long[] {0, 1}), x[1]),
                () -> new Tensor[] {randn(3, 4), randn(4)}),
            onCopy("x[mask] = 0", x -> x.set(x.detach().gt(0L), 0.0), () -> randn(3, 4)),
            onCopy("x[1, 2] = 5", x -> x.set("1, 2", 5.0), () -> randn(3, 4)),
            Case.of("x[0] = v with a leading 1", x -> x[0].mul(1).set("0", x[1]), () -> new Tensor[] {randn(3, 4), randn(1, 4)}),
            Case.of("x[[0, 2]] = v with leading 1s", x -> x[0].mul(1).set(torch.tensor(new long[] {0, 2}), x[1]),
                () -> new Tensor[] {randn(3, 4), randn(1, 1, 4)}),
            Case.of("x[:] = 0-d tensor (fill_)", x -> x[0].mul(1).set(":", x[1]), () -> new Tensor[] {randn(3, 4), randn()}),
            Case.of("fill_ with a 0-d tensor", x -> x[0].mul(1).fill_(x[1]), () -> new Tensor[] {randn(3, 4), randn()}),
            onCopy("x[..., 0] = 1", x -> x.set("..., 0", 1.0), () -> randn(3, 4)));
    }

    static List<Case> views() {
        return List.of(
            Case.of("y[0].mul_(v) (CopySlices)", x -> {
                Tensor y = x[0].mul(1);
                y.get(0).mul_(x[1]);
                return y;
            }, () -> new Tensor[] {randn(3, 4), randn(4)}),
            onCopy("y[:, 1].add_(2)", x -> {
                x.get(":, 1").add_(2);
                return x;
            }, () -> randn(3, 4)),
            onCopy("view of a view: y.t()[1:].exp_()", x -> {
                x.t().get("1:").exp_();
                return x;
            }, () -> randn(3, 4)),
            Case.of("y.view(-1)[2:5].copy_(v)", x -> {
                Tensor y = x[0].mul(1);
                y.view(-1).get("2:5").copy_(x[1]);
                return y;
            }, () -> new Tensor[] {randn(3, 4), randn(3)}),
            onCopy("diagonal().zero_()", x -> {
                x.diagonal().zero_();
                return x;
            }, () -> randn(3, 3)),
            onCopy("the view itself after its base changed", x -> {
                Tensor v = x.get(1);
                x.mul_(3);
                return v;
            }, () -> randn(3, 4)),
            onCopy("a sibling view after another view changed", x -> {
                Tensor a = x.get(":, 0:2"), b = x.get(":, 1:3");
                a.mul_(2);
                return b.exp();
            }, () -> randn(3, 4)),
            onCopy("the modified view used afterwards", x -> {
                Tensor v = x.get("1:");
                v.sigmoid_();
                return v.mul(x.get("1:")).sum().add(x.sum());
            }, () -> randn(3, 4)),
            onCopy("an in-place op on a view of a transposed base", x -> {
                x.t_();
                x.get(0).mul_(2);
                return x;
            }, () -> randn(3, 4)),
            Case.of("views of an expanded-in-place result", x -> {
                Tensor y = x[0].mul(1);
                Tensor v = y.get(0);
                v.copy_(x[1].expand(4));
                return y.mul(y);
            }, () -> new Tensor[] {randn(3, 4), randn(1)}),
            onCopy("two in-place ops on different views", x -> {
                x.get(0).mul_(2);
                x.get(":, 1").add_(torch.arange(3.0).Double());
                return x.sin();
            }, () -> uniform(-1, 1, 3, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"simple", "indexAssignment", "views"})
    void gradcheck(Case c) {
        c.assertGradcheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"simple", "indexAssignment", "views"})
    void gradgradcheck(Case c) {
        c.assertGradgradcheck();
    }
}
