package torchtrek.repl.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The REPL's commands by name; a line starting with {@code /} is looked up here. */
public final class Commands {
    private final Map<String, Command> byName = new LinkedHashMap<>();

    /** The commands every session has: help, variables, reset, save/open, the autograd graph, trace, exit. */
    public static Commands builtIn() {
        Commands c = new Commands();
        c.add(new HelpCommand());
        c.add(new VarsCommand());
        c.add(new GraphCommand());
        c.add(new TraceCommand());
        c.add(new SaveCommand());
        c.add(new OpenCommand());
        c.add(new ResetCommand());
        c.add(new ExitCommand());
        return c;
    }

    /** Adds a command (replacing one of the same name). */
    public Commands add(Command command) {
        byName.put(command.name(), command);
        return this;
    }

    public Collection<Command> all() {
        return List.copyOf(byName.values());
    }

    /** Whether a line is a command rather than Java ({@code /vars}, not {@code // a comment} or {@code /* ... }). */
    public static boolean isCommand(String line) {
        String s = line.stripLeading();
        return s.startsWith("/") && s.length() > 1 && Character.isLetter(s.charAt(1));
    }

    /** Runs a command line; an unknown name gets an error naming the closest command. */
    public void run(String line, CommandContext context) {
        String s = line.strip().substring(1);
        int space = indexOfSpace(s);
        String name = space < 0 ? s : s.substring(0, space);
        String argument = space < 0 ? "" : s.substring(space + 1).strip();
        Optional<Command> command = find(name);
        if (command.isPresent()) {
            command.get().run(argument, context);
            return;
        }
        String closest = closest(name).map(c -> " Did you mean /" + c.name() + "?").orElse("");
        context.printer().error("Unknown command /" + name + "." + closest + " (/help lists them all)");
    }

    /** The command named exactly {@code name}, or the only one whose name starts with it. */
    public Optional<Command> find(String name) {
        Command exact = byName.get(name);
        if (exact != null) return Optional.of(exact);
        List<Command> prefixed = byName.values().stream().filter(c -> !name.isEmpty() && c.name().startsWith(name)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The command whose name is nearest {@code name} (at most two edits away), for "did you mean". */
    Optional<Command> closest(String name) {
        List<Command> candidates = new ArrayList<>(byName.values());
        candidates.sort(Comparator.comparingInt(c -> distance(c.name(), name)));
        return candidates.stream().filter(c -> distance(c.name(), name) <= 2 || c.name().startsWith(name)).findFirst();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }
}
