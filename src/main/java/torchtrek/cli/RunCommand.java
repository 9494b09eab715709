package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import torchtrek.repl.BatchRunner;

/** {@code torchtrek run FILE.jsh}: runs a script with the REPL's imports, printing only what it prints. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a JShell script (.jsh) non-interactively with TorchTrek's imports (torch, np, keyword options).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the script ran to the end", "1:the script threw an error (shown on stderr)", "2:bad usage or unreadable file"})
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .jsh script to run")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            System.err.println("torchtrek run: cannot read " + file);
            return 2;
        }
        return BatchRunner.run(Files.readString(file), System.out, System.err);
    }
}
