package torchtrek.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.requires_grad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import torchtrek.Tensor;
import torchtrek.torch;

/**
 * The Java twin of every autograd code cell in the course notes prints what the cell prints in
 * PyTorch: src/test/resources/golden/autograd_notes/ holds those outputs, written by
 * scripts/golden/autograd_notes.py from real PyTorch (and checked there against the outputs the
 * notes show). Python's f"{t}" of a 0-d tensor formats its item(), which is {@code t.format("")}.
 */
class NotesAutogradTest {
    private static void assertPrints(String cell, Consumer<PrintStream> twin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            twin.accept(out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8).replaceAll("0x[0-9a-f]+", "0x...");
        assertEquals(golden(cell), printed, cell);
    }

    private static String golden(String cell) {
        try (InputStream in = NotesAutogradTest.class.getResourceAsStream("/golden/autograd_notes/" + cell + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing golden output for " + cell + ": run scripts/golden/autograd_notes.py", e);
        }
    }

    @Test
    void note000Polynomial() {
        assertPrints("note000_polynomial", out -> {
            Tensor x = torch.tensor(2.0, requires_grad(true));
            Tensor y = x.pow(2).add(x.mul(3)).add(5);
            y.backward();
            out.println(x.grad());
        });
    }

    @Test
    void note001TensorAndGradFn() {
        assertPrints("note001_tensor_and_grad_fn", out -> {
            Tensor a = torch.ones(2, 2, requires_grad(true));
            out.println(a);
            Tensor b = a.add(2);
            out.println(b);
            out.println(b.grad_fn());
            Tensor c = b.mul(b).mul(3);
            Tensor result = c.mean();
            out.println(c + " " + result);
        });
    }

    @Test
    void note001RequiresGradInPlace() {
        assertPrints("note001_requires_grad_", out -> {
            Tensor p = torch.randn(3, 3);
            p = p.mul(3).div(p.sub(1));
            out.println(torchtrek.Python.repr(p.requires_grad()));
            p.requires_grad_(true);
            out.println(torchtrek.Python.repr(p.requires_grad()));
            Tensor q = p.mul(p).sum();
            out.println(q.grad_fn());
        });
    }

    @Test
    void note001Gradients() {
        assertPrints("note001_gradients", out -> {
            Tensor a = torch.ones(2, 2, requires_grad(true));
            Tensor b = a.add(2);
            Tensor c = b.mul(b).mul(3);
            Tensor result = c.mean();
            result.backward();
            out.println(result);
            out.println(a.grad());
        });
    }

    @Test
    void note001VectorJacobianProduct() {
        assertPrints("note001_vector_jacobian_product", out -> {
            Tensor x = torch.ones(3, requires_grad(true));
            Tensor y = x.mul(2);
            out.println(x);
            out.println(y);
            Tensor v = torch.tensor(new double[] {1.0, 1.0, 1.0}, dtype(torch.Float));
            y.backward(v);
            out.println(x.grad());
        });
    }

    @Test
    void note001NoGradAndDetach() {
        assertPrints("note001_no_grad_and_detach", out -> {
            Tensor x = torch.ones(3, requires_grad(true));
            out.println(torchtrek.Python.repr(x.requires_grad()));
            out.println(torchtrek.Python.repr(x.pow(2).requires_grad()));
            try (var g = torch.no_grad()) {
                out.println(torchtrek.Python.repr(x.pow(2).requires_grad()));
            }
            out.println(torchtrek.Python.repr(x.requires_grad()));
            Tensor y = x.detach();
            out.println(torchtrek.Python.repr(y.requires_grad()));
            out.println(x.eq(y).all());
        });
    }

    @Test
    void note002Session() {
        assertPrints("note002_session", out -> {
            Tensor x = torch.ones(2, 2, requires_grad(true));
            out.println(x);
            Tensor y = x.add(2);
            out.println(y);
            out.println(y.grad_fn());
            Tensor z = y.mul(y).mul(3);
            Tensor result = z.mean();
            out.println(z);
            out.println(result);
            Tensor a = torch.randn(2, 2);
            a = a.mul(3).div(a.sub(1));
            out.println(torchtrek.Python.repr(a.requires_grad()));
            a.requires_grad_(true);
            out.println(torchtrek.Python.repr(a.requires_grad()));
            Tensor b = a.mul(a).sum();
            out.println(b.grad_fn());
            result.backward();
            out.println(x.grad());
        });
    }

    @Test
    void note003SimpleFunction() {
        assertPrints("note003_simple_function", out -> {
            Tensor x = torch.tensor(4.0, requires_grad(true));
            Tensor y = x.pow(2).mul(3);
            out.println("x = " + x.format(""));
            out.println("y = " + y.format(""));
            y.backward();
            out.println("\nThe gradient dy/dx at x=4 is: " + x.grad().format(""));
            assertTrue(x.grad().eq(24L).item() != 0);
        });
    }

    @Test
    void note003ComputationGraph() {
        assertPrints("note003_computation_graph", out -> {
            Tensor a = torch.tensor(new double[] {1.0, 2.0}, requires_grad(true));
            Tensor b = torch.tensor(new double[] {3.0, 4.0}, requires_grad(true));
            Tensor c = a.mul(2);
            Tensor d = b.add(c);
            Tensor s = d.mean();
            out.println("a: " + a.format(""));
            out.println("b: " + b.format(""));
            out.println("c: " + c.format(""));
            out.println("d: " + d.format(""));
            out.println("s: " + s.format(""));
            s.backward();
            out.println("\nGradient for a: " + a.grad().format(""));
            out.println("Gradient for b: " + b.grad().format(""));
        });
    }

    @Test
    void note003Accumulation() {
        assertPrints("note003_accumulation", out -> {
            Tensor x = torch.tensor(3.0, requires_grad(true));
            x.pow(2).backward();
            out.println("After first pass, x.grad = " + x.grad().format(""));
            x.pow(3).backward();
            out.println("After second pass, x.grad = " + x.grad().format(""));
        });
    }

    @Test
    void note003ZeroGrad() {
        assertPrints("note003_zero_grad", out -> {
            Tensor x = torch.tensor(3.0, requires_grad(true));
            x.pow(2).backward();
            out.println("After first pass, x.grad = " + x.grad().format(""));
            out.println("\n--- Clearing gradients ---");
            x.grad().zero_();
            x.pow(3).backward();
            out.println("After second pass, x.grad = " + x.grad().format(""));
        });
    }

    @Test
    void note003Exercise4() {
        assertPrints("note003_exercise4", out -> {
            out.println("\n--- Exercise 4 ---");
            Tensor x = torch.tensor(2.0, requires_grad(true));
            Tensor y = x.pow(3).mul(5).add(x.mul(2));
            y.backward();
            out.println("The gradient at x=2 is: " + x.grad().format(""));
        });
    }
}
