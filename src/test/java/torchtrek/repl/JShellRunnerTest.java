package torchtrek.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import torchtrek.course.Json;
import torchtrek.course.Run;
import torchtrek.course.Runner;
import torchtrek.course.Script;
import torchtrek.course.Value;

/** Running student code: output, where it failed, time limits, and the values read back as data. */
class JShellRunnerTest {
    private final JShellRunner runner = new JShellRunner();

    private Run run(String source, String... probes) {
        return runner.run(new Script("t.jsh", source, "", List.of(probes), 0, Duration.ofSeconds(10)));
    }

    @Test
    void capturesOutputAndReadsTensorsAsData() {
        Run r = run("var x = torch.tensor(2.0, requires_grad(true));\nvar y = x.pow(3);\ny.backward();\nSystem.out.println(x.grad());\n",
            "x", "y", "x.grad().item()");
        assertNull(r.failure());
        assertEquals("tensor(12.)\n", r.output());
        Value.TensorValue x = assertInstanceOf(Value.TensorValue.class, r.value("x"));
        assertEquals("torch.float32", x.dtype());
        assertTrue(x.requiresGrad() && x.isLeaf());
        assertEquals(12.0, x.grad().data()[0]);
        assertEquals("PowBackward0", ((Value.TensorValue) r.value("y")).gradFn());
        assertEquals(new Value.NumberValue(12.0, "double"), r.value("x.grad().item()"));
    }

    @Test
    void failuresNameTheLineOfTheScript() {
        Run thrown = run("var a = 1;\n\nvar t = torch.ones(2, 3);\nvar u = t.view(4, 5);\n", "t");
        assertEquals(new Run.Failure("exception", "RuntimeError: shape '[4, 5]' is invalid for input of size 6", 4), thrown.failure());
        Run rejected = run("var a = 1;\n// a comment\nvar t = torch.ones(2, 3)\n    .foo();\n", "t");
        assertEquals("compile", rejected.failure().kind());
        assertEquals(4, rejected.failure().line());
        assertTrue(rejected.failure().message().startsWith("cannot find symbol"));
    }

    @Test
    void endlessLoopsAreStoppedAndExitIsRefused() {
        Run loop = runner.run(new Script("t.jsh", "long n = 0;\nwhile (true) { n++; }\n", "", List.of("n"), 0, Duration.ofSeconds(1)));
        assertEquals("timeout", loop.failure().kind());
        assertEquals(2, loop.failure().line());
        Run exit = run("System.out.println(1);\nSystem.exit(3);\n");
        assertEquals("refused", exit.failure().kind());
        assertEquals(2, exit.failure().line());
    }

    @Test
    void probesTellUndefinedFromBroken() {
        Run r = run("int k = 4;\n", "q", "k.foo()", "k", "1 / (k - 4)");
        assertEquals(new Value.Unreadable(true, "q"), r.value("q"));
        assertTrue(((Value.Unreadable) r.value("k.foo()")).error().startsWith("it does not compile with your code"));
        assertEquals(new Value.NumberValue(4, "int"), r.value("k"));
        assertEquals(new Value.Unreadable(false, "ArithmeticException: / by zero"), r.value("1 / (k - 4)"));
    }

    @Test
    void sharedMemoryKeepsOneNumber() {
        Run r = run("var a = np.array(new double[] {1, 2});\nvar t = torch.from_numpy(a);\nvar c = torch.tensor(a);\n", "a", "t", "c");
        int a = ((Value.TensorValue) r.value("a")).memory();
        assertEquals(a, ((Value.TensorValue) r.value("t")).memory());
        assertNotEquals(a, ((Value.TensorValue) r.value("c")).memory());
        assertEquals("float64", ((Value.TensorValue) r.value("a")).dtype());
    }

    @Test
    void runsAreIndependentAndSeeded() {
        Run first = run("var leftover = torch.rand(2);\ntorch.set_default_dtype(torch.float64);\n", "leftover");
        Run second = run("var fresh = torch.rand(2);\n", "leftover", "fresh");
        assertEquals(new Value.Unreadable(true, "leftover"), second.value("leftover"));
        Value.TensorValue fresh = (Value.TensorValue) second.value("fresh");
        assertEquals("torch.float32", fresh.dtype());
        assertEquals(((Value.TensorValue) first.value("leftover")).data()[0], fresh.data()[0]);
    }

    @Test
    void runsSurviveTheTripThroughJson() throws Exception {
        Run r = run("var t = torch.tensor(new double[] {1, Double.NaN});\nvar s = \"hi\";\n", "t", "s", "t.shape()", "t.grad()");
        String json = Json.write(r);
        Run back = Json.read(json, Run.class);
        assertEquals(json, Json.write(back));
        assertTrue(Double.isNaN(((Value.TensorValue) back.value("t")).data()[1]));
        assertEquals(new Value.NoneValue(), back.value("t.grad()"));
    }

    @Test
    void notebooksKeepStateFromCellToCell() {
        try (Runner.Notebook nb = runner.notebook()) {
            assertEquals(new Runner.CellResult("", null, false), nb.run("var a = torch.ones(2);"));
            assertEquals("tensor([2., 2.])\n", nb.run("System.out.println(a.mul(2));").output());
            assertEquals("exception", nb.run("a.view(3);").failure().kind());
        }
    }
}
