package torchtrek.repl.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.Style;
import torchtrek.repl.commands.Commands;

/** Snippets read from a pipe: no prompts, results on stdout, errors on stderr, status 1 after a failure. */
class PipedInputTest {
    private static Session session;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        session = Session.start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private int pipe(String input) throws Exception {
        session.reset();
        Printer printer = new Printer(new PrintWriter(out), new PrintWriter(err), Style.plain());
        return new PipedInput(new BufferedReader(new StringReader(input)), session, Commands.builtIn(), printer).run();
    }

    @Test
    void snippetsSpanningLinesCommandsAndAnUnterminatedLastLine() throws Exception {
        int status = pipe("""
            var x = torch.arange(4)

            int twice(int a) {
                return 2 * a;
            }
            /vars
            twice(21)
            x.sum()""");
        assertEquals(0, status);
        assertEquals("""
            x: Tensor [4] int64
            created method twice(int)
            name  type    value
            x     Tensor  [4] int64
            42
            tensor(6)
            """, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aFailureGoesToStderrTheRestStillRunsAndTheStatusIsOne() throws Exception {
        int status = pipe("torch.ones(2).view(3)\nSystem.exit(0)\n1 + 1\n");
        assertEquals(1, status);
        assertEquals("2\n", out.toString());
        assertEquals("""
            RuntimeError: shape '[3]' is invalid for input of size 2
            System.exit(0) was stopped: it would close TorchTrek. Type /exit or press Ctrl-D to leave.
            """, err.toString());
    }

    @Test
    void exitStopsReading() throws Exception {
        assertEquals(0, pipe("1\n/exit\n2\n"));
        assertEquals("1\n", out.toString());
    }

    @Test
    void anUnfinishedSnippetAtEofIsReportedNotLost() throws Exception {
        assertEquals(1, pipe("int f() {\n  return 1;\n"));
        assertEquals("error: reached end of file while parsing\n  return 1;\n           ^\n", err.toString());
    }
}
