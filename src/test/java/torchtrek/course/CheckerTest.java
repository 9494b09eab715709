package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import torchtrek.course.Check.Aspect;
import torchtrek.course.Value.TensorValue;

/** The checker's verdicts and explanations, on hand-made runs (no code is run here). */
class CheckerTest {
    static TensorValue tensor(long[] shape, String dtype, double... data) {
        return tensor(shape, dtype, false, null, null, 1, data);
    }

    static TensorValue tensor(long[] shape, String dtype, boolean requiresGrad, String gradFn, TensorValue grad, int memory,
                              double... data) {
        return new TensorValue(false, shape, dtype, "cpu", requiresGrad, gradFn == null, gradFn, data,
            new Value.Stats(0, 0, 0, 0, 0), grad, memory, "tensor(...)");
    }

    static Run run(Map<String, Value> values, String output) {
        return new Run(output, null, values, false, 0);
    }

    static Check compare(String value, Aspect... aspects) {
        List<Aspect> list = new java.util.ArrayList<>(List.of(Aspect.TYPE));
        list.addAll(List.of(aspects));
        return new Check(value, list, null, null, false, null, null, Map.of(), 1);
    }

    static Exercise exercise(boolean gpu, Check... checks) {
        return new Exercise("demo", 1, Path.of("exercises/01-demo"), "Demo", List.of("P01"), 1, "tensors", gpu, List.of(0L), "",
            "", Path.of("solutions/demo.jsh"), "", "", List.of("a hint"), List.of(checks), List.of());
    }

    static String first(Exercise e, Run student, Run solution) {
        return Checker.check(e, List.of(student), List.of(solution)).firstProblem();
    }

    @Test
    void swappedReshapeSizesAreNamed() {
        Run expected = run(Map.of("t", tensor(new long[] {3, 4}, "torch.int64", new double[12])), "");
        Run actual = run(Map.of("t", tensor(new long[] {4, 3}, "torch.int64", new double[12])), "");
        assertEquals("`t` has shape (4, 3) but the exercise asks for (3, 4); did you swap the sizes (the arguments of `reshape`"
            + " or `view`)?", first(exercise(false, compare("t", Aspect.SHAPE)), actual, expected));
    }

    @Test
    void shapesExplainFlatteningSqueezingAndCounts() {
        assertTrue(Explanations.shape("f", new long[] {2, 12}, new long[] {24}).contains("`flatten()`"));
        assertTrue(Explanations.shape("f", new long[] {1, 3}, new long[] {3}).contains("extra dimension of size 1"));
        assertTrue(Explanations.shape("f", new long[] {3}, new long[] {3, 1}).contains("`unsqueeze(dim)`"));
        assertTrue(Explanations.shape("f", new long[] {3, 3}, new long[] {4, 4}).contains("it has 9 elements where 16 are wanted"));
    }

    @Test
    void dtypeMistakesGetTheirUsualCause() {
        assertTrue(Explanations.dtype("t", "torch.float32", "torch.int64").contains("Integer literals like 5"));
        assertTrue(Explanations.dtype("t", "torch.int64", "torch.float32").contains("write 5.0"));
        assertTrue(Explanations.dtype("t", "torch.float32", "torch.float64").contains("torch.from_numpy keeps it"));
    }

    @Test
    void valuesNeverRevealTheSolutionButSayWhereTheyDiffer() {
        Run expected = run(Map.of("t", tensor(new long[] {2}, "torch.float32", 1.5, 2.5)), "");
        Run actual = run(Map.of("t", tensor(new long[] {2}, "torch.float32", 1.5, 7.25)), "");
        String message = first(exercise(false, compare("t", Aspect.VALUES)), actual, expected);
        assertEquals("`t` has the right shape and dtype, but not the values the exercise asks for: it holds 7.25 at [1].", message);
        assertFalse(message.contains("2.5"));
    }

    @Test
    void transposedValuesAndFlippedSignsAreRecognised() {
        Run expected = run(Map.of("j", tensor(new long[] {2, 2}, "torch.float32", 3, 2, 1, 6)), "");
        Run transposed = run(Map.of("j", tensor(new long[] {2, 2}, "torch.float32", 3, 1, 2, 6)), "");
        Run negated = run(Map.of("j", tensor(new long[] {2, 2}, "torch.float32", -3, -2, -1, -6)), "");
        Exercise e = exercise(false, compare("j", Aspect.VALUES));
        assertTrue(first(e, transposed, expected).contains("is it transposed?"));
        assertTrue(first(e, negated, expected).contains("every sign is flipped"));
    }

    @Test
    void floatTolerancesFollowTheDtype() {
        Run expected = run(Map.of("t", tensor(new long[] {1}, "torch.float32", 1.0)), "");
        Run close = run(Map.of("t", tensor(new long[] {1}, "torch.float32", 1.000001)), "");
        Run far = run(Map.of("t", tensor(new long[] {1}, "torch.float32", 1.001)), "");
        Exercise e = exercise(false, compare("t", Aspect.VALUES));
        assertNull(first(e, close, expected));
        assertTrue(first(e, far, expected) != null);
        Run exactInt = run(Map.of("t", tensor(new long[] {1}, "torch.int64", 3)), "");
        Run offInt = run(Map.of("t", tensor(new long[] {1}, "torch.int64", 4)), "");
        assertTrue(first(e, offInt, exactInt) != null);
    }

    @Test
    void gradientsMissingOrAccumulatedAreExplained() {
        TensorValue grad = tensor(new long[] {}, "torch.float32", 7);
        Run expected = run(Map.of("x", tensor(new long[] {}, "torch.float32", true, null, grad, 1, 2)), "");
        Run noBackward = run(Map.of("x", tensor(new long[] {}, "torch.float32", true, null, null, 1, 2)), "");
        Run twice = run(Map.of("x", tensor(new long[] {}, "torch.float32", true, null,
            tensor(new long[] {}, "torch.float32", 14), 1, 2)), "");
        Run untracked = run(Map.of("x", tensor(new long[] {}, "torch.float32", false, null, null, 1, 2)), "");
        Exercise e = exercise(false, compare("x", Aspect.GRAD));
        assertEquals("`x.grad()` is null: call backward() on the final result to compute it.", first(e, noBackward, expected));
        assertTrue(first(e, twice, expected).contains("is twice the gradient the exercise asks for"));
        assertTrue(first(e, untracked, expected).contains("requires_grad(true)"));
    }

    @Test
    void undefinedVariablesAndWrongKindsAreNamed() {
        Run expected = run(Map.of("t", tensor(new long[] {1}, "torch.float32", 1)), "");
        Run undefined = run(Map.of("t", new Value.Unreadable(true, "t")), "");
        Run number = run(Map.of("t", new Value.NumberValue(5, "double")), "");
        Exercise e = exercise(false, compare("t", Aspect.SHAPE));
        assertEquals("Your code never defines `t`, which the exercise reads.", first(e, undefined, expected));
        assertTrue(first(e, number, expected).startsWith("`t` is a double (5.0), but the exercise asks for a tensor"));
    }

    @Test
    void sharingIsComparedWithTheSolution() {
        Check shares = new Check("t", List.of(), null, "a", false, null, null, Map.of(), 1);
        Run expected = run(Map.of("t", tensor(new long[] {1}, "torch.float64", false, null, null, 1, 1),
            "a", tensor(new long[] {1}, "float64", false, null, null, 1, 1)), "");
        Run copied = run(Map.of("t", tensor(new long[] {1}, "torch.float64", false, null, null, 2, 1),
            "a", tensor(new long[] {1}, "float64", false, null, null, 1, 1)), "");
        assertNull(first(exercise(false, shares), expected, expected));
        assertTrue(first(exercise(false, shares), copied, expected).startsWith("`t` does not share memory with `a`"));
    }

    @Test
    void propertiesCheckRandomResultsWithoutValues() {
        Check.Expectation uniform = new Check.Expectation(List.of(2L), "torch.float32", null, 0.0, 1.0, null, false, true, null, null);
        Check check = new Check("t", List.of(), uniform, null, false, null, null, Map.of(), 1);
        Exercise e = exercise(false, check);
        Run ok = run(Map.of("t", tensor(new long[] {2}, "torch.float32", 0.25, 0.75)), "");
        Run normal = run(Map.of("t", tensor(new long[] {2}, "torch.float32", -0.5, 0.75)), "");
        Run constant = run(Map.of("t", tensor(new long[] {2}, "torch.float32", 0.5, 0.5)), "");
        assertNull(first(e, ok, ok));
        assertTrue(first(e, normal, ok).contains("torch.randn draws from a normal distribution"));
        assertTrue(first(e, constant, ok).contains("the exercise asks for random numbers"));
    }

    @Test
    void printedValuesMustAppearInTheOutput() {
        Check printed = new Check("g", List.of(), null, null, true, null, null, Map.of(), 1);
        Map<String, Value> values = Map.of("g", new Value.NumberValue(40, "double"));
        assertNull(first(exercise(false, printed), run(values, "40.0\n"), run(values, "")));
        assertTrue(first(exercise(false, printed), run(values, ""), run(values, "")).startsWith("Your output does not show `g`"));
    }

    @Test
    void aFailedRunExplainsItselfWithAdvice() {
        Run failed = new Run("", new Run.Failure("exception", "RuntimeError: grad can be implicitly created only for scalar outputs",
            3), Map.of(), false, 0);
        Feedback f = Checker.check(exercise(false, compare("t", Aspect.SHAPE)), List.of(failed),
            List.of(run(Map.of("t", tensor(new long[] {1}, "torch.float32", 1)), "")));
        assertFalse(f.passed());
        assertEquals("Your code stopped at line 3 with RuntimeError: grad can be implicitly created only for scalar outputs\n"
            + "What to do: backward() with no argument needs a single number: sum() or mean() the result first, or pass"
            + " backward(v) a tensor of the result's shape (a vector-Jacobian product).", f.firstProblem());
        assertEquals(2, f.results().size());
    }

    @Test
    void customMessagesReplaceTheGeneratedOnes() {
        Check custom = new Check("changed", List.of(Aspect.TYPE, Aspect.VALUES), null, null, false, null, "Look again.", Map.of(), 1);
        Run expected = run(Map.of("changed", new Value.BoolValue(true)), "");
        Run actual = run(Map.of("changed", new Value.BoolValue(false)), "");
        assertEquals("Look again.", first(exercise(false, custom), actual, expected));
    }

    @Test
    void gpuExercisesSayWhenTheCpuAnswerIsAccepted() {
        Run same = run(Map.of("t", tensor(new long[] {1}, "torch.float32", 1)), "");
        Feedback f = Checker.check(exercise(true, compare("t", Aspect.DEVICE)), List.of(same), List.of(same));
        assertTrue(f.passed());
        assertTrue(f.notes().get(0).startsWith("There is no GPU here"));
    }
}
