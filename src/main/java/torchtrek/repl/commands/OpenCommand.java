package torchtrek.repl.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code /open FILE}: runs a {@code .jsh} file in the session, as if its snippets were typed. */
final class OpenCommand implements Command {
    @Override
    public String name() {
        return "open";
    }

    @Override
    public String argument() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "run a .jsh file here, keeping what it declares";
    }

    @Override
    public void run(String argument, CommandContext context) {
        if (argument.isEmpty()) {
            context.printer().error("Usage: /open FILE   (for example /open tensors.jsh)");
            return;
        }
        Path file = Path.of(argument);
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException | RuntimeException e) {
            context.printer().error(Files.exists(file) ? "Cannot read " + file + ": " + e.getMessage() : "No such file: " + file);
            return;
        }
        context.evaluate(source);
    }
}
