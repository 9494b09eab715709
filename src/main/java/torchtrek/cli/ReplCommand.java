package torchtrek.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import torchtrek.course.Course;
import torchtrek.course.DataDirs;
import torchtrek.course.TerminalMarkdown;
import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.Style;
import torchtrek.repl.commands.Commands;
import torchtrek.repl.commands.CourseCommands;
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
    @Mixin
    CourseOption courseOption = new CourseOption();

    @Override
    public Integer call() throws IOException {
        // JShell's compiler takes most of the start: warm it up while the course loads and the terminal opens
        CompletableFuture<Session> starting = CompletableFuture.supplyAsync(Session::start);
        Course course = courseOption.loadIfPresent();
        if (!Tty.interactive()) return piped(starting, course);
        try (Terminal terminal = TerminalBuilder.builder().name("TorchTrek").system(true).dumb(true).build()) {
            Style style = Style.of(Tty.colours() && !terminal.getType().startsWith("dumb"));
            int width = terminal.getWidth() > 0 ? Math.min(100, terminal.getWidth()) : 80;
            Commands commands = Commands.builtIn();
            Optional<String> opening = Optional.empty();
            if (course != null) {
                CourseCommands lessons = Student.of(course, new TerminalMarkdown(width, style.colours())).commands();
                lessons.addTo(commands);
                opening = lessons.opening();
            }
            terminal.writer().println(Welcome.text(opening));
            terminal.writer().flush();
            try (Session session = starting.join()) {
                new Console(terminal, session, commands, style, history()).run();
            }
            return 0;
        }
    }

    /** Piped input gets the course's commands too (scripts may /check), but no lesson prose: its output stays the snippets'. */
    private static int piped(CompletableFuture<Session> starting, Course course) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Commands commands = Commands.builtIn();
        if (course != null) Student.of(course, new TerminalMarkdown(80, false)).commands().addTo(commands);
        try (Session session = starting.join()) {
            return new PipedInput(in, session, commands, new Printer(out, err, Style.plain())).run();
        }
    }

    /** The history file, beside the student's progress (XDG style, see {@link DataDirs}). */
    private static Path history() {
        return DataDirs.data().resolve("history");
    }
}
