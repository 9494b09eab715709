package torchtrek.repl.commands;

import java.util.List;

import torchtrek.repl.Repr;
import torchtrek.repl.Session.Variable;

/** {@code /vars}: the student's variables with their types, and shape and dtype for tensors. */
final class VarsCommand implements Command {
    @Override
    public String name() {
        return "vars";
    }

    @Override
    public String summary() {
        return "your variables: name, type, and shape and dtype for tensors";
    }

    @Override
    public void run(String argument, CommandContext context) {
        List<Variable> vars = context.session().variables();
        if (vars.isEmpty()) {
            context.printer().note("No variables yet. Declare one: var x = torch.ones(2, 3)");
            return;
        }
        int nameWidth = Math.max(4, vars.stream().mapToInt(v -> v.name().length()).max().orElse(0));
        int typeWidth = Math.max(4, vars.stream().mapToInt(v -> v.type().length()).max().orElse(0));
        context.printer().note(row("name", nameWidth, "type", typeWidth, "value"));
        for (Variable v : vars) context.printer().line(row(v.name(), nameWidth, v.type(), typeWidth, Repr.summary(v.value())));
    }

    private static String row(String name, int nameWidth, String type, int typeWidth, String value) {
        return String.format("%-" + nameWidth + "s  %-" + typeWidth + "s  %s", name, type, value).stripTrailing();
    }
}
