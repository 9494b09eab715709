package torchtrek.repl.commands;

import java.util.IdentityHashMap;
import java.util.Map;

import torchtrek.Tensor;
import torchtrek.autograd.GraphView;
import torchtrek.autograd.Node;
import torchtrek.repl.Outcome;
import torchtrek.repl.Session;

/** {@code /graph EXPR}: the autograd graph behind a tensor, its leaves named after the student's variables. */
final class GraphCommand implements Command {
    @Override
    public String name() {
        return "graph";
    }

    @Override
    public String argument() {
        return "EXPR";
    }

    @Override
    public String summary() {
        return "the autograd graph behind a tensor (or a grad_fn); torch.autograd.graph(y).dot() gives Graphviz";
    }

    @Override
    public void run(String argument, CommandContext context) {
        if (argument.isEmpty()) {
            context.printer().error("Usage: /graph EXPR   (for example /graph y, or /graph y.grad_fn())");
            return;
        }
        Object value;
        try {
            value = context.session().evaluate(argument);
        } catch (Session.EvaluationFailed e) {
            context.printer().print(e.outcome());
            return;
        }
        if (value instanceof Tensor t) {
            context.printer().line(GraphView.of(t, names(context.session())).text());
        } else if (value instanceof Node fn) {
            context.printer().line(GraphView.of(fn).text());
        } else {
            context.printer().print(new Outcome.Failure("/graph needs a tensor or a grad_fn; " + argument
                + " is " + (value == null ? "null" : "of type " + value.getClass().getSimpleName()), null, null));
        }
    }

    /** The student's tensor variables, so the graph can say "leaf w" rather than just a shape. */
    private static Map<Tensor, String> names(Session session) {
        Map<Tensor, String> names = new IdentityHashMap<>();
        for (Session.Variable v : session.variables()) {
            if (v.value() instanceof Tensor t) names.putIfAbsent(t, v.name());
        }
        return names;
    }
}
