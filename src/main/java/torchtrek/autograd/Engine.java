package torchtrek.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Broadcast;

/**
 * Runs the backward graph: reads the tape in reverse. A node runs once every gradient flowing
 * into it has arrived (summed per input); among ready nodes the most recently created runs
 * first, as in PyTorch. Gradients are checked against each node's recorded input metadata, and
 * a broadcast gradient is summed back to the input's shape here, in one place.
 *
 * <p>Per-run bookkeeping lives in fields of the nodes themselves, stamped with a run number, so
 * a backward pass allocates almost nothing beyond the gradients.
 */
public final class Engine {
    private static final Comparator<Node> NEWEST_FIRST = (a, b) -> Long.compare(b.sequence_nr(), a.sequence_nr());
    private static int runCounter;
    private static boolean running;

    private Engine() {}

    /** {@code backward()} for each root with its gradient; accumulates into leaves' {@code .grad}. */
    public static void backward(Tensor[] roots, Tensor[] grads, boolean retainGraph, boolean createGraph) {
        run(roots, grads, retainGraph, createGraph, null);
    }

    /**
     * {@code torch.autograd.grad}: the gradients of the roots with respect to {@code inputs},
     * returned instead of accumulated (null for unused inputs when {@code allowUnused}).
     */
    public static Tensor[] grad(Tensor[] roots, Tensor[] grads, Tensor[] inputs, boolean retainGraph,
                                boolean createGraph, boolean allowUnused) {
        Tensor[] result = run(roots, grads, retainGraph, createGraph, inputs);
        if (!allowUnused) {
            for (Tensor r : result) if (r == null) throw new RuntimeError(
                "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if "
                + "this is the desired behavior.");
        }
        return result;
    }

    /** The edge a gradient for {@code t} flows into: its grad_fn, or its leaf accumulator; null if it needs none. */
    public static Edge gradientEdge(Tensor t) {
        Node fn = t.grad_fn();
        if (fn != null) return new Edge(fn, t.output_nr());
        AccumulateGrad acc = t.gradAccumulator();
        return acc == null ? null : new Edge(acc, 0);
    }

    private static synchronized Tensor[] run(Tensor[] roots, Tensor[] grads, boolean retainGraph, boolean createGraph,
                                             Tensor[] inputs) {
        if (running) throw new RuntimeError("backward() or autograd.grad() called while a backward pass is running "
            + "(from a hook?): TorchTrek does not support re-entrant backward passes");
        Edge[] rootEdges = new Edge[roots.length];
        for (int i = 0; i < roots.length; i++) {
            Edge e = gradientEdge(roots[i]);
            if (e == null) throw new RuntimeError(
                "element " + i + " of tensors does not require grad and does not have a grad_fn");
            rootEdges[i] = e;
        }
        Edge[] captureEdges = null;
        if (inputs != null) {
            captureEdges = new Edge[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                Edge e = gradientEdge(inputs[i]);
                if (e == null) throw new RuntimeError("One of the differentiated Tensors does not require grad");
                captureEdges[i] = e;
            }
        }
        running = true;
        List<Node> reachable = List.of();
        try (var mode = GradMode.guard(createGraph)) {
            reachable = discover(rootEdges, ++runCounter);
            if (captureEdges != null) markNeeded(reachable, captureEdges);
            return execute(rootEdges, grads, captureEdges, retainGraph);
        } finally {
            running = false;
            // after a failure, drop the gradients still parked in buffers
            for (Node n : reachable) n.buffer = null;
        }
    }

    /** Visits every node reachable from the roots, stamping it for this run and counting its incoming edges. */
    private static List<Node> discover(Edge[] rootEdges, int epoch) {
        List<Node> order = new ArrayList<>();
        ArrayDeque<Node> stack = new ArrayDeque<>(8);
        for (Edge e : rootEdges) stamp(e.function(), epoch, stack, order);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (Edge e : n.nextEdges()) {
                if (e == null) continue;
                stamp(e.function(), epoch, stack, order);
                e.function().pending++;
            }
        }
        return order;
    }

    private static void stamp(Node n, int epoch, ArrayDeque<Node> stack, List<Node> order) {
        if (n.epoch == epoch) return;
        n.epoch = epoch;
        n.pending = 0;
        n.buffer = null;
        n.needed = true;
        stack.push(n);
        order.add(n);
    }

    /**
     * For autograd.grad: a node needs to run only if a gradient to capture lies beyond it.
     * Discovery order is a DFS preorder, so walking it backwards visits successors first
     * in a DAG only approximately; iterate until stable.
     */
    private static void markNeeded(List<Node> nodes, Edge[] captureEdges) {
        for (Node n : nodes) n.needed = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Node n = nodes.get(i);
                if (n.needed) continue;
                for (Edge e : n.nextEdges()) {
                    if (e == null) continue;
                    if (e.function().needed || isCaptureTarget(e.function(), captureEdges)) {
                        n.needed = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private static boolean isCaptureTarget(Node n, Edge[] captureEdges) {
        for (Edge c : captureEdges) if (c.function() == n) return true;
        return false;
    }

    private static Tensor[] execute(Edge[] rootEdges, Tensor[] grads, Edge[] captureEdges, boolean retainGraph) {
        Tensor[] captured = captureEdges == null ? null : new Tensor[captureEdges.length];
        for (int i = 0; i < rootEdges.length; i++) accumulate(rootEdges[i], grads[i]);
        PriorityQueue<Node> ready = new PriorityQueue<>(8, NEWEST_FIRST);
        for (Edge e : rootEdges) {
            Node n = e.function();
            if (n.pending == 0 && !ready.contains(n)) ready.add(n);
        }
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            Tensor[] in = node.buffer != null ? node.buffer : new Tensor[node.numInputs()];
            node.buffer = null;
            node.runPreHooks(in);
            if (captureEdges != null) {
                for (int c = 0; c < captureEdges.length; c++) {
                    Edge ce = captureEdges[c];
                    Tensor g = ce.function() == node && ce.inputNr() < in.length ? in[ce.inputNr()] : null;
                    if (g != null) captured[c] = captured[c] == null ? g : captured[c].add(g);
                }
            }
            boolean run = (captureEdges == null || (node.needed && !(node instanceof AccumulateGrad))) && anyGradient(in);
            Tensor[] out = run ? node.apply(in) : null;
            if (run && !retainGraph) node.releaseVariables();
            Edge[] edges = node.nextEdges();
            for (int k = 0; k < edges.length; k++) {
                Edge e = edges[k];
                if (e == null) continue;
                Tensor g = out != null && k < out.length ? out[k] : null;
                if (g != null) accumulate(e, validate(g, node, k, e));
                if (--e.function().pending == 0) ready.add(e.function());
            }
        }
        return captured;
    }

    private static void accumulate(Edge e, Tensor g) {
        Node n = e.function();
        if (n.buffer == null) n.buffer = new Tensor[n.numInputs()];
        int nr = e.inputNr();
        n.buffer[nr] = n.buffer[nr] == null ? g : n.buffer[nr].add(g);
    }

    /** A node gets no gradient at all when every input is missing: then it does not run (its outputs are missing too). */
    private static boolean anyGradient(Tensor[] in) {
        for (Tensor t : in) if (t != null) return true;
        return in.length == 0;
    }

    /**
     * Output {@code k} of {@code fn}, summed back to the shape the receiving node expects (a
     * broadcast gradient) and converted to its dtype, as PyTorch's {@code validate_outputs}.
     */
    private static Tensor validate(Tensor g, Node fn, int k, Edge e) {
        Node target = e.function();
        int[] expected = target.inputShape(e.inputNr());
        if (expected != null && !Arrays.equals(expected, g.layout().shape())) {
            if (!Broadcast.canExpand(expected, g.layout().shape())) throw new RuntimeError(
                "Function " + fn.name() + " returned an invalid gradient at index " + k + " - got "
                + Arrays.toString(g.layout().shape()) + " but expected shape compatible with " + Arrays.toString(expected));
            g = g.sum_to_size(expected);
        }
        if (target.inputDtype(e.inputNr()) != null && g.dtype() != target.inputDtype(e.inputNr())) {
            g = g.to(target.inputDtype(e.inputNr()));
        }
        return g;
    }
}
