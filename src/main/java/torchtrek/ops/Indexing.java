package torchtrek.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.errors.IndexError;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/**
 * Python's {@code x[...]} and {@code x[...] = v}. Integers, slices, {@code None} and
 * {@code ...} give views (as PyTorch's basic indexing does); integer lists, index tensors and
 * bool masks give copies gathered by storage offset (advanced indexing), with NumPy's rules for
 * where the indexed dims go.
 */
public final class Indexing {
    private Indexing() {}

    /** One part of an index expression. */
    public static final class Part {
        enum Kind { INT, SLICE, NONE, ELLIPSIS, TENSOR }

        final Kind kind;
        final long value;
        final Long start, stop, step;
        final Tensor tensor;

        private Part(Kind kind, long value, Long start, Long stop, Long step, Tensor tensor) {
            this.kind = kind;
            this.value = value;
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.tensor = tensor;
        }

        static Part integer(long v) { return new Part(Kind.INT, v, null, null, null, null); }

        static Part slice(Long start, Long stop, Long step) { return new Part(Kind.SLICE, 0, start, stop, step, null); }

        static Part none() { return new Part(Kind.NONE, 0, null, null, null, null); }

        static Part ellipsis() { return new Part(Kind.ELLIPSIS, 0, null, null, null, null); }

        static Part tensor(Tensor t) { return new Part(Kind.TENSOR, 0, null, null, null, t); }
    }

    // ------------------------------------------------------------------ parsing

    /** Parses Python index syntax: {@code "0, 1:3"}, {@code ":, ::2"}, {@code "..., None"}, {@code "[0, 2]"}. */
    public static List<Part> parse(String index) {
        List<Part> parts = new ArrayList<>();
        String s = index.trim();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1);
        if (s.isEmpty()) throw new IndexError("empty index: write \":\" for a whole dimension");
        for (String raw : splitTopLevel(s)) parts.add(parsePart(raw.trim(), index));
        return parts;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth--;
            else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        String last = s.substring(start);
        if (!last.isBlank() || out.isEmpty()) out.add(last);
        return out;
    }

    private static Part parsePart(String p, String whole) {
        if (p.isEmpty()) throw new IndexError("invalid index \"" + whole + "\": an empty part between commas");
        if (p.equals("...")) return Part.ellipsis();
        if (p.equals("None")) return Part.none();
        if (p.startsWith("[")) return Part.tensor(parseList(p, whole));
        if (p.contains(":")) {
            String[] bits = p.split(":", -1);
            if (bits.length > 3) throw new IndexError("invalid slice \"" + p + "\" in index \"" + whole + "\"");
            return Part.slice(bound(bits[0], whole), bits.length > 1 ? bound(bits[1], whole) : null,
                bits.length > 2 ? bound(bits[2], whole) : null);
        }
        if (p.equals("True") || p.equals("False")) {
            return Part.tensor(Creation.scalarTensor(p.equals("True") ? 1 : 0, DType.BOOL));
        }
        return Part.integer(integer(p, whole));
    }

    private static Long bound(String s, String whole) {
        s = s.trim();
        return s.isEmpty() || s.equals("None") ? null : integer(s, whole);
    }

    private static long integer(String s, String whole) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            if (s.trim().matches("[-+]?[0-9]*\\.[0-9]*([eE][-+]?[0-9]+)?")) throw new IndexError(
                "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got float)");
            throw new IndexError("invalid index \"" + whole + "\": \"" + s.trim() + "\" is not an integer, a slice (a:b:c), "
                + "None, ... or a list [i, j]");
        }
    }

    private static Tensor parseList(String p, String whole) {
        if (!p.endsWith("]")) throw new IndexError("invalid index \"" + whole + "\": unclosed [");
        String inner = p.substring(1, p.length() - 1).trim();
        if (inner.isEmpty()) return Creation.zeros(new int[] {0}, DType.INT64, torchtrek.tensor.Device.CPU);
        String[] items = inner.split(",");
        boolean bools = items[0].trim().equals("True") || items[0].trim().equals("False");
        List<Object> values = new ArrayList<>();
        for (String it : items) {
            String v = it.trim();
            if (bools) values.add(v.equals("True"));
            else values.add(integer(v, whole));
        }
        return Creation.fromData(values, bools ? DType.BOOL : DType.INT64, "index");
    }

    /** Typed parts: Integer/Long, null (None), {@code "..."} or other index strings, Tensors. */
    public static List<Part> of(Object... parts) {
        List<Part> out = new ArrayList<>();
        for (Object o : parts) {
            if (o == null) out.add(Part.none());
            else if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) out.add(Part.integer(((Number) o).longValue()));
            else if (o instanceof Tensor t) out.add(Part.tensor(t));
            else if (o instanceof String s) out.addAll(parse(s));
            else if (o instanceof Boolean b) out.add(Part.tensor(Creation.scalarTensor(b ? 1 : 0, DType.BOOL)));
            else if (o instanceof long[] arr) out.add(Part.tensor(Creation.fromData(arr, DType.INT64, "index")));
            else if (o instanceof int[] arr) out.add(Part.tensor(Creation.fromData(arr, DType.INT64, "index")));
            else if (o instanceof Number) throw new IndexError(
                "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got float)");
            else throw new IndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid "
                + "indices (got " + o.getClass().getSimpleName() + ")");
        }
        return out;
    }

    public static List<Part> ofLongs(long... indices) {
        List<Part> out = new ArrayList<>();
        for (long i : indices) out.add(Part.integer(i));
        return out;
    }

    public static List<Part> of(Tensor index) {
        return List.of(Part.tensor(index));
    }

    // ------------------------------------------------------------------ basic indexing (views)

    /** The result of the view part of an index and the advanced indices left to apply (dim, tensor). */
    private record Basic(Tensor view, List<Integer> dims, List<Tensor> tensors) {}

    private static Basic basic(Tensor x, List<Part> parts) {
        int ndim = x.layout().dim();
        int specified = 0;
        int ellipses = 0;
        for (Part p : parts) {
            if (p.kind == Part.Kind.ELLIPSIS) ellipses++;
            else if (p.kind == Part.Kind.TENSOR && p.tensor.dtype() == DType.BOOL) specified += Math.max(p.tensor.layout().dim(), 0);
            else if (p.kind != Part.Kind.NONE) specified++;
        }
        if (ellipses > 1) throw new IndexError("an index can only have a single ellipsis ('...')");
        if (specified > ndim) {
            if (ndim == 0 && parts.size() > 0 && parts.get(0).kind == Part.Kind.SLICE) {
                throw new IndexError("slice() cannot be applied to a 0-dim tensor.");
            }
            if (ndim == 0 && parts.size() > 0 && parts.get(0).kind == Part.Kind.INT) throw new IndexError(
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
            throw new IndexError("too many indices for tensor of dimension " + ndim);
        }
        Tensor v = x;
        boolean viewed = false;
        int dim = 0;
        List<Integer> dims = new ArrayList<>();
        List<Tensor> tensors = new ArrayList<>();
        for (int position = 0; position < parts.size(); position++) {
            Part p = parts.get(position);
            switch (p.kind) {
                case INT: {
                    int size = v.layout().size(dim);
                    // PyTorch calls the index's position in the index tuple its "dimension"
                    if (p.value < -size || p.value >= size) throw new IndexError(
                        "index " + p.value + " is out of bounds for dimension " + position + " with size " + size);
                    v = Shapes.select(v, dim, p.value);
                    viewed = true;
                    break;
                }
                case SLICE: {
                    long step = p.step == null ? 1 : p.step;
                    long start = p.start == null ? 0 : p.start;
                    long stop = p.stop == null ? Long.MAX_VALUE : p.stop;
                    if (step == 0) throw new torchtrek.errors.ValueError("slice step cannot be zero");
                    if (step < 0) throw new torchtrek.errors.ValueError("step must be greater than zero");
                    int size = v.layout().size(dim);
                    // a full slice among other indices is skipped; x[:] alone still records a slice (get_item)
                    boolean whole = parts.size() > 1 && start == 0 && stop >= size && step == 1;
                    if (!whole) {
                        v = Shapes.slice(v, dim, start, stop, step);
                        viewed = true;
                    }
                    dim++;
                    break;
                }
                case NONE:
                    v = Shapes.unsqueeze(v, dim);
                    viewed = true;
                    dim++;
                    break;
                case ELLIPSIS:
                    dim += ndim - specified;
                    break;
                default: {
                    Tensor t = p.tensor;
                    if (t.dtype() == DType.BOOL || t.dtype() == DType.UINT8) {
                        if (t.dtype() == DType.UINT8) {
                            torchtrek.errors.Warnings.warn("indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead.");
                        }
                        int k = t.layout().dim();
                        if (k == 0) {
                            // x[True] adds a dim of size 1, x[False] one of size 0
                            v = Shapes.unsqueeze(v, dim);
                            viewed = true;
                            dims.add(dim);
                            tensors.add(t.item() != 0 ? Creation.zeros(new int[] {1}, DType.INT64, v.device())
                                : Creation.zeros(new int[] {0}, DType.INT64, v.device()));
                            dim++;
                            break;
                        }
                        for (int i = 0; i < k; i++) {
                            if (dim + i >= v.layout().dim() || t.layout().size(i) != v.layout().size(dim + i)) throw new IndexError(
                                "The shape of the mask " + Arrays.toString(t.layout().shape()) + " at index " + i
                                + " does not match the shape of the indexed tensor " + Arrays.toString(v.layout().shape())
                                + " at index " + (dim + i));
                        }
                        Tensor nz = nonzero(t);
                        for (int i = 0; i < k; i++) {
                            dims.add(dim + i);
                            tensors.add(nz.select(1, i));
                        }
                        dim += k;
                    } else if (t.dtype().isFloatingPoint()) {
                        throw new IndexError("tensors used as indices must be long, int, byte or bool tensors");
                    } else {
                        dims.add(dim);
                        tensors.add(t);
                        dim++;
                    }
                }
            }
        }
        return new Basic(v, dims, tensors);
    }

    /** {@code x[...]} or {@code x[:]}: a new view of the whole tensor. */
    private static Tensor alias(Tensor x) {
        Tensor v = Tensor.viewOf(x, x.layout());
        if (History.needed(x)) History.record(new Shapes.ReshapeNode("AliasBackward0", x.layout().shape()), v, x);
        return v;
    }

    // ------------------------------------------------------------------ get

    public static Tensor get(Tensor x, List<Part> parts) {
        Basic b = basic(x, parts);
        // x[...] and x[:, :] still give a new tensor (a view of x), never x itself
        if (b.tensors().isEmpty()) return b.view() == x ? alias(x) : b.view();
        return advancedGet(b.view(), b.dims(), b.tensors());
    }

    /**
     * {@code source[parts]}, where source is x or a view of it of shape {@code shape} (same
     * row-major order), recorded as one node named {@code name} whose input is x itself
     * (gather, index_select, take, masked_select); a gradient of a broadcast shape is summed back to x's.
     */
    private static Tensor get(Tensor x, Tensor source, List<Part> parts, String name) {
        Tensor out;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            out = get(source, parts);
        }
        if (History.needed(x)) {
            int[] shape = source.layout().shape();
            int[] flattenedFrom = Layout.numelOf(shape) == x.numel() && !Arrays.equals(shape, x.layout().shape())
                ? x.layout().shape() : null;
            int[] positions = positions(shapeOnly(x, shape), parts).offsets();
            History.record(new Positions.IndexBackward(name, shape, positions, flattenedFrom), out, x);
        }
        return out;
    }

    /** Where {@code x[parts]} (with at least one index tensor) reads, as row-major positions in x's shape. */
    private static Gather positions(Tensor x, List<Part> parts) {
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            Basic b = basic(shapeOnly(x, x.layout().shape()), parts);
            return plan(b.view(), b.dims(), b.tensors());
        }
    }

    /** A stand-in laid out row-major with this shape, for computing positions (its memory is never read). */
    private static Tensor shapeOnly(Tensor x, int[] shape) {
        return new Tensor(x.storage(), Layout.contiguous(shape));
    }

    /** Where advanced indexing reads: storage offsets of each result element, and the result's shape. */
    private record Gather(int[] shape, int[] offsets) {}

    private static Gather plan(Tensor v, List<Integer> dims, List<Tensor> tensors) {
        Layout l = v.layout();
        int[][] indexShapes = new int[tensors.size()][];
        for (int i = 0; i < tensors.size(); i++) indexShapes[i] = tensors.get(i).layout().shape();
        int[] bshape;
        try {
            bshape = torchtrek.tensor.Broadcast.shapes(indexShapes);
        } catch (RuntimeError e) {
            StringBuilder shapes = new StringBuilder();
            for (int[] sh : indexShapes) shapes.append(shapes.length() == 0 ? "" : ", ").append(Arrays.toString(sh));
            throw new IndexError("shape mismatch: indexing tensors could not be broadcast together with shapes " + shapes);
        }
        int bnumel = Layout.numelOf(bshape);
        // index values, broadcast, bounds-checked, per indexed dim
        long[][] idx = new long[tensors.size()][];
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = Elementwise.cast(tensors.get(i), DType.INT64).expand(Arrays.stream(bshape).asLongStream().toArray());
            long[] vals = Conversion.toLongArray(t);
            int size = l.size(dims.get(i));
            for (int k = 0; k < vals.length; k++) {
                long iv = vals[k];
                // PyTorch's index kernel numbers the index tensors, not the dims they index
                if (iv < -size || iv >= size) throw new IndexError("index " + iv + " is out of bounds for dimension "
                    + i + " with size " + size);
                vals[k] = iv < 0 ? iv + size : iv;
            }
            idx[i] = vals;
        }
        boolean adjacent = true;
        for (int i = 1; i < dims.size(); i++) if (dims.get(i) != dims.get(i - 1) + 1) adjacent = false;
        List<Integer> rest = new ArrayList<>();
        for (int d = 0; d < l.dim(); d++) if (!dims.contains(d)) rest.add(d);
        int before = adjacent ? dims.get(0) : 0;   // kept dims placed before the index block
        int[] shape = new int[bshape.length + rest.size()];
        int k = 0;
        for (int r = 0; r < before; r++) shape[k++] = l.size(rest.get(r));
        for (int s : bshape) shape[k++] = s;
        for (int r = before; r < rest.size(); r++) shape[k++] = l.size(rest.get(r));
        int numel = Layout.numelOf(shape);
        int[] offsets = new int[numel];
        int[] counter = new int[shape.length];
        for (int e = 0; e < numel; e++) {
            int off = l.offset();
            int bflat = 0;
            for (int j = 0; j < bshape.length; j++) bflat = bflat * bshape[j] + counter[before + j];
            for (int i = 0; i < dims.size(); i++) off += (int) idx[i][bnumel == 0 ? 0 : bflat] * l.stride(dims.get(i));
            for (int r = 0; r < rest.size(); r++) {
                int pos = r < before ? r : r + bshape.length;
                off += counter[pos] * l.stride(rest.get(r));
            }
            offsets[e] = off;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++counter[d] < shape[d]) break;
                counter[d] = 0;
            }
        }
        return new Gather(shape, offsets);
    }

    private static Tensor advancedGet(Tensor v, List<Integer> dims, List<Tensor> tensors) {
        Gather g = plan(v, dims, tensors);
        Tensor out = Elementwise.empty(g.shape(), v.dtype(), v.device());
        out.backend().gather(v.strided(), g.offsets(), out.strided());
        if (History.needed(v)) {
            int[] positions = plan(shapeOnly(v, v.layout().shape()), dims, tensors).offsets();
            History.record(new Positions.IndexBackward("IndexBackward0", v.layout().shape(), positions, null), out, v);
        }
        return out;
    }

    // ------------------------------------------------------------------ set

    public static Tensor set(Tensor x, List<Part> parts, Tensor value) {
        Basic b = basic(x, parts);
        InPlace.check(b.view(), value);   // x[0] = v writes through a view of x: "a view of a leaf Variable..."
        if (b.tensors().isEmpty()) {
            copyTo(b.view(), value);
            return x;
        }
        Tensor v = withoutLeadingOnes(value);
        if (InPlace.needsRecording(x, v)) {
            return InPlace.recorded(x, old -> {
                Tensor r = old.detach().clone();
                Basic ob = basic(r, parts);
                scatterInto(ob, v.detach());
                if (History.needed(old, v)) History.record(new IndexPutBackward0(positions(r, parts), r, v), r, old, v);
                return r;
            });
        }
        scatterInto(b, v);
        InPlace.bump(x);
        return x;
    }

    /** PyTorch's {@code copy_to} for {@code x[...] = v}: copy, or fill from a number, or broadcast without leading 1s. */
    private static void copyTo(Tensor target, Tensor value) {
        if (Arrays.equals(target.layout().shape(), value.layout().shape())) Conversion.copy_(target, value);
        else if (value.layout().dim() == 0 && value.device().isCpu()) Conversion.fill_(target, value);
        else Conversion.copy_(target, withoutLeadingOnes(value).expand(target.shape().toLongArray()));   // expand's message
    }

    /** A value's leading dims of size 1 do not count in assignment ({@code x[0] = ones(1, 3)} for a row of 3). */
    private static Tensor withoutLeadingOnes(Tensor value) {
        int[] shape = value.layout().shape();
        int lead = 0;
        while (lead < shape.length && shape[lead] == 1) lead++;
        if (lead == 0) return value;
        return value.view(Arrays.stream(shape, lead, shape.length).asLongStream().toArray());
    }

    private static void scatterInto(Basic b, Tensor value) {
        Gather g = plan(b.view(), b.dims(), b.tensors());
        if (!torchtrek.tensor.Broadcast.canExpand(value.layout().shape(), g.shape())) throw new RuntimeError("shape mismatch: value tensor of shape "
            + Arrays.toString(value.layout().shape()) + " cannot be broadcast to indexing result of shape " + Arrays.toString(g.shape()));
        Tensor v = Elementwise.cast(value, b.view().dtype());
        Tensor src = Elementwise.contiguous(v.expand(Arrays.stream(g.shape()).asLongStream().toArray()));
        b.view().backend().scatter(src.strided(), g.offsets(), b.view().strided(), false);
    }

    /** x[idx] = v: no gradient where x was overwritten; v gets the gradient at the written positions. */
    static final class IndexPutBackward0 extends Node {
        private final Gather written;
        private final int[] selfShape;
        private final int[] valueShape;

        IndexPutBackward0(Gather written, Tensor self, Tensor value) {
            this.written = written;
            this.selfShape = self.layout().shape();
            this.valueShape = value.layout().shape();
        }

        @Override public String name() { return "IndexPutBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor gx = null, gv = null;
            if (nextEdges()[0] != null) {
                Tensor kept = Creation.zeros(selfShape, g[0].dtype(), g[0].device());
                kept.backend().fill(kept.strided(), 1);
                kept.backend().scatter(Creation.zeros(written.shape(), g[0].dtype(), g[0].device()).strided(),
                    written.offsets(), kept.strided(), false);
                gx = g[0].mul(kept);
            }
            if (nextEdges()[1] != null) gv = Positions.take(g[0], written.offsets(), written.shape()).sum_to_size(valueShape);
            return new Tensor[] {gx, gv};
        }
    }

    // ------------------------------------------------------------------ functions

    public static Tensor maskedSelect(Tensor x, Tensor mask) {
        int[] shape = torchtrek.tensor.Broadcast.shapes(x.layout().shape(), mask.layout().shape());
        long[] target = Arrays.stream(shape).asLongStream().toArray();
        Tensor expanded;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            expanded = x.expand(target);
        }
        return get(x, expanded, List.of(Part.tensor(mask.expand(target))), "MaskedSelectBackward0");
    }

    public static Tensor indexSelect(Tensor x, long dim, Tensor index) {
        int d = Layout.normalizeDim(dim, x.layout().dim());
        if (index.layout().dim() > 1) throw new IndexError("index_select(): Index is supposed to be a vector");
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32) {
            throw new RuntimeError("index_select(): Expected dtype int32 or int64 for index");
        }
        long[] vals = Conversion.toLongArray(index);
        int size = x.layout().dim() == 0 ? 1 : x.layout().size(d);
        for (long v : vals) if (v < 0 || v >= size) throw new RuntimeError(
            "INDICES element is out of DATA bounds, id=" + v + " axis_dim=" + size);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < d; i++) parts.add(Part.slice(null, null, null));
        parts.add(Part.tensor(index.layout().dim() == 0 ? index.reshape(1) : index));
        return get(x, x, parts, "IndexSelectBackward0");
    }

    public static Tensor gather(Tensor x, long dim, Tensor index) {
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32) {
            throw new RuntimeError("gather(): Expected dtype int32/int64 for index");
        }
        int n = x.layout().dim();
        int d = Layout.normalizeDim(dim, n);
        if (index.layout().dim() != n) throw new RuntimeError("Index tensor must have the same number of dimensions as input tensor");
        int size = x.layout().size(d);
        for (long v : Conversion.toLongArray(index)) {
            // gather takes no negative indices, and reports a RuntimeError, unlike x[...]
            if (v < 0 || v >= size) throw new RuntimeError("index " + v + " is out of bounds for dimension " + d + " with size " + size);
        }
        // x[i0, i1, ..., index[...], ...] with aranges broadcast over the other dims
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == d) {
                parts.add(Part.tensor(index));
            } else {
                long[] shape = new long[n];
                Arrays.fill(shape, 1);
                shape[i] = index.layout().size(i);
                parts.add(Part.tensor(Creation.arange(0, index.layout().size(i), 1, true).view(shape)));
            }
        }
        return get(x, x, parts, "GatherBackward0");
    }

    public static Tensor take(Tensor x, Tensor index) {
        long numel = x.numel();
        for (long v : Conversion.toLongArray(index)) {
            if (v < -numel || v >= numel) throw new IndexError("out of range: tried to access index " + v + " on a tensor of " + numel + " elements.");
        }
        Tensor flat;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            flat = x.reshape(-1);
        }
        return get(x, flat, List.of(Part.tensor(index)), "TakeBackward0");
    }

    /** Positions of the nonzero elements, one row each ({@code [n, ndim]}, int64). */
    public static Tensor nonzero(Tensor x) {
        Tensor c = Elementwise.contiguous(Conversion.moveTo(x.detach(), torchtrek.tensor.Device.CPU));
        int n = c.layout().dim();
        int[] shape = c.layout().shape();
        List<int[]> hits = new ArrayList<>();
        int numel = c.layout().numel();
        int[] counter = new int[n];
        for (int e = 0; e < numel; e++) {
            if (c.storage().getDouble(c.layout().offset() + e) != 0) hits.add(counter.clone());
            for (int d = n - 1; d >= 0; d--) {
                if (++counter[d] < shape[d]) break;
                counter[d] = 0;
            }
        }
        long[] data = new long[hits.size() * n];
        for (int i = 0; i < hits.size(); i++) for (int d = 0; d < n; d++) data[i * n + d] = hits.get(i)[d];
        Tensor out = new Tensor(new torchtrek.tensor.ArrayStorage.Longs(data), Layout.contiguous(hits.size(), n));
        return Conversion.moveTo(out, x.device());
    }
}
