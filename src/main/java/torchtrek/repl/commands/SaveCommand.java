package torchtrek.repl.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code /save FILE}: writes the snippets that ran, in order, to a {@code .jsh} file that {@code /open} replays. */
final class SaveCommand implements Command {
    @Override
    public String name() {
        return "save";
    }

    @Override
    public String argument() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "save what you typed (the snippets that ran) to a .jsh file";
    }

    @Override
    public void run(String argument, CommandContext context) {
        if (argument.isEmpty()) {
            context.printer().error("Usage: /save FILE   (for example /save tensors.jsh)");
            return;
        }
        List<String> snippets = context.session().transcript();
        StringBuilder text = new StringBuilder();
        for (String s : snippets) text.append(terminated(s.strip())).append('\n');
        Path file = Path.of(argument);
        try {
            Files.writeString(file, text);
            context.printer().note("Saved " + snippets.size() + " snippet" + (snippets.size() == 1 ? "" : "s") + " to " + file);
        } catch (IOException | RuntimeException e) {
            context.printer().error("Cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Java is not line-based: an expression needs its {@code ;} to stay apart from the next line. */
    private static String terminated(String snippet) {
        return snippet.endsWith(";") || snippet.endsWith("}") ? snippet : snippet + ";";
    }
}
