package torchtrek.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import torchtrek.Tensor;

/**
 * The tape behind a tensor, made visible: {@code torch.autograd.graph(y)} prints the backward
 * graph as a tree, and {@link #dot()} exports it for Graphviz.
 *
 * <pre>
 * tensor [] float32, grad_fn=&lt;SumBackward0&gt;
 * #1 SumBackward0
 * └─ #2 AddBackward0
 *    ├─ #3 MulBackward0  saved: input [2] float32, input [2] float32
 *    │  ├─ #4 AccumulateGrad  leaf a [2] float32
 *    │  └─ #5 AccumulateGrad  leaf b [2] float32
 *    └─ #4 AccumulateGrad  (shown above)
 * 5 nodes, 2 leaves
 * </pre>
 *
 * Each line is a node; its children are its {@code next_functions}, where its gradient goes
 * ({@code (input k)} when it enters input k of a node with several, {@code None} for an input
 * that needs no gradient). A node reached twice is numbered once and referred to after. Saved
 * tensors are listed by shape ({@code input}: an input of the forward op, {@code result}: its
 * output), marked {@code freed} after a backward pass without {@code retain_graph}; leaves are
 * the tensors whose {@code .grad} the {@code AccumulateGrad} nodes fill.
 */
public final class GraphView {
    private final Tensor tensor;
    private final Node root;
    private final Map<Tensor, String> names;
    private final Map<Node, Integer> ids = new IdentityHashMap<>();
    private final List<Node> order = new ArrayList<>();

    private GraphView(Tensor tensor, Node root, Map<Tensor, String> names) {
        this.tensor = tensor;
        this.root = root;
        this.names = names;
        if (root != null) number(root);
    }

    /** The graph behind {@code t} (empty for a tensor with no grad_fn). */
    public static GraphView of(Tensor t) {
        return of(t, Map.of());
    }

    /** As {@link #of(Tensor)}, naming the leaves (and the root) found in {@code names} (compared by identity). */
    public static GraphView of(Tensor t, Map<Tensor, String> names) {
        Map<Tensor, String> byIdentity = new IdentityHashMap<>(names);
        return new GraphView(t, t.grad_fn(), byIdentity);
    }

    /** The graph below a node ({@code y.grad_fn()}). */
    public static GraphView of(Node fn) {
        return new GraphView(null, fn, new IdentityHashMap<>());
    }

    private void number(Node start) {
        List<Node> stack = new ArrayList<>(List.of(start));
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (ids.containsKey(n)) continue;
            ids.put(n, ids.size() + 1);
            order.add(n);
            Edge[] edges = n.nextEdges();
            for (int i = edges.length - 1; i >= 0; i--) if (edges[i] != null) stack.add(edges[i].function());
        }
    }

    /** The tree as text (what {@code toString()} gives and the REPL's {@code /graph} shows). */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (tensor != null) out.append(describeRoot()).append('\n');
        if (root == null) return out.toString().stripTrailing();
        boolean[] shown = new boolean[ids.size() + 1];
        line(out, root, "", "", shown);
        int leaves = 0;
        for (Node n : order) if (n instanceof AccumulateGrad) leaves++;
        out.append(order.size()).append(order.size() == 1 ? " node, " : " nodes, ")
            .append(leaves).append(leaves == 1 ? " leaf" : " leaves");
        return out.toString();
    }

    private String describeRoot() {
        String what = "tensor " + describe(tensor.layout().shape(), tensor.dtype().shortName());
        String name = names.get(tensor);
        if (name != null) what = name + ": " + what;
        Node fn = tensor.grad_fn();
        if (fn != null) return what + ", grad_fn=<" + fn.name() + ">";
        if (tensor.requires_grad()) return what + ", a leaf that requires grad: no graph behind it (backward fills its .grad)";
        return what + ", does not require grad: nothing was recorded";
    }

    private void line(StringBuilder out, Node n, String lead, String childLead, boolean[] shown) {
        int id = ids.get(n);
        out.append(lead).append('#').append(id).append(' ').append(n.name());
        if (shown[id]) {
            out.append("  (shown above)\n");
            return;
        }
        shown[id] = true;
        String detail = detail(n);
        if (!detail.isEmpty()) out.append("  ").append(detail);
        out.append('\n');
        Edge[] edges = n.nextEdges();
        for (int i = 0; i < edges.length; i++) {
            boolean last = i == edges.length - 1;
            String branch = childLead + (last ? "└─ " : "├─ ");
            String under = childLead + (last ? "   " : "│  ");
            Edge e = edges[i];
            if (e == null) {
                out.append(branch).append("None  (no gradient needed)\n");
            } else {
                String into = e.inputNr() == 0 && e.function().numInputs() == 1 ? "" : "(input " + e.inputNr() + ") ";
                line(out, e.function(), branch + into, under, shown);
            }
        }
    }

    /** What a node keeps: the leaf it feeds, or its saved tensors. */
    private String detail(Node n) {
        if (n instanceof AccumulateGrad acc) {
            Tensor v = acc.variable();
            String name = names.get(v);
            return "leaf " + (name == null ? "" : name + " ") + describe(v.layout().shape(), v.dtype().shortName());
        }
        StringBuilder s = new StringBuilder();
        if (n instanceof CopySlices slices) s.append("in-place ").append(slices.fn().name()).append(" on a view");
        List<SavedTensor> saved = n.savedTensors();
        for (int i = 0; i < saved.size(); i++) {
            SavedTensor t = saved.get(i);
            s.append(i == 0 ? (s.isEmpty() ? "saved: " : "; saved: ") : ", ");
            Tensor value = t.peek();
            if (value != null && value.isWrappedNumber()) s.append("number ").append(value.dtype().isFloatingPoint()
                ? torchtrek.Python.repr(value.item()) : String.valueOf(value.item_long()));
            else s.append(t.isOutput() ? "result " : "input ").append(describe(t.shape(), t.dtype().shortName()));
            if (t.isFreed()) s.append(" (freed)");
        }
        return s.toString();
    }

    private static String describe(int[] shape, String dtype) {
        return Arrays.toString(shape) + " " + dtype;
    }

    /**
     * The graph in Graphviz's DOT language: one box per node (leaves and the tensor itself as
     * ellipses), arrows in the direction the gradient flows, labelled with the input they enter
     * when a node has several. Render with {@code dot -Tpng graph.dot -o graph.png}.
     */
    public String dot() {
        StringBuilder out = new StringBuilder("digraph autograd {\n");
        out.append("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#f3f4f6\", fontname=\"Helvetica\"];\n");
        if (tensor != null) {
            out.append("    tensor [label=\"").append(escape(describeRoot())).append("\", shape=ellipse, fillcolor=\"#bbf7d0\"];\n");
            if (root != null) out.append("    tensor -> n").append(ids.get(root)).append(";\n");
        }
        for (Node n : order) {
            out.append("    n").append(ids.get(n)).append(" [label=\"").append(escape(n.name()));
            String detail = detail(n);
            if (!detail.isEmpty()) out.append("\\n").append(escape(detail));
            out.append('"');
            if (n instanceof AccumulateGrad) out.append(", shape=ellipse, fillcolor=\"#bfdbfe\"");
            out.append("];\n");
        }
        for (Node n : order) {
            for (Edge e : n.nextEdges()) {
                if (e == null) continue;
                out.append("    n").append(ids.get(n)).append(" -> n").append(ids.get(e.function()));
                if (e.function().numInputs() > 1) out.append(" [label=\"input ").append(e.inputNr()).append("\"]");
                out.append(";\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return text();
    }
}
