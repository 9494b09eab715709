package torchtrek.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import torchtrek.Tensor;

/** The REPL's session without a terminal: what each kind of snippet shows, and what it survives. */
class SessionTest {
    private static Session session;

    @BeforeAll
    static void start() {
        session = Session.start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static Outcome only(String input) {
        List<Outcome> outcomes = session.run(input);
        assertEquals(1, outcomes.size(), () -> input + " gave " + outcomes);
        return outcomes.get(0);
    }

    private static String value(String input) {
        return assertInstanceOf(Outcome.Value.class, only(input)).repr();
    }

    private static Outcome.Failure failure(String input) {
        return assertInstanceOf(Outcome.Failure.class, only(input));
    }

    @Test
    void anExpressionShowsItsReprAsPythonWould() {
        assertEquals("tensor([[1., 1.],\n        [1., 1.]])", value("torch.ones(2, 2)"));
        assertEquals("array([0., 0.])", value("np.zeros(2)"));
        assertEquals("2", value("1 + 1"));
        assertEquals("9.999999747378752e-06", value("torch.tensor(1e-5).item()"));
        assertEquals("\"a\\nb\"", value("\"a\\nb\""));
        assertEquals("{ 1, 2 }", value("new int[] {1, 2}"));
        assertEquals("<lambda>", value("(Runnable) () -> {}"));
    }

    @Test
    void declarationsAreAcknowledgedInALine() {
        assertEquals("t: Tensor [2, 3] int64", assertInstanceOf(Outcome.Declared.class,
            only("var t = torch.arange(6).reshape(2, 3)")).note());
        assertEquals("k: int = 3", assertInstanceOf(Outcome.Declared.class, only("int k = 3")).note());
        assertEquals("created method twice(int)", assertInstanceOf(Outcome.Declared.class,
            only("int twice(int a) { return 2 * a; }")).note());
        assertEquals("replaced method twice(int)", assertInstanceOf(Outcome.Declared.class,
            only("int twice(int a) { return a + a; }")).note());
        assertEquals("created record Point", assertInstanceOf(Outcome.Declared.class, only("record Point(int x, int y) {}")).note());
        assertEquals("Point[x=1, y=2]", value("new Point(1, 2)"));
        assertEquals("created method later(), which cannot be used until method helper() is declared",
            assertInstanceOf(Outcome.Declared.class, only("void later() { helper(); }")).note());
    }

    @Test
    void voidCallsAssignmentsAndImportsShowNothing() {
        assertEquals(List.of(), session.run("System.out.print(\"\")"));
        assertEquals(List.of(), session.run("import java.time.*;"));
        session.run("int counter = 0");
        assertEquals(List.of(), session.run("counter = 5"));
        assertEquals("5", value("counter"));
    }

    @Test
    void severalSnippetsOnOneLineRunInOrderAndStopAtTheFirstFailure() {
        List<Outcome> outcomes = session.run("int p = 1; p + 1; p / 0; p + 2");
        assertEquals(3, outcomes.size(), outcomes::toString);
        assertEquals("2", assertInstanceOf(Outcome.Value.class, outcomes.get(1)).repr());
        assertEquals("ArithmeticException: / by zero", assertInstanceOf(Outcome.Failure.class, outcomes.get(2)).message());
    }

    @Test
    void aTorchErrorIsItsPyTorchMessageWithTheStackKeptForTrace() {
        Outcome.Failure f = failure("torch.ones(2, 3).add(torch.ones(3, 2))");
        assertEquals("RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1",
            f.message());
        assertNull(f.hint());
        assertTrue(f.trace().startsWith("torchtrek.errors.RuntimeError: The size of tensor a (3)"), f.trace());
        assertTrue(f.trace().contains("\tat torchtrek.Tensor.add("), f.trace());
        assertTrue(f.trace().matches("(?s).*\tat snippet #\\d+, line 1\n"), f.trace());
        assertEquals(f, session.lastFailure().orElseThrow());
    }

    @Test
    void aCompileErrorPointsAtTheColumn() {
        Outcome.Failure f = failure("int y = \"text\";");
        assertEquals("error: incompatible types: java.lang.String cannot be converted to int\nint y = \"text\";\n        ^",
            f.message());
        assertNull(f.trace());
        Outcome.Failure missing = failure("undefinedName + 1");
        assertTrue(missing.message().startsWith("error: cannot find symbol\n  symbol:   variable undefinedName\n"), missing.message());
        assertFalse(missing.message().contains("location:"), missing.message());
    }

    @Test
    void systemExitInASnippetIsStoppedAndTheSessionGoesOn() {
        session.run("var kept = torch.ones(3)");
        assertEquals(new Outcome.Exit(0), only("System.exit(0)"));
        assertEquals(new Outcome.Exit(3), only("Runtime.getRuntime().exit(3)"));
        assertEquals(new Outcome.Exit(4), only("Runtime.getRuntime().halt(4)"));
        assertEquals(new Outcome.Exit(5), session.run("java.util.function.IntConsumer quit = System::exit; quit.accept(5);").get(1));
        assertEquals(new Outcome.Exit(6), session.run("class Quitter { void quit() { System.exit(6); } }; new Quitter().quit()").get(1));
        assertEquals(new Outcome.Exit(7), only("try { System.exit(7); } catch (Exception e) { System.out.println(\"caught\"); }"));
        assertEquals("tensor([1., 1., 1.])", value("kept"));
    }

    @Test
    void runningOutOfMemoryOrStackKeepsTheSession() {
        session.run("var survivor = torch.arange(3)");
        Outcome.Failure oom = failure("long[] huge = new long[Integer.MAX_VALUE - 8]");
        assertTrue(oom.message().startsWith("OutOfMemoryError"), oom.message());
        assertTrue(oom.hint().contains("your variables are kept"), oom.hint());
        session.run("int down(int n) { return down(n + 1) + 1; }");
        Outcome.Failure deep = failure("down(0)");
        assertEquals("StackOverflowError", deep.message());
        assertTrue(deep.hint().contains("called itself"), deep.hint());
        assertEquals("tensor([0, 1, 2])", value("survivor"));
    }

    @Test
    void interruptStopsAnEndlessLoopAndKeepsTheVariables() throws Exception {
        session.run("var before = torch.ones(1)");
        CompletableFuture<List<Outcome>> looping = CompletableFuture.supplyAsync(() -> session.run("while (true) {}"));
        // Ctrl-C may come while the loop is still compiling: the engine keeps it for when the loop starts
        Thread.sleep(300);
        session.interrupt();
        assertEquals(List.of(new Outcome.Interrupted()), looping.get(30, TimeUnit.SECONDS));
        assertEquals("tensor([1.])", value("before"));
        assertEquals("2", value("1 + 1"), "a Ctrl-C at the prompt must not stop the next snippet");
    }

    @Test
    void aKernelStoppedByCtrlCIsAnInterruptToo() {
        // TorchTrek's kernels answer the interrupt Ctrl-C sends with KeyboardInterrupt
        assertEquals(new Outcome.Interrupted(), only("if (true) throw new KeyboardInterrupt();"));
    }

    @Test
    void variablesListNamesTypesAndValuesButNotExpressionResults() {
        session.run("var listed = torch.zeros(2, dtype(torch.float64))");
        session.run("torch.ones(5)");
        List<Session.Variable> vars = session.variables();
        Session.Variable listed = vars.stream().filter(v -> v.name().equals("listed")).findFirst().orElseThrow();
        assertEquals("Tensor", listed.type());
        assertEquals("[2] float64", Repr.summary(listed.value()));
        assertTrue(vars.stream().noneMatch(v -> v.name().startsWith("$")), vars::toString);
    }

    @Test
    void evaluateGivesTheObjectAndStaysOutOfTheTranscript() throws Exception {
        Object o = session.evaluate("torch.arange(4)");
        assertEquals("tensor([0, 1, 2, 3])", ((Tensor) o).toString());
        assertFalse(session.transcript().contains("torch.arange(4)"));
        Session.EvaluationFailed failed = assertThrows(Session.EvaluationFailed.class, () -> session.evaluate("int notAValue = 1"));
        assertTrue(failed.outcome() instanceof Outcome.Failure f && f.message().contains("not an expression"), failed.outcome().toString());
    }

    @Test
    void resetForgetsEverything() {
        try (Session fresh = Session.start()) {
            fresh.run("var gone = torch.ones(1)");
            fresh.run("1 / 0");
            assertEquals(1, fresh.variables().size());
            fresh.reset();
            assertEquals(List.of(), fresh.variables());
            assertEquals(List.of(), fresh.transcript());
            assertTrue(fresh.lastFailure().isEmpty());
            assertTrue(fresh.run("gone").get(0) instanceof Outcome.Failure);
        }
    }

    @Test
    void theTranscriptKeepsWhatRanInOrder() {
        try (Session fresh = Session.start()) {
            fresh.run("var a = torch.ones(2)");
            fresh.run("a.add_(1)");
            fresh.run("a.nope()");
            fresh.run("int b = 2; b + 1");
            assertEquals(List.of("var a = torch.ones(2);", "a.add_(1)", "int b = 2;", " b + 1"), fresh.transcript());
        }
    }

    @Test
    void completenessFollowsJShell() {
        assertTrue(session.isComplete("torch.ones(2)"));
        assertTrue(session.isComplete("int a = 1; int b = 2;"));
        assertFalse(session.isComplete("int f() {"));
        assertFalse(session.isComplete("torch.ones(2,"));
        assertFalse(session.isComplete("int a = 1; int g() {"));
        assertTrue(session.isComplete("   "));
    }
}
