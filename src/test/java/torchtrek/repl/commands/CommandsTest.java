package torchtrek.repl.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.Style;

/** The command registry and each built-in command, through a context that records what it prints. */
class CommandsTest {
    private static Session session;
    private final Commands commands = Commands.builtIn();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private boolean exited;
    private final CommandContext context = new CommandContext() {
        private final Printer printer = new Printer(new PrintWriter(out), new PrintWriter(err), Style.plain());

        @Override
        public Session session() {
            return session;
        }

        @Override
        public Printer printer() {
            return printer;
        }

        @Override
        public Commands commands() {
            return commands;
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }

        @Override
        public void exit() {
            exited = true;
        }
    };

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        session = Session.start();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @BeforeEach
    void fresh() {
        session.reset();
    }

    private String run(String line) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        commands.run(line, context);
        return out + err.toString();
    }

    @Test
    void aLineIsACommandWhenASlashStartsAWord() {
        assertTrue(Commands.isCommand("/vars"));
        assertTrue(Commands.isCommand("  /help vars"));
        assertFalse(Commands.isCommand("// a comment"));
        assertFalse(Commands.isCommand("/* a comment */ 1"));
        assertFalse(Commands.isCommand("x / 2"));
        assertFalse(Commands.isCommand("/"));
    }

    @Test
    void aUniquePrefixRunsTheCommandAndATypoGetsASuggestion() {
        session.run("int seen = 1");
        assertTrue(run("/va").contains("seen  int   1"));
        assertEquals("Unknown command /vras. Did you mean /vars? (/help lists them all)\n", run("/vras"));
        assertEquals("Unknown command /xyzzy. (/help lists them all)\n", run("/xyzzy"));
        assertEquals(3, Commands.distance("kitten", "sitting"));
        assertEquals(0, Commands.distance("same", "same"));
    }

    @Test
    void laterCommandsPlugIn() {
        commands.add(new Command() {
            @Override
            public String name() {
                return "lesson";
            }

            @Override
            public String argument() {
                return "[N]";
            }

            @Override
            public String summary() {
                return "open a lesson";
            }

            @Override
            public void run(String argument, CommandContext c) {
                c.printer().line("lesson " + argument);
            }
        });
        assertEquals("lesson 2\n", run("/lesson   2 "));
        assertTrue(run("/help").contains("  /lesson [N]      open a lesson\n"));
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        String help = run("/help");
        for (Command c : commands.all()) assertTrue(help.contains("/" + c.name()), c.name());
        assertTrue(help.contains("Ctrl-C    stops a running snippet"));
        assertEquals("/save FILE\n    save what you typed (the snippets that ran) to a .jsh file\n", run("/help save"));
        assertEquals("There is no command /nope (/help lists them all)\n", run("/help /nope"));
    }

    @Test
    void varsShowsShapesAndSaysSoWhenThereAreNone() {
        assertEquals("No variables yet. Declare one: var x = torch.ones(2, 3)\n", run("/vars"));
        session.run("var weights = torch.zeros(2, 3, requires_grad(true))");
        session.run("var loss = weights.sum()");
        session.run("String label = \"first\"");
        assertEquals("""
            name     type    value
            weights  Tensor  [2, 3] float32 requires_grad
            loss     Tensor  [] float32 grad_fn=SumBackward0
            label    String  "first"
            """, run("/vars"));
    }

    @Test
    void traceShowsTheLastErrorsStack() {
        assertEquals("Nothing has failed yet.\n", run("/trace"));
        session.run("torch.ones(2).view(3)");
        String trace = run("/trace");
        assertTrue(trace.startsWith("torchtrek.errors.RuntimeError: shape '[3]' is invalid for input of size 2\n\tat "), trace);
        session.run("int broken = ;");
        assertTrue(run("/trace").endsWith("(a compile error: the code never ran, so there is no stack)\n"));
    }

    @Test
    void saveThenResetThenOpenBringsTheSessionBack() throws Exception {
        session.run("var a = torch.ones(2)");
        session.run("a.mul_(3)");
        session.run("a.nope()");
        Path file = dir.resolve("work.jsh");
        assertEquals("Saved 2 snippets to " + file + "\n", run("/save " + file));
        assertEquals("var a = torch.ones(2);\na.mul_(3);\n", Files.readString(file));
        assertEquals("Reset: no variables, methods or classes any more.\n", run("/reset"));
        assertTrue(session.variables().isEmpty());
        assertEquals("a: Tensor [2] float32\ntensor([3., 3.])\n", run("/open " + file));
        assertEquals("No such file: " + dir.resolve("missing.jsh") + "\n", run("/open " + dir.resolve("missing.jsh")));
        assertEquals("Usage: /save FILE   (for example /save tensors.jsh)\n", run("/save"));
    }

    @Test
    void graphNamesTheLeavesAfterTheStudentsVariables() {
        session.run("var w = torch.tensor(new double[] {1, 2}, requires_grad(true))");
        session.run("var y = w.mul(w).sum()");
        String graph = run("/graph y");
        assertTrue(graph.startsWith("y: tensor [] float32, grad_fn=<SumBackward0>\n#1 SumBackward0\n"), graph);
        assertTrue(graph.contains("AccumulateGrad  leaf w [2] float32"), graph);
        assertEquals("/graph needs a tensor or a grad_fn; 1 + 1 is of type Integer\n", run("/graph 1 + 1"));
        assertTrue(run("/graph nothing").startsWith("error: cannot find symbol"));
    }

    @Test
    void exitAsksTheFrontEndToStop() {
        run("/exit");
        assertTrue(exited);
    }
}
