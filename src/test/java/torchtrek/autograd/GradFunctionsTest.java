package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.allow_unused;
import static torchtrek.Kwargs.create_graph;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.raise_exception;
import static torchtrek.Kwargs.requires_grad;
import static torchtrek.Kwargs.strict;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import torchtrek.Tensor;
import torchtrek.Tuple;
import torchtrek.errors.GradcheckError;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.ValueError;
import torchtrek.torch;

/**
 * torch.autograd.grad, higher-order gradients, torch.autograd.functional and gradcheck
 * (values and texts as in pytorch-facts.md section 8.4).
 */
class GradFunctionsTest {
    private static final Function<Tensor, Tensor> F = t -> t.pow(2).add(t.sum());

    private static Tensor two() {
        return torch.tensor(2.0, requires_grad(true));
    }

    @Test
    void gradWithCreateGraphGivesDifferentiableGradients() {
        Tensor x = two();
        Tensor y = x.pow(3);
        Tuple<Tensor> g = torch.autograd.grad(y, x, create_graph(true));
        assertEquals("tensor(12., grad_fn=<MulBackward0>)", g.get(0).toString());
        assertEquals("(tensor(12.),)", torch.autograd.grad(g.get(0), x).toString());
        assertNull(x.grad());
    }

    @Test
    void gradReturnsATuple() {
        Tensor x = two();
        assertEquals("(tensor(2.),)", torch.autograd.grad(x.mul(2), x).toString());
    }

    @Test
    void gradFreesTheGraphUnlessAskedNotTo() {
        Tensor x = two();
        Tensor y = x.pow(3);
        torch.autograd.grad(y, x);
        RuntimeError e = assertThrows(RuntimeError.class, () -> torch.autograd.grad(y, x));
        assertTrue(e.getMessage().startsWith("Trying to backward through the graph a second time"));
        Tensor z = x.pow(3);
        torch.autograd.grad(z, x, torchtrek.Kwargs.retain_graph(true));
        assertEquals("(tensor(12.),)", torch.autograd.grad(z, x).toString());
    }

    @Test
    void anUnusedInputFailsUnlessAllowed() {
        Tensor x = two(), unused = torch.tensor(1.0, requires_grad(true));
        RuntimeError e = assertThrows(RuntimeError.class, () -> torch.autograd.grad(x.mul(2), unused));
        assertEquals("One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if "
            + "this is the desired behavior.", e.getMessage());
        Tuple<Tensor> g = torch.autograd.grad(x.mul(2), List.of(x, unused), allow_unused(true));
        assertEquals("(tensor(2.), None)", g.toString());
        assertEquals("One of the differentiated Tensors does not require grad",
            assertThrows(RuntimeError.class, () -> torch.autograd.grad(x.mul(2), torch.ones(2))).getMessage());
    }

    @Test
    void secondAndThirdDerivativesOfAPolynomial() {
        Tensor x = two();
        Tensor y = x.pow(4).add(x.pow(2).mul(3));
        Tensor d1 = torch.autograd.grad(y, x, create_graph(true)).get(0);
        Tensor d2 = torch.autograd.grad(d1, x, create_graph(true)).get(0);
        Tensor d3 = torch.autograd.grad(d2, x).get(0);
        assertEquals(4 * 8 + 6 * 2, d1.item(), 1e-5);
        assertEquals(12 * 4 + 6, d2.item(), 1e-5);
        assertEquals(24 * 2, d3.item(), 1e-5);
    }

    @Test
    void functionalJacobianHessianVjpJvp() {
        Tensor x = torch.tensor(new double[] {1, 2});
        assertEquals("tensor([[3., 1.],\n        [1., 5.]])", torch.autograd.functional.jacobian(F, x).toString());
        assertEquals("tensor([[ 6.,  0.],\n        [ 0., 12.]])",
            torch.autograd.functional.hessian(t -> t.pow(3).sum(), x).toString());
        assertEquals("(tensor([4., 7.]), tensor([4., 6.]))",
            torch.autograd.functional.vjp(F, x, torch.tensor(new double[] {1, 1})).toString());
        assertEquals("(tensor([4., 7.]), tensor([3., 1.]))",
            torch.autograd.functional.jvp(F, x, torch.tensor(new double[] {1, 0})).toString());
    }

    @Test
    void functionalResultsHavePyTorchsShapes() {
        Tensor x = torch.ones(2, 3);
        Function<Tensor, Tensor> toFour = t -> t.sum(0).repeat(2).narrow(0, 0, 4).mul(t.sum());
        assertEquals("torch.Size([4, 2, 3])", torch.autograd.functional.jacobian(toFour, x).shape().toString());
        assertEquals("torch.Size([2, 3, 2, 3])", torch.autograd.functional.hessian(t -> t.pow(3).sum(), x).shape().toString());
        Tuple<Tensor> vjp = torch.autograd.functional.vjp(toFour, x, torch.ones(4));
        assertEquals("torch.Size([4])", vjp.get(0).shape().toString());
        assertEquals("torch.Size([2, 3])", vjp.get(1).shape().toString());
        Tuple<Tensor> jvp = torch.autograd.functional.jvp(toFour, x, torch.ones(2, 3));
        assertEquals("torch.Size([4])", jvp.get(1).shape().toString());
        assertEquals("torch.Size([])", torch.autograd.functional.jacobian(Tensor::sin, torch.tensor(0.5)).shape().toString());
        assertFalse(torch.autograd.functional.jacobian(Tensor::sin, x).requires_grad());
        assertTrue(torch.autograd.functional.jacobian(Tensor::sin, x, create_graph(true)).requires_grad());
    }

    @Test
    void functionalChecksItsArguments() {
        Tensor x = torch.tensor(new double[] {1, 2});
        assertEquals("The vector v can only be None if the user-provided function returns a single Tensor with a single "
            + "element.", assertThrows(RuntimeError.class, () -> torch.autograd.functional.vjp(F, x)).getMessage());
        assertEquals("The vector v can only be None if the input to the user-provided function is a single Tensor with a "
            + "single element.", assertThrows(RuntimeError.class, () -> torch.autograd.functional.jvp(F, x)).getMessage());
        assertEquals("v has invalid size: should be torch.Size([2]) but got torch.Size([3]).",
            assertThrows(RuntimeError.class, () -> torch.autograd.functional.vjp(F, x, torch.ones(3))).getMessage());
        assertEquals("The Tensor returned by the function given to hessian should contain a single element",
            assertThrows(RuntimeError.class, () -> torch.autograd.functional.hessian(F, x)).getMessage());
        assertEquals("(tensor(9.), tensor(6.))", torch.autograd.functional.vjp(t -> t.pow(2), torch.tensor(3.0)).toString());
    }

    @Test
    void aFunctionIndependentOfItsInputHasZeroDerivativesUnlessStrict() {
        Tensor x = torch.tensor(new double[] {1, 2});
        Function<Tensor, Tensor> constant = t -> torch.ones(3);
        assertEquals("tensor([[0., 0.],\n        [0., 0.],\n        [0., 0.]])",
            torch.autograd.functional.jacobian(constant, x).toString());
        assertEquals("Output 0 of the user-provided function does not require gradients. The outputs must be computed in a "
            + "differentiable manner from the input when running in strict mode.", assertThrows(RuntimeError.class,
                () -> torch.autograd.functional.jacobian(constant, x, strict(true))).getMessage());
    }

    @Test
    void hessiansMatchFiniteDifferencesOfTheGradient() {
        List<Function<Tensor, Tensor>> functions = List.of(
            t -> t.pow(3).sum(),
            t -> t.sin().mul(t.exp()).sum(),
            t -> t.matmul(t).mul(t.sum()).log1p(),
            t -> t.softmax(0).mul(t).sum(),
            t -> t.norm().mul(t.prod()),
            t -> t.reshape(2, 2).mm(t.reshape(2, 2).t()).trace().sqrt());
        torch.manual_seed(7);
        for (Function<Tensor, Tensor> f : functions) {
            Tensor x = torch.rand(4, dtype(torch.float64)).add(0.5);
            Tensor h = torch.autograd.functional.hessian(f, x);
            Tensor numerical = torch.zeros(4, 4, dtype(torch.float64));
            double eps = 1e-5;
            for (int j = 0; j < 4; j++) {
                Tensor up = x.clone(), down = x.clone();
                up.set(new long[] {j}, x.get(j).item() + eps);
                down.set(new long[] {j}, x.get(j).item() - eps);
                Tensor column = gradient(f, up).sub(gradient(f, down)).div(2 * eps);
                numerical.set(":, " + j, column);
            }
            assertTrue(h.allclose(numerical, torchtrek.Kwargs.rtol(1e-5), torchtrek.Kwargs.atol(1e-6)),
                () -> "hessian " + h + "\nnumerical " + numerical);
            assertTrue(h.allclose(h.t()));
        }
    }

    private static Tensor gradient(Function<Tensor, Tensor> f, Tensor at) {
        Tensor x = at.detach().requires_grad_();
        return torch.autograd.grad(f.apply(x), x).get(0);
    }

    @Test
    void gradcheckAcceptsACorrectGradientInFloat64() {
        torch.manual_seed(0);
        assertTrue(torch.autograd.gradcheck(Tensor::sin, torch.randn(3, dtype(torch.float64), requires_grad(true))));
        assertTrue(torch.autograd.gradgradcheck(Tensor::sin, torch.randn(3, dtype(torch.float64), requires_grad(true))));
    }

    @Test
    void gradcheckReportsAMismatchAsPyTorchDoes() {
        torch.manual_seed(0);
        torch.randn(3, dtype(torch.float64), requires_grad(true));
        Tensor x = torch.randn(3, requires_grad(true));
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        torchtrek.errors.Warnings.resetOnce();
        torchtrek.errors.Warnings.redirect(new java.io.PrintStream(warnings, true));
        GradcheckError e;
        try {
            e = assertThrows(GradcheckError.class, () -> torch.autograd.gradcheck(Tensor::sin, x));
        } finally {
            torchtrek.errors.Warnings.redirect(null);
        }
        assertEquals("UserWarning: Input #0 requires gradient and is not a double precision floating point or complex. This "
            + "check will likely fail if all the inputs are not of double precision floating point or complex. \n",
            warnings.toString());
        assertEquals("GradcheckError: Jacobian mismatch for output 0 with respect to input 0,\n"
            + "numerical:tensor([[0.8643, 0.0000, 0.0000],\n"
            + "        [0.0000, 0.4470, 0.0000],\n"
            + "        [0.0000, 0.0000, 0.1490]])\n"
            + "analytical:tensor([[0.8427, 0.0000, 0.0000],\n"
            + "        [0.0000, 0.4673, 0.0000],\n"
            + "        [0.0000, 0.0000, 0.1714]])\n", e.toString());
        assertFalse(torch.autograd.gradcheck(Tensor::sin, x, raise_exception(false)));
    }

    @Test
    void gradcheckCatchesAWrongBackwardFormula() {
        Tensor x = torch.rand(3, dtype(torch.float64)).add(0.1).requires_grad_();
        Function<Tensor, Tensor> wrong = t -> {
            Tensor out = t.exp();
            out.register_hook(g -> g.mul(2));   // a deliberately doubled gradient
            return out;
        };
        GradcheckError e = assertThrows(GradcheckError.class, () -> torch.autograd.gradcheck(wrong, x));
        assertTrue(e.getMessage().startsWith("Jacobian mismatch for output 0 with respect to input 0,\nnumerical:"));
    }

    @Test
    void gradcheckNeedsAnInputThatRequiresGrad() {
        ValueError e = assertThrows(ValueError.class, () -> torch.autograd.gradcheck(Tensor::sin, torch.ones(2)));
        assertEquals("gradcheck expects at least one input tensor to require gradient, but none of the them have "
            + "requires_grad=True.", e.getMessage());
    }
}
