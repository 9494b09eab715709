package torchtrek.autograd;

import static torchtrek.autograd.Case.noncontiguous;
import static torchtrek.autograd.Case.positive;
import static torchtrek.autograd.Case.randn;
import static torchtrek.autograd.Case.uniform;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import torchtrek.Tensor;

/** Gradients of every differentiable pointwise function, on contiguous and non-contiguous inputs. */
class PointwiseGradTest {
    /** The function, and inputs from its domain (away from kinks and poles). */
    private record Fn(String name, Function<Tensor, Tensor> f, Function<long[], Tensor> domain) {}

    private static final List<Fn> FUNCTIONS = List.of(
        new Fn("neg", Tensor::neg, Case::randn),
        new Fn("abs", Tensor::abs, Case::randn),
        new Fn("sign", Tensor::sign, Case::randn),
        new Fn("exp", Tensor::exp, Case::randn),
        new Fn("exp2", Tensor::exp2, Case::randn),
        new Fn("expm1", Tensor::expm1, Case::randn),
        new Fn("log", Tensor::log, Case::positive),
        new Fn("log2", Tensor::log2, Case::positive),
        new Fn("log10", Tensor::log10, Case::positive),
        new Fn("log1p", Tensor::log1p, Case::positive),
        new Fn("sqrt", Tensor::sqrt, Case::positive),
        new Fn("rsqrt", Tensor::rsqrt, Case::positive),
        new Fn("sin", Tensor::sin, Case::randn),
        new Fn("cos", Tensor::cos, Case::randn),
        new Fn("tan", Tensor::tan, s -> uniform(-1.2, 1.2, s)),
        new Fn("asin", Tensor::asin, s -> uniform(-0.9, 0.9, s)),
        new Fn("acos", Tensor::acos, s -> uniform(-0.9, 0.9, s)),
        new Fn("atan", Tensor::atan, Case::randn),
        new Fn("sinh", Tensor::sinh, Case::randn),
        new Fn("cosh", Tensor::cosh, Case::randn),
        new Fn("tanh", Tensor::tanh, Case::randn),
        new Fn("sigmoid", Tensor::sigmoid, Case::randn),
        new Fn("relu", Tensor::relu, Case::randn),
        new Fn("reciprocal", Tensor::reciprocal, Case::positive),
        new Fn("floor", Tensor::floor, Case::randn),
        new Fn("ceil", Tensor::ceil, Case::randn),
        new Fn("round", Tensor::round, Case::randn),
        new Fn("trunc", Tensor::trunc, Case::randn),
        new Fn("frac", Tensor::frac, Case::randn),
        new Fn("erf", Tensor::erf, Case::randn),
        new Fn("square", Tensor::square, Case::randn),
        new Fn("nn.functional.relu", torchtrek.torch.nn.functional::relu, Case::randn));

    static List<Case> functions() {
        List<Case> cases = new java.util.ArrayList<>();
        for (Fn fn : FUNCTIONS) {
            cases.add(Case.unary(fn.name() + " [2, 3]", fn.f(), () -> fn.domain().apply(new long[] {2, 3})));
            cases.add(Case.unary(fn.name() + " 0-d", fn.f(), () -> fn.domain().apply(new long[0])));
            Supplier<Tensor> strided = () -> {
                Tensor base = fn.domain().apply(new long[] {4, 3}).detach();
                return base.t().requires_grad_();
            };
            cases.add(Case.unary(fn.name() + " transposed", fn.f(), strided));
        }
        cases.add(Case.unary("sin of a non-contiguous leaf", Tensor::sin, () -> noncontiguous(2, 5)));
        cases.add(Case.unary("chain exp(sin(x)) * x", x -> x.sin().exp().mul(x), () -> randn(3, 2)));
        cases.add(Case.unary("sigmoid(x) * (1 - sigmoid(x))", x -> x.sigmoid().mul(x.sigmoid().rsub(1)), () -> randn(4)));
        cases.add(Case.unary("log(x) + sqrt(x) on [1, 5)", x -> x.log().add(x.sqrt()), () -> uniform(1, 5, 3, 3)));
        cases.add(Case.unary("reuse of a saved output", x -> x.exp().mul(x.exp()), () -> randn(5)));
        cases.add(Case.unary("positive inputs of relu", Tensor::relu, () -> positive(2, 2)));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void gradcheck(Case c) {
        c.assertGradcheck();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void gradgradcheck(Case c) {
        c.assertGradgradcheck();
    }
}
