package torchtrek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line: help, version and exit codes in process; the REPL with piped stdin as its own process. */
class MainTest {
    @TempDir
    Path dir;

    private record Result(int status, String out) {}

    private static Result inProcess(String... args) {
        CommandLine cl = Main.commandLine();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
        cl.setOut(out);
        cl.setErr(out);
        int status = cl.execute(args);
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheSubcommandsAndTheExitCodesWithoutColourWhenNotATerminal() {
        Result help = inProcess("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Usage: torchtrek [-hV] [COMMAND]"), help.out());
        assertTrue(help.out().matches("(?s).*\\n  repl +Open the TorchTrek REPL.*"), help.out());
        assertTrue(help.out().matches("(?s).*\\n  run +Run a JShell script.*"), help.out());
        assertTrue(help.out().matches("(?s).*\\n  check +Check FILE.jsh against its exercise.*"), help.out());
        assertTrue(help.out().contains("Exit codes:\n  0    success\n"), help.out());
        assertTrue(help.out().contains("With no COMMAND: the REPL, on your current lesson."), help.out());
        assertFalse(help.out().contains("\u001b["), "no ANSI colours when stdout is not a terminal");
    }

    @Test
    void everySubcommandHasHelpAndTheReplDocumentsItsExitCodes() {
        for (String sub : Main.commandLine().getSubcommands().values().stream().map(CommandLine::getCommandName).distinct().toList()) {
            Result r = inProcess(sub, "--help");
            assertEquals(0, r.status(), sub);
            assertTrue(r.out().startsWith("Usage: torchtrek " + sub), r.out());
            assertTrue(r.out().contains("Exit codes:"), sub + " documents its exit codes");
        }
        assertTrue(inProcess("repl", "--help").out().contains("  1    with piped input: a snippet failed"));
    }

    @Test
    void versionAndBadUsage() {
        Result v = inProcess("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("TorchTrek "), v.out());
        Result bad = inProcess("--no-such-option");
        assertEquals(2, bad.status());
        assertTrue(bad.out().contains("Unknown option: '--no-such-option'"), bad.out());
    }

    /** {@code torchtrek} with stdin not a terminal, as a script or a test would run it. */
    private Result launch(String stdin, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xss8m",
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path in = Files.writeString(dir.resolve("stdin"), stdin);
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(command).redirectInput(in.toFile()).redirectErrorStream(true)
            .redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the REPL ends at EOF");
        return new Result(p.exitValue(), Files.readString(out));
    }

    @Test
    void withNoArgumentsAndPipedStdinItPrintsResultsOnlyAndEndsAtEof() throws Exception {
        Result r = launch("torch.ones(2, 2)\nSystem.exit(4)\nvar t = torch.arange(3)\nt.sum()\n");
        assertEquals("""
            tensor([[1., 1.],
                    [1., 1.]])
            System.exit(4) was stopped: it would close TorchTrek. Type /exit or press Ctrl-D to leave.
            t: Tensor [3] int64
            tensor(3)
            """, r.out(), "no banner, no prompts, no JVM warnings");
        assertEquals(0, r.status());
    }

    @Test
    void pipedInputThatFailsEndsWithStatusOne() throws Exception {
        Result r = launch("1 / 0\n", "repl");
        assertEquals(1, r.status());
        assertEquals("ArithmeticException: / by zero\n/trace shows where it happened\n", r.out());
    }
}
