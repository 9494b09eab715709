package torchtrek.autograd;

import static torchtrek.Kwargs.correction;
import static torchtrek.Kwargs.dim;
import static torchtrek.Kwargs.keepdim;
import static torchtrek.Kwargs.p;
import static torchtrek.Kwargs.unbiased;
import static torchtrek.autograd.Case.noncontiguous;
import static torchtrek.autograd.Case.positive;
import static torchtrek.autograd.Case.randn;
import static torchtrek.autograd.Case.uniform;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;
import torchtrek.torch;

/** Gradients of reductions (with dims and keepdim), the softmax family and cumsum. */
class ReductionGradTest {
    static List<Case> reductions() {
        return List.of(
            Case.unary("sum", Tensor::sum, () -> randn(2, 3, 4)),
            Case.unary("sum(1)", x -> x.sum(1), () -> randn(2, 3, 4)),
            Case.unary("sum(-1, keepdim)", x -> x.sum(-1, keepdim(true)), () -> randn(2, 3, 4)),
            Case.unary("sum(dim=(0, 2))", x -> x.sum(dim(0, 2)), () -> randn(2, 3, 4)),
            Case.unary("sum(dim=(0, 2), keepdim)", x -> x.sum(dim(0, 2), keepdim(true)), () -> randn(2, 3, 4)),
            Case.unary("sum of a 0-d tensor", Tensor::sum, () -> randn()),
            Case.unary("sum non-contiguous", x -> x.sum(0), () -> noncontiguous(3, 4)),
            Case.unary("mean", Tensor::mean, () -> randn(2, 3, 4)),
            Case.unary("mean(0)", x -> x.mean(0), () -> randn(2, 3, 4)),
            Case.unary("mean(1, keepdim)", x -> x.mean(1, keepdim(true)), () -> randn(2, 3, 4)),
            Case.unary("mean(dim=(1, 2))", x -> x.mean(dim(1, 2)), () -> randn(2, 3, 4)),
            Case.unary("prod", Tensor::prod, () -> uniform(0.5, 1.5, 2, 3)),
            Case.unary("prod(1)", x -> x.prod(1), () -> uniform(0.5, 1.5, 2, 3)),
            Case.unary("prod(0, keepdim)", x -> x.prod(0, keepdim(true)), () -> uniform(0.5, 1.5, 2, 3)),
            Case.unary("prod with a zero", x -> x.mul(x.ge(x.max()).logical_not().to(torch.float64)).prod(), () -> randn(5)),
            Case.unary("max()", Tensor::max, () -> randn(3, 4)),
            Case.unary("min()", Tensor::min, () -> randn(3, 4)),
            Case.unary("max(1).values", x -> x.max(1).values(), () -> randn(3, 4)),
            Case.unary("max(0, keepdim).values", x -> x.max(0, true).values(), () -> randn(3, 4)),
            Case.unary("min(1).values", x -> x.min(1).values(), () -> randn(3, 4)),
            Case.unary("min(-1, keepdim).values", x -> x.min(-1, true).values(), () -> randn(3, 4)),
            Case.unary("max() with ties", x -> x.clamp_max(0.5).max(), () -> positive(2, 3)),
            Case.unary("amax(1)", x -> x.amax(1), () -> randn(3, 4)),
            Case.unary("amin(0, keepdim)", x -> x.amin(0, keepdim(true)), () -> randn(3, 4)),
            Case.unary("amax()", Tensor::amax, () -> randn(3, 4)),
            Case.unary("std", Tensor::std, () -> randn(3, 4)),
            Case.unary("std(1)", x -> x.std(1), () -> randn(3, 4)),
            Case.unary("std(0, keepdim)", x -> x.std(0, keepdim(true)), () -> randn(3, 4)),
            Case.unary("std unbiased=False", x -> x.std(false), () -> randn(3, 4)),
            Case.unary("var", Tensor::var, () -> randn(3, 4)),
            Case.unary("var(1)", x -> x.var(1), () -> randn(3, 4)),
            Case.unary("var(0, unbiased=False)", x -> x.var(0, unbiased(false)), () -> randn(3, 4)),
            Case.unary("var correction=2", x -> x.var(correction(2)), () -> randn(3, 4)),
            Case.unary("norm", Tensor::norm, () -> randn(3, 4)),
            Case.unary("norm(p=1)", x -> x.norm(1), () -> randn(3, 4)),
            Case.unary("norm(p=3)", x -> x.norm(3), () -> randn(3, 4)),
            Case.unary("norm(p=inf)", x -> x.norm(Double.POSITIVE_INFINITY), () -> randn(3, 4)),
            Case.unary("norm(dim=1)", x -> x.norm(p(2), dim(1)), () -> randn(3, 4)),
            Case.unary("norm(p=1.5, dim=0, keepdim)", x -> x.norm(1.5, dim(0), keepdim(true)), () -> randn(3, 4)),
            Case.unary("softmax(1)", x -> x.softmax(1), () -> randn(3, 4)),
            Case.unary("softmax(0)", x -> x.softmax(0), () -> randn(3, 4)),
            Case.unary("log_softmax(1)", x -> x.log_softmax(1), () -> randn(3, 4)),
            Case.unary("log_softmax(-1) of a 3-D tensor", x -> x.log_softmax(-1), () -> randn(2, 2, 3)),
            Case.unary("logsumexp(1)", x -> x.logsumexp(1), () -> randn(3, 4)),
            Case.unary("logsumexp(0, keepdim)", x -> x.logsumexp(0, keepdim(true)), () -> randn(3, 4)),
            Case.unary("cumsum(0)", x -> x.cumsum(0), () -> randn(3, 4)),
            Case.unary("cumsum(1)", x -> x.cumsum(1), () -> randn(3, 4)),
            Case.unary("cumsum non-contiguous", x -> x.cumsum(-1), () -> noncontiguous(3, 4)),
            Case.unary("trace", Tensor::trace, () -> randn(3, 3)),
            Case.unary("count of a reduction chain", x -> x.pow(2).sum(1).sqrt().mean(), () -> randn(4, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reductions")
    void gradcheck(Case c) {
        c.assertGradcheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reductions")
    void gradgradcheck(Case c) {
        c.assertGradgradcheck();
    }
}
