package torchtrek.cli;

import java.util.concurrent.CompletionException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code torchtrek} command. */
@Command(name = "torchtrek", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Learn PyTorch's core ideas (tensors and autograd) in Java, in your terminal.",
        "With no COMMAND: the REPL, on your current lesson."},
    subcommands = {ReplCommand.class, RunCommand.class, GradeCommand.class, GradescopeCommand.class, PrairieLearnCommand.class,
        LessonCommand.class, ExerciseCommand.class, CheckCommand.class,
        WatchCommand.class, HintCommand.class, SolutionCommand.class, ProgressCommand.class, ValidateCommand.class, NewCommand.class,
        ProbeCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a snippet, script or check failed (see the subcommand's --help)", "2:bad usage",
        "70:TorchTrek itself failed (an internal error; its message says why)"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** With no subcommand: the REPL, on the student's current lesson. */
    @Override
    public Integer call() throws Exception {
        return new ReplCommand().call();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its subcommands, its help in colour only where {@link Tty#colours()} allows. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Tty.colours() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            command.getErr().println("TorchTrek failed: " + cause);
            command.getErr().println("This is a fault in TorchTrek or its installation, not in your code; please report it with the lines above.");
            return 70;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"TorchTrek " + (v == null ? "dev" : v)};
        }
    }
}
