package torchtrek.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.out;
import static torchtrek.Kwargs.start_dim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import torchtrek.Python;
import torchtrek.Tensor;
import torchtrek.torch;

/**
 * The Java twin of every tensor code cell in the course notes (creation, attributes, operations,
 * indexing, view/reshape/flatten, the perceptron's shapes) prints what the cell prints:
 * src/test/resources/golden/tensor_notes/ holds the notes' own outputs (PyTorch's where a note
 * shows none), written and checked against real PyTorch by scripts/golden/tensor_notes.py.
 * Cells that print random or uninitialised values are compared up to those values, with the same
 * mask as the script: shape, dtype, layout and suffixes still have to match. The cells of a note
 * run in order in one test, sharing variables as the notebook does.
 */
class NotesTensorsTest {
    private static final String FLOATS = " *-?\\d+\\.\\d*(?:e[+-]\\d+)?";
    private static final String NUMBERS = " *-?\\d+(?:\\.\\d*)?(?:e[+-]\\d+)?";

    /** The cell prints exactly the golden output. */
    private static void exact(String cell, Consumer<PrintStream> twin) {
        assertEquals(golden(cell), printed(twin), cell);
    }

    /** The cell prints the golden output up to the values {@code mask} matches. */
    private static String masked(String cell, String mask, Consumer<PrintStream> twin) {
        String printed = printed(twin);
        assertEquals(golden(cell).replaceAll(mask, "#"), printed.replaceAll(mask, "#"), cell + " printed:\n" + printed);
        return printed;
    }

    private static String printed(Consumer<PrintStream> twin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            twin.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String golden(String cell) {
        try (InputStream in = NotesTensorsTest.class.getResourceAsStream("/golden/tensor_notes/" + cell + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing golden output for " + cell + ": run scripts/golden/generate", e);
        }
    }

    // Tensors the cells of a note share, as the notebook's variables.
    private Tensor xData;
    private Tensor a;
    private Tensor b;
    private Tensor x;
    private Tensor ex2;

    @Test
    void note001Tensors() {
        exact("note001_from_data", out -> {
            xData = torch.tensor(new int[][] {{1, 2}, {3, 4}});
            out.println(xData);
        });
        masked("note001_from_another_tensor", FLOATS, out -> {
            Tensor xOnes = torch.ones_like(xData);   // retains the properties of x_data
            out.println("Ones Tensor: \n " + xOnes + " \n");
            Tensor xRand = torch.rand_like(xData, dtype(torch.Float));   // overrides the datatype of x_data
            out.println("Random Tensor: \n " + xRand + " \n");
        });
        masked("note001_random_or_constant", FLOATS, out -> {
            List<Integer> shape = List.of(2, 3);
            Tensor randTensor = torch.rand(shape);
            Tensor onesTensor = torch.ones(shape);
            Tensor zerosTensor = torch.zeros(shape);
            out.println("Random Tensor: \n " + randTensor + " \n");
            out.println("Ones Tensor: \n " + onesTensor + " \n");
            out.println("Zeros Tensor: \n " + zerosTensor);
        });
        exact("note001_tensor_1d", out -> out.println("1D Tensor: " + torch.tensor(new double[] {1.0, 2.0, 3.0})));
        exact("note001_tensor_2d", out -> {
            Tensor tensor2d = torch.tensor(new double[][] {{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}});
            out.println("\n2D Tensor:\n " + tensor2d);
        });
        masked("note001_tensor_3d", FLOATS, out -> out.println("\n3D Tensor:\n " + torch.randn(2, 3, 4)));
        masked("note001_empty", FLOATS, out -> out.println(torch.empty(6, 3)));
        masked("note001_rand", FLOATS, out -> out.println(torch.rand(4, 3)));
        exact("note001_zeros_long", out -> out.println(torch.zeros(4, 3, dtype(torch.Long))));
        exact("note001_new_ones", out -> {
            a = torch.tensor(new double[] {7.8, 5});
            a = a.new_ones(6, 5, dtype(torch.Double));   // new methods take in sizes
            out.println(a);
        });
        masked("note001_randn_like", FLOATS, out -> {
            a = torch.randn_like(a, dtype(torch.Float));   // override dtype
            out.println(a);                              // result will be the same size
        });
        exact("note001_size", out -> out.println(a.size()));
        exact("note001_attributes", out -> {
            Tensor tensor = torch.rand(3, 4);
            out.println("Shape of tensor: " + tensor.shape());
            out.println("Datatype of tensor: " + tensor.dtype());
            out.println("Device tensor is stored on: " + tensor.device());
        });
        String sums = masked("note001_addition", FLOATS, out -> {
            b = torch.rand(6, 5);
            out.println(a.add(b));
            out.println(torch.add(a, b));
            Tensor result = torch.empty(6, 5);
            torch.add(a, b, out(result));
            out.println(result);
            b.add_(a);   // adds a to b
            out.println(b);
        });
        assertFourEqualBlocks(sums);
        masked("note001_indexing", FLOATS, out -> out.println(a.get(":, 2")));
        String views = masked("note001_view", FLOATS, out -> {
            a = torch.randn(2, 3);
            Tensor bView = a.view(6);
            Tensor c = a.view(-1, 6);   // the size -1 is inferred from other dimensions
            out.println(a);
            out.println(bView);
            out.println(c);
            out.println(a.size() + " " + bView.size() + " " + c.size());
        });
        assertEquals(numbers(views.lines().limit(2)), numbers(views.lines().skip(2).limit(1)), "a view shows a's values");
        masked("note001_item", FLOATS, out -> {
            a = torch.randn(1);
            out.println(a);
            out.println(Python.repr(a.item()));
        });
    }

    @Test
    void note002Blitz() {
        masked("note002_empty", FLOATS, out -> out.println(torch.empty(5, 3)));
        masked("note002_rand", FLOATS, out -> out.println(torch.rand(5, 3)));
        exact("note002_zeros_long", out -> out.println(torch.zeros(5, 3, dtype(torch.Long))));
        exact("note002_tensor_data", out -> out.println(torch.tensor(new double[] {5.5, 3})));
        exact("note002_new_ones", out -> {
            x = torch.zeros(5, 3, dtype(torch.Double));
            x = x.new_ones(5, 3, dtype(torch.Double));   // new_* methods take in sizes
            out.println(x);
        });
        masked("note002_randn_like", FLOATS, out -> {
            x = torch.randn_like(x, dtype(torch.Float));   // override dtype, result has the same size
            out.println(x);
        });
        exact("note002_size", out -> out.println(x.size()));
        String sums = masked("note002_addition", FLOATS, out -> {
            Tensor y = torch.rand(5, 3);
            out.println(x.add(y));
            out.println(torch.add(x, y));
            Tensor result = torch.empty(5, 3);
            torch.add(x, y, out(result));
            out.println(result);
            y.add_(x);
            out.println(y);
        });
        assertFourEqualBlocks(sums);
        masked("note002_indexing", FLOATS, out -> out.println(x.get(":, 1")));
        exact("note002_view", out -> {
            x = torch.randn(4, 4);
            Tensor y = x.view(16);
            Tensor z = x.view(-1, 8);   // the size -1 is inferred from other dimensions
            out.println(x.size() + " " + y.size() + " " + z.size());
        });
        masked("note002_item", FLOATS, out -> {
            x = torch.randn(1);
            out.println(x);
            out.println(Python.repr(x.item()));
        });
    }

    @Test
    void note003TensorsAndThePerceptron() {
        masked("note003_creating_tensors", FLOATS, out -> {
            // 1. From Python lists
            Tensor tFromList = torch.tensor(new int[][] {{1, 2, 3}, {4, 5, 6}});
            out.println("Tensor from list:\n" + tFromList);
            out.println("Shape: " + tFromList.shape());
            out.println("Data type: " + tFromList.dtype());
            // 2. Placeholder tensors
            Tensor tZeros = torch.zeros(List.of(2, 3));
            out.println("\nZeros tensor:\n" + tZeros);
            Tensor tOnes = torch.ones(List.of(3, 2), dtype(torch.float32));
            out.println("\nOnes tensor (float32):\n" + tOnes);
            // 3. Tensors with random values
            Tensor tRand = torch.rand(List.of(2, 2));
            out.println("\nRandom tensor:\n" + tRand);
            // 4. From ranges
            Tensor tRange = torch.arange(0, 10, 2);
            out.println("\nRange tensor: " + tRange);
        });
        exact("note003_flattening", out -> {
            Tensor batchOfImages = torch.rand(10, 28, 28);
            out.println("Original shape: " + batchOfImages.shape());
            Tensor flatAll = batchOfImages.flatten();
            out.println("\nTotally flat shape: " + flatAll.shape());
            Tensor flatCorrect = batchOfImages.flatten(start_dim(1));
            out.println("\nFlattened per batch item (start_dim=1): " + flatCorrect.shape());
            Tensor flatView = batchOfImages.view(10, -1);
            out.println("Flattened with .view(10, -1): " + flatView.shape());
        });
        exact("note003_perceptron", out -> {
            Tensor xIn = torch.rand(784);
            Tensor w = torch.rand(10, 784);
            Tensor bias = torch.rand(10);
            Tensor y = torch.matmul(w, xIn).add(bias);
            out.println("Shape of W: " + w.shape());
            out.println("Shape of x: " + xIn.shape());
            out.println("Shape of b: " + bias.shape());
            out.println("Shape of output y: " + y.shape());
        });
        exact("note003_batch", out -> {
            Tensor xBatch = torch.rand(64, 784);
            Tensor w = torch.rand(10, 784);
            Tensor bias = torch.rand(10);
            Tensor yBatch = xBatch.matmul(w.T()).add(bias);
            out.println("Shape of X_batch: " + xBatch.shape());
            out.println("Shape of W.T: " + w.T().shape());
            out.println("Shape of b: " + bias.shape());
            out.println("\nShape of output Y_batch: " + yBatch.shape());
            out.println("This is a batch of 64 output vectors, each with 10 scores!");
        });
        masked("note003_exercise2", NUMBERS, out -> {
            out.println("\n--- Exercise 2 ---");
            ex2 = torch.randint(0, 10, List.of(4, 5));
            out.println("Random 4x5 tensor:\n" + ex2);
        });
        exact("note003_exercise3", out -> {
            out.println("\n--- Exercise 3 ---");
            Tensor ex3FlatAll = ex2.flatten();
            out.println("Total flatten shape: " + ex3FlatAll.shape());
        });
    }

    /** The four addition syntaxes print one tensor four times, as the notes show. */
    private static void assertFourEqualBlocks(String printed) {
        List<String> lines = printed.lines().toList();
        int block = lines.size() / 4;
        for (int i = 1; i < 4; i++) {
            assertEquals(lines.subList(0, block), lines.subList(i * block, (i + 1) * block), "addition syntax " + (i + 1));
        }
    }

    private static List<String> numbers(java.util.stream.Stream<String> lines) {
        return lines.flatMap(l -> java.util.regex.Pattern.compile("-?\\d+\\.\\d+").matcher(l).results().map(m -> m.group()))
            .toList();
    }
}
