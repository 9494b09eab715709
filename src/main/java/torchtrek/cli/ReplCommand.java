package torchtrek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import picocli.CommandLine.Command;
import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.Style;
import torchtrek.repl.commands.Commands;
import torchtrek.repl.terminal.Console;
import torchtrek.repl.terminal.PipedInput;

/** {@code torchtrek repl} (and {@code torchtrek} alone): the interactive REPL, or piped snippets when stdin is not a terminal. */
@Command(name = "repl", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Open the TorchTrek REPL: type Java with torch, np and the keyword options imported, and see each value as PyTorch prints it.",
        "With stdin not a terminal (a pipe or a file) it reads the snippets, prints their results (errors on stderr) and ends at EOF."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:you left with /exit or Ctrl-D; with piped input: every snippet ran",
        "1:with piped input: a snippet failed (compile error, exception or interrupt)",
        "2:bad usage",
        "70:TorchTrek itself failed to start (its message says why)"})
final class ReplCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        // JShell's compiler takes most of the start: warm it up while the terminal opens and the welcome shows
        CompletableFuture<Session> starting = CompletableFuture.supplyAsync(Session::start);
        if (!Tty.interactive()) return piped(starting);
        try (Terminal terminal = TerminalBuilder.builder().name("TorchTrek").system(true).dumb(true).build()) {
            Style style = Style.of(Tty.colours() && !terminal.getType().startsWith("dumb"));
            terminal.writer().println(Welcome.text());
            terminal.writer().flush();
            try (Session session = starting.join()) {
                new Console(terminal, session, Commands.builtIn(), style, history()).run();
            }
            return 0;
        }
    }

    private static int piped(CompletableFuture<Session> starting) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (Session session = starting.join()) {
            return new PipedInput(in, session, Commands.builtIn(), new Printer(out, err, Style.plain())).run();
        }
    }

    /** The history file, XDG style: {@code $TORCHTREK_DATA}, else {@code $XDG_DATA_HOME/torchtrek}, else {@code ~/.local/share/torchtrek}. */
    private static Path history() {
        String own = System.getenv("TORCHTREK_DATA");
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = own != null && !own.isBlank() ? Path.of(own)
            : xdg != null && !xdg.isBlank() ? Path.of(xdg, "torchtrek")
            : Path.of(System.getProperty("user.home"), ".local", "share", "torchtrek");
        return data.resolve("history");
    }
}
