package torchtrek.repl.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.repl.Session;

/** The interactive REPL end to end, driven key by key through a JLine terminal. */
class ConsoleTest {
    @TempDir
    Path home;

    private Session session;
    private TerminalDriver student;

    @BeforeEach
    void open() throws Exception {
        session = Session.start();
        student = new TerminalDriver(session, home.resolve("history"));
    }

    @AfterEach
    void shut() throws Exception {
        student.close();
        session.close();
    }

    @Test
    void typingAnExpressionShowsItsValue() throws Exception {
        student.type("torch.ones(2, 2)\r");
        assertEquals("torch.ones(2, 2)\ntensor([[1., 1.],\n        [1., 1.]])\n", student.untilPrompt());
        student.type("var x = torch.arange(6).reshape(2, 3)\r");
        assertTrue(student.untilPrompt().endsWith("\nx: Tensor [2, 3] int64\n"));
    }

    @Test
    void tabCompletesTorchMembersAndTheStudentsVariables() throws Exception {
        student.type("var weights = torch.ones(3)\r").untilPrompt();
        student.type("torch.aran\t");
        student.await("torch.arange(");
        student.type("4)\r");
        assertTrue(student.untilPrompt().endsWith("tensor([0, 1, 2, 3])\n"));
        student.type("weig\t");
        student.await("weights");
        student.type(".su\t");
        student.await("sum(");        // the candidates are listed: sub(, sub_(, sum(, ...
        student.type("\u0015\r");      // Ctrl-U clears the line
        student.untilPrompt();
    }

    @Test
    void tabAfterAnOpeningParenthesisShowsTheSignatures() throws Exception {
        student.type("torch.zeros(\t");
        // printed above the line being edited (which overwrites the prompt line's start, hence no first line here)
        student.await("kw)\nTensor torch.zeros(long d0, long d1, Kwarg... kw)\n");
        student.type("\u0015\r");
        student.untilPrompt();
    }

    @Test
    void anUnfinishedSnippetContinuesOnTheNextLine() throws Exception {
        student.type("int twice(int a) {\r");
        student.await(Console.CONTINUATION);
        student.type("return 2 * a;\r");
        student.await(Console.CONTINUATION);
        student.type("}\r");
        assertTrue(student.untilPrompt().endsWith("created method twice(int)\n"));
        student.type("twice(21)\r");
        assertTrue(student.untilPrompt().endsWith("42\n"));
    }

    @Test
    void ctrlCStopsAnEndlessLoopAndKeepsTheVariables() throws Exception {
        student.type("var kept = torch.tensor(7)\r").untilPrompt();
        student.type("while (true) {}\r");
        student.await("while (true) {}\n");
        Thread.sleep(500);
        student.type("\u0003");
        assertTrue(student.untilPrompt().endsWith("KeyboardInterrupt\n"));
        student.type("kept\r");
        assertTrue(student.untilPrompt().endsWith("tensor(7)\n"));
    }

    @Test
    void systemExitInASnippetDoesNotEndTheRepl() throws Exception {
        student.type("var still = 1\r").untilPrompt();
        student.type("System.exit(0)\r");
        assertTrue(student.untilPrompt().contains("System.exit(0) was stopped: it would close TorchTrek"));
        student.type("still + 1\r");
        assertTrue(student.untilPrompt().endsWith("2\n"));
    }

    @Test
    void varsListsTensorsWithShapeAndDtype() throws Exception {
        student.type("var w = torch.zeros(3, 4, dtype(torch.float64), requires_grad(true))\r").untilPrompt();
        student.type("int steps = 10\r").untilPrompt();
        student.type("/vars\r");
        String shown = student.untilPrompt();
        assertTrue(shown.contains("name   type    value\n"), shown);
        assertTrue(shown.contains("w      Tensor  [3, 4] float64 requires_grad\n"), shown);
        assertTrue(shown.contains("steps  int     10\n"), shown);
    }

    @Test
    void errorsReadLikePyTorchAndTraceShowsTheStack() throws Exception {
        student.type("torch.ones(2).add(torch.ones(3))\r");
        assertTrue(student.untilPrompt().endsWith(
            "RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0\n"));
        student.type("/trace\r");
        String trace = student.untilPrompt();
        assertTrue(trace.contains("torchtrek.errors.RuntimeError: The size of tensor a (2)"), trace);
        assertTrue(trace.contains("\tat torchtrek.Tensor.add("), trace);
        student.type("/vras\r");
        assertTrue(student.untilPrompt().contains("Unknown command /vras. Did you mean /vars?"));
    }

    @Test
    void historyIsKeptInAFileSearchedWithCtrlRAndCtrlDLeaves() throws Exception {
        student.type("int remembered = 1\r").untilPrompt();
        student.type("\u001bOA");    // Up (xterm in application mode): the previous line comes back
        student.await("int remembered = 1");
        student.type("\u0015torch.ones(1)\r").untilPrompt();
        student.type("\u0012remem");   // Ctrl-R searches the history backwards
        student.await("int remembered = 1");
        student.type("\u0007\u0015\u0004");   // Ctrl-G leaves the search
        assertTrue(student.finished(Duration.ofSeconds(30)), "Ctrl-D on an empty line ends the REPL");
        assertTrue(Files.readString(home.resolve("history")).contains("int remembered = 1"));
    }

    @Test
    void pythonsExitAndTheExitCommandLeave() throws Exception {
        student.type("exit()\r");
        assertTrue(student.finished(Duration.ofSeconds(30)));
        assertFalse(Files.exists(home.resolve("nothing")));
    }
}
