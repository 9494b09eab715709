package torchtrek.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import torchtrek.Python;
import torchtrek.Tensor;
import torchtrek.Tuple;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;

/**
 * One operation of the backward graph: what {@code grad_fn} returns. Given the gradients of
 * the forward op's outputs (one per input of this node), {@link #apply} returns the gradients
 * for its {@link #nextEdges() next edges}, i.e. the forward op's inputs.
 *
 * <p>{@link #name()} is PyTorch's class name ({@code MulBackward0}); {@code next_functions()}
 * prints as in Python. Each node records the shape, dtype and device of every gradient it
 * expects, so the engine can sum broadcast gradients back to size in one place.
 */
public abstract class Node implements Python.HasRepr {
    private static final Edge[] NO_EDGES = new Edge[0];
    private static long sequenceCounter;

    private final long sequenceNr;
    private Edge[] nextEdges = NO_EDGES;
    // metadata of input 0 in fields, of inputs 1.. (multi-output ops) in arrays: most nodes
    // have one input, and a node is made per recorded op, so it should cost one object
    private int[] shape0;
    private DType dtype0;
    private Device device0;
    private int[][] moreShapes;
    private DType[] moreDtypes;
    private Device[] moreDevices;
    private List<Function<Tensor, Tensor>>[] preHooks;
    private Consumer<Tensor>[] retainGradHooks;
    private SavedTensor[] saved;

    // Per-run state of the engine, valid while epoch equals the engine's current run.
    int epoch = -1;
    int pending;
    Tensor[] buffer;
    boolean needed;

    protected Node() {
        this.sequenceNr = sequenceCounter++;
    }

    /** PyTorch's name for this node, e.g. {@code AddBackward0}. */
    public abstract String name();

    /**
     * The gradients for each next edge (null where an edge is null or gets no gradient).
     * {@code grads} has one entry per input of this node; entries may be null (meaning zero).
     */
    public abstract Tensor[] apply(Tensor[] grads);

    /** Keeps an input of the forward op for the backward formula. */
    protected final SavedTensor save(Tensor t) {
        return remember(SavedTensor.input(t));
    }

    /** Keeps an output of the forward op (produced by this node) for the backward formula. */
    protected final SavedTensor saveOutput(Tensor t) {
        return remember(SavedTensor.output(t, this));
    }

    private SavedTensor remember(SavedTensor s) {
        saved = saved == null ? new SavedTensor[] {s} : Arrays.copyOf(saved, saved.length + 1);
        saved[saved.length - 1] = s;
        return s;
    }

    /** The tensors this node saved for backward (for graph rendering). */
    public List<SavedTensor> savedTensors() {
        return saved == null ? List.of() : List.of(saved);
    }

    /** Frees saved tensors once a backward pass without {@code retain_graph} has used them. */
    void releaseVariables() {
        if (saved != null) for (SavedTensor s : saved) s.release();
    }

    public final long sequence_nr() { return sequenceNr; }

    public final Edge[] nextEdges() { return nextEdges; }

    public final void setNextEdges(Edge... edges) { this.nextEdges = edges; }

    /** Number of gradients this node takes (the forward op's outputs). */
    public final int numInputs() { return moreShapes == null ? 1 : moreShapes.length + 1; }

    /** Records the metadata of input {@code nr} (output {@code nr} of the forward op). */
    public final void setInputMetadata(int nr, int[] shape, DType dtype, Device device) {
        if (nr == 0) {
            shape0 = shape;
            dtype0 = dtype;
            device0 = device;
            return;
        }
        if (moreShapes == null || nr > moreShapes.length) {
            moreShapes = moreShapes == null ? new int[nr][] : Arrays.copyOf(moreShapes, nr);
            moreDtypes = moreDtypes == null ? new DType[nr] : Arrays.copyOf(moreDtypes, nr);
            moreDevices = moreDevices == null ? new Device[nr] : Arrays.copyOf(moreDevices, nr);
        }
        moreShapes[nr - 1] = shape;
        moreDtypes[nr - 1] = dtype;
        moreDevices[nr - 1] = device;
    }

    public final int[] inputShape(int nr) { return nr == 0 ? shape0 : moreShapes[nr - 1]; }

    public final DType inputDtype(int nr) { return nr == 0 ? dtype0 : moreDtypes[nr - 1]; }

    public final Device inputDevice(int nr) { return nr == 0 ? device0 : moreDevices[nr - 1]; }

    /** Adds a hook run on the gradient for input {@code nr} before this node runs ({@code register_hook}). */
    @SuppressWarnings("unchecked")
    public final Runnable addPreHook(int nr, Function<Tensor, Tensor> hook) {
        if (preHooks == null) preHooks = new List[numInputs()];
        if (nr >= preHooks.length) preHooks = Arrays.copyOf(preHooks, nr + 1);
        if (preHooks[nr] == null) preHooks[nr] = new ArrayList<>();
        List<Function<Tensor, Tensor>> list = preHooks[nr];
        list.add(hook);
        return () -> list.remove(hook);
    }

    /**
     * Sets (or with null clears) the {@code retain_grad} hook of input {@code nr}. As in PyTorch 2.x
     * it sees the gradient after every {@code register_hook} hook of that input has run.
     */
    @SuppressWarnings("unchecked")
    public final void setRetainGradHook(int nr, Consumer<Tensor> hook) {
        if (retainGradHooks == null) retainGradHooks = new Consumer[numInputs()];
        if (nr >= retainGradHooks.length) retainGradHooks = Arrays.copyOf(retainGradHooks, nr + 1);
        retainGradHooks[nr] = hook;
    }

    /** Runs the hooks of every input on {@code grads}, replacing gradients a hook returns. */
    final void runPreHooks(Tensor[] grads) {
        if (preHooks != null) {
            for (int nr = 0; nr < preHooks.length && nr < grads.length; nr++) {
                if (preHooks[nr] == null || grads[nr] == null) continue;
                for (Function<Tensor, Tensor> hook : new ArrayList<>(preHooks[nr])) {
                    Tensor replaced = hook.apply(grads[nr]);
                    if (replaced != null) grads[nr] = replaced;
                }
            }
        }
        if (retainGradHooks != null) {
            for (int nr = 0; nr < retainGradHooks.length && nr < grads.length; nr++) {
                if (retainGradHooks[nr] != null && grads[nr] != null) retainGradHooks[nr].accept(grads[nr]);
            }
        }
    }

    /** {@code ((node, input_nr), ...)}, with {@code None} for inputs that need no gradient. */
    public final Tuple<Tuple<Object>> next_functions() {
        List<Tuple<Object>> out = new ArrayList<>(nextEdges.length);
        for (Edge e : nextEdges) out.add(e == null ? Tuple.of(null, 0L) : Tuple.of(e.function(), (long) e.inputNr()));
        return Tuple.copyOf(out);
    }

    /** A Python-style identity, {@code 0x7f...}, stable for this node. */
    final String address() {
        long h = System.identityHashCode(this) & 0xFFFFFFFFL;
        return String.format("0x7f%08x%02x", h, (sequenceNr & 0xF) << 4);
    }

    @Override
    public String repr() {
        return "<" + name() + " object at " + address() + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
