package torchtrek;

import java.util.List;
import java.util.function.Function;

import torchtrek.autograd.AccumulateGrad;
import torchtrek.autograd.Autograd;
import torchtrek.autograd.GradMode;
import torchtrek.autograd.Node;
import torchtrek.autograd.VersionCounter;
import torchtrek.autograd.ViewCreation;
import torchtrek.autograd.Views;
import torchtrek.backend.Backend;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.Warnings;
import torchtrek.format.TensorFormatter;
import torchtrek.ops.Arithmetic;
import torchtrek.ops.Comparison;
import torchtrek.ops.Conversion;
import torchtrek.ops.Creation;
import torchtrek.ops.Indexing;
import torchtrek.ops.LinearAlgebra;
import torchtrek.ops.MaskedFill;
import torchtrek.ops.Norms;
import torchtrek.ops.Reductions;
import torchtrek.ops.Shapes;
import torchtrek.ops.Splits;
import torchtrek.ops.UnaryMath;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * A multi-dimensional array with autograd, PyTorch's {@code torch.Tensor}.
 *
 * <p>Spelling follows PyTorch: a Python attribute is a method of the same name
 * ({@code x.shape()}, {@code x.grad()}), methods ending in {@code _} work in place, keyword
 * arguments come last as pre-imported factories ({@code x.sum(dim(0), keepdim(true))}), Python
 * numbers are Java {@code double}/{@code long} arguments, and {@link #toString()} is PyTorch's
 * {@code repr}. Conversions whose Python names are Java keywords are capitalised:
 * {@code x.Float()}, {@code x.Double()}, {@code x.Long()}, {@code x.Int()}.
 */
public final class Tensor implements Python.HasRepr {
    // ---- data
    private Storage storage;
    private Layout layout;
    // ---- autograd metadata (PyTorch's AutogradMeta)
    private boolean requiresGrad;
    private Node gradFn;
    private int outputNr;
    private Tensor grad;
    private VersionCounter version;
    private Tensor viewBase;
    private ViewCreation viewCreation;
    private int viewVersion;         // the version at which a view's grad_fn was last current
    private AccumulateGrad gradAccumulator;
    private boolean retainsGrad;
    private boolean wrappedNumber;

    /** A tensor over {@code storage} seen through {@code layout}, with a fresh version counter. */
    public Tensor(Storage storage, Layout layout) {
        this.storage = storage;
        this.layout = layout;
        this.version = new VersionCounter();
    }

    /** A view of {@code base}: same storage and version counter, another layout. */
    public static Tensor viewOf(Tensor base, Layout layout) {
        Tensor v = new Tensor(base.storage, layout);
        v.version = base.version;
        v.viewBase = base.viewBase != null ? base.viewBase : base;
        v.viewCreation = GradMode.isEnabled() ? ViewCreation.DEFAULT : ViewCreation.NO_GRAD_MODE;
        v.viewVersion = v.version.version();
        return v;
    }

    /** A Python number as PyTorch wraps it: a 0-d tensor that ranks last in type promotion. */
    public static Tensor wrap(double value) {
        Tensor t = Creation.scalarTensor(value, DType.FLOAT64);
        t.wrappedNumber = true;
        return t;
    }

    public static Tensor wrap(long value) {
        Tensor t = Creation.scalarTensor(value, DType.INT64);
        t.wrappedNumber = true;
        return t;
    }

    public static Tensor wrap(boolean value) {
        Tensor t = Creation.scalarTensor(value ? 1 : 0, DType.BOOL);
        t.wrappedNumber = true;
        return t;
    }

    // =====================================================================================
    // Internals shared with ops and autograd (PyTorch has them too: storage(), _version...)
    // =====================================================================================

    public Storage storage() { return storage; }

    public Layout layout() { return layout; }

    public Strided strided() { return new Strided(storage, layout); }

    public Backend backend() { return Backends.of(storage.device()); }

    /** Whether this tensor stands for a Python number (it loses type promotion to real tensors). */
    public boolean isWrappedNumber() { return wrappedNumber; }

    public VersionCounter version_counter() { return version; }

    /** {@code x._version}: how many times the memory was modified in place. */
    public long _version() { return version.version(); }

    /** {@code x._base}: the tensor this one is a view of, or null. */
    public Tensor _base() { return viewBase; }

    public boolean is_view() { return viewBase != null; }

    /** How this view was made (null for a tensor that is not a view). */
    public ViewCreation viewCreation() { return viewCreation; }

    /** Marks this view as one of several outputs of one op ({@code split}, {@code unbind}). */
    public void markMultiOutputView() { if (viewBase != null) viewCreation = ViewCreation.MULTI_OUTPUT_NODE; }

    /** Replaces data and layout in place ({@code set_}, {@code out=} resizing, in-place view ops). */
    public void setData(Storage newStorage, Layout newLayout) {
        this.storage = newStorage;
        this.layout = newLayout;
    }

    public void setLayout(Layout newLayout) { this.layout = newLayout; }

    public int output_nr() { return outputNr; }

    /** Attaches the node that produced this tensor (the op recording it for autograd). */
    public void setGradFn(Node node, int nr) {
        if (retainsGrad && gradFn != null) gradFn.setRetainGradHook(outputNr, null);
        this.gradFn = node;
        this.outputNr = nr;
        this.requiresGrad = false;
        this.viewVersion = version.version();
        // retain_grad follows the tensor to its new history (after an in-place op)
        if (retainsGrad && node != null) node.setRetainGradHook(nr, this::retainGradient);
    }

    /** The leaf's gradient accumulator (created on first use, then reused); null unless this leaf requires grad itself. */
    public AccumulateGrad gradAccumulator() {
        if (!requiresGrad) return null;
        if (gradAccumulator == null) gradAccumulator = new AccumulateGrad(this);
        return gradAccumulator;
    }

    /** {@code .grad} without the non-leaf warning. */
    public Tensor grad_unchecked() { return grad; }

    public void setGrad(Tensor g) { this.grad = g; }

    /** Marks an in-place modification of the memory. */
    public void bumpVersion() { version.bump(); }

    // =====================================================================================
    // Attributes
    // =====================================================================================

    public Size shape() { return new Size(layout.shape()); }

    public Size size() { return shape(); }

    public long size(long dim) { return layout.size(Layout.normalizeDim(dim, layout.dim())); }

    public DType dtype() { return storage.dtype(); }

    public Device device() { return storage.device(); }

    public long ndim() { return layout.dim(); }

    public long dim() { return layout.dim(); }

    public long numel() { return layout.numel(); }

    public long nelement() { return layout.numel(); }

    public Tuple<Long> stride() { return Tuple.ofLongs(layout.strides()); }

    public long stride(long dim) { return layout.stride(Layout.normalizeDim(dim, layout.dim())); }

    public long storage_offset() { return layout.offset(); }

    public boolean is_contiguous() { return layout.isContiguous(); }

    public long element_size() { return dtype().itemSize(); }

    public boolean is_floating_point() { return dtype().isFloatingPoint(); }

    public boolean is_cuda() { return device().isCuda(); }

    public boolean is_cpu() { return device().isCpu(); }

    /** {@code x.type()}: the legacy type name, {@code torch.FloatTensor}. */
    public String type() {
        return device().isCuda() ? "torch.cuda." + dtype().legacyTypeName().substring(6) : dtype().legacyTypeName();
    }

    /** The first dim's size ({@code len(x)}). */
    public long len() {
        if (layout.dim() == 0) throw new torchtrek.errors.TypeError("len() of a 0-d tensor");
        return layout.size(0);
    }

    /** An identity for where the data starts, comparable between tensors ({@code data_ptr()}). */
    public long data_ptr() {
        return storage.address() * 4096 + (long) layout.offset() * dtype().itemSize();
    }

    /** The value of a one-element tensor as a double ({@code item()}). */
    public double item() { return Conversion.item(this); }

    /** The value of a one-element integer or bool tensor as a long, exactly. */
    public long item_long() { return Conversion.itemLong(this); }

    /** Nested Java lists of Double, Long or Boolean, printing as Python's {@code tolist()} does. */
    public Object tolist() { return Conversion.tolist(this); }

    // =====================================================================================
    // Autograd
    // =====================================================================================

    public boolean requires_grad() {
        if (requiresGrad) return true;
        if (viewBase == null) return gradFn != null;
        // a view made under no_grad still reports its base's flag, as in PyTorch
        return grad_fn() != null || (viewCreation == ViewCreation.NO_GRAD_MODE && viewBase.requires_grad());
    }

    public boolean is_leaf() { return grad_fn() == null; }

    /**
     * The node that made this tensor. A view whose memory was modified in place since its
     * history was recorded (through its base or another view) gets a fresh history first: its
     * base's, read through the view ({@code AsStridedBackward0}), as PyTorch regenerates it.
     */
    public Node grad_fn() {
        if (viewBase != null && viewVersion != version.version()) {
            viewVersion = version.version();
            Node fresh = Views.regeneratedHistory(this, viewBase);
            if (fresh != null) setGradFn(fresh, 0);
        }
        return gradFn;
    }

    /** {@code .grad}; reading it on a non-leaf warns as PyTorch does (it stays null there). */
    public Tensor grad() {
        if (!is_leaf() && !retainsGrad) {
            Warnings.warnOnce("non-leaf-grad", "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. "
                + "Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be "
                + "populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor "
                + "by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more "
                + "information.");
        }
        return grad;
    }

    /** {@code x.grad = None} / {@code x.grad = g}. */
    public void grad(Tensor newGrad) {
        if (newGrad != null && !java.util.Arrays.equals(newGrad.layout.shape(), layout.shape())) throw new RuntimeError(
            "assigned grad has data of a different size");
        if (newGrad != null && newGrad.dtype() != dtype()) throw new RuntimeError("assigned grad has data of a different type");
        this.grad = newGrad;
    }

    public Tensor requires_grad_() { return requires_grad_(true); }

    public Tensor requires_grad_(boolean flag) {
        if (!is_leaf()) {
            if (!flag) throw new RuntimeError("you can only change requires_grad flags of leaf variables. If you want to use a "
                + "computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
            return this;
        }
        if (flag && !dtype().isFloatingPoint()) throw new RuntimeError("only Tensors of floating point dtype can require gradients");
        this.requiresGrad = flag;
        return this;
    }

    /** Sets requires_grad at creation (the {@code requires_grad=True} keyword). */
    public Tensor setRequiresGradAtCreation(boolean flag) {
        if (flag && !dtype().isFloatingPoint()) throw new RuntimeError(
            "Only Tensors of floating point and complex dtype can require gradients");
        this.requiresGrad = flag;
        return this;
    }

    public void retain_grad() {
        if (!requires_grad()) throw new RuntimeError("can't retain_grad on Tensor that has requires_grad=False");
        Node fn = grad_fn();
        if (fn == null || retainsGrad) return;
        retainsGrad = true;
        fn.setRetainGradHook(outputNr, this::retainGradient);
    }

    /** What retain_grad keeps: the first gradient cloned, later ones added (differentiably under create_graph). */
    private void retainGradient(Tensor g) {
        grad = grad == null ? g.clone() : grad.add(g);
    }

    public boolean retains_grad() { return retainsGrad; }

    /** {@code register_hook}: {@code hook} sees the gradient and may return a replacement (or null). */
    public RemovableHandle register_hook(Function<Tensor, Tensor> hook) {
        Node fn = grad_fn();
        Node target = fn != null ? fn : gradAccumulator();
        if (target == null) throw new RuntimeError("cannot register a hook on a tensor that doesn't require gradient");
        return new RemovableHandle(target.addPreHook(fn != null ? outputNr : 0, hook));
    }

    public void backward(Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("backward", kw, "gradient", "retain_graph", "create_graph", "inputs");
        backward(p.tensor("gradient"), p);
    }

    public void backward(Tensor gradient, Kwarg... kw) {
        backward(gradient, Kwargs.parse("backward", kw, "retain_graph", "create_graph", "inputs"));
    }

    private void backward(Tensor gradient, Kwargs.Parsed p) {
        boolean create = p.bool("create_graph", false);
        Autograd.backward(new Tensor[] {this}, gradient == null ? null : new Tensor[] {gradient},
            p.bool("retain_graph", create), create, p.tensors("inputs"));
    }

    /** A tensor sharing this one's data with no history ({@code requires_grad} false). */
    public Tensor detach() {
        Tensor d = new Tensor(storage, layout);
        d.version = version;
        return d;
    }

    /** Detaches this tensor from its history in place, making it a leaf. */
    public Tensor detach_() {
        if (viewBase != null) throw new RuntimeError(
            "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for "
            + "training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence "
            + "detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() "
            + "function in torch/optim/optimizer.py as the solution.");
        gradFn = null;
        outputNr = 0;
        requiresGrad = false;
        return this;
    }

    /** {@code x.data}: the same memory, detached, with its own version counter (changes are not tracked). */
    public Tensor data() { return new Tensor(storage, layout); }

    // =====================================================================================
    // Conversion and copies
    // =====================================================================================

    public Tensor to(DType dtype, Kwarg... kw) { return Conversion.to(this, null, dtype, kw); }

    public Tensor to(String device, Kwarg... kw) { return Conversion.to(this, Device.parse(device), null, kw); }

    public Tensor to(Device device, Kwarg... kw) { return Conversion.to(this, device, null, kw); }

    public Tensor to(String device, DType dtype, Kwarg... kw) { return Conversion.to(this, Device.parse(device), dtype, kw); }

    public Tensor to(Device device, DType dtype, Kwarg... kw) { return Conversion.to(this, device, dtype, kw); }

    /** {@code x.to(other)}: other's dtype and device. */
    public Tensor to(Tensor other, Kwarg... kw) { return Conversion.to(this, other.device(), other.dtype(), kw); }

    /** {@code x.to(dtype=..., device=...)} with keywords only. */
    public Tensor to(Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("to", kw, "dtype", "device", "non_blocking", "copy");
        return Conversion.to(this, p.device(null), p.dtype(null), new Kwarg[0]);
    }

    public Tensor cpu() { return to(Device.CPU); }

    public Tensor cuda() { return to(Device.parse("cuda")); }

    /** {@code x.float()} ({@code float} is a Java keyword). */
    public Tensor Float() { return to(DType.FLOAT32); }

    /** {@code x.double()} ({@code double} is a Java keyword). */
    public Tensor Double() { return to(DType.FLOAT64); }

    /** {@code x.long()} ({@code long} is a Java keyword). */
    public Tensor Long() { return to(DType.INT64); }

    /** {@code x.int()} ({@code int} is a Java keyword). */
    public Tensor Int() { return to(DType.INT32); }

    /** {@code x.short()} ({@code short} is a Java keyword). */
    public Tensor Short() { return to(DType.INT16); }

    /** {@code x.char()} ({@code char} is a Java keyword): int8. */
    public Tensor Char() { return to(DType.INT8); }

    /** {@code x.byte()} ({@code byte} is a Java keyword): uint8. */
    public Tensor Byte() { return to(DType.UINT8); }

    public Tensor half() { return to(DType.FLOAT16); }

    public Tensor bfloat16() { return to(DType.BFLOAT16); }

    public Tensor bool() { return to(DType.BOOL); }

    public Tensor type(DType dtype) { return to(dtype); }

    public Tensor type_as(Tensor other) { return to(other.dtype()); }

    public Tensor clone() { return Conversion.clone(this); }

    public Tensor contiguous() { return Conversion.contiguous(this); }

    public Tensor copy_(Tensor src) { return Conversion.copy_(this, src); }

    public Tensor zero_() { return Conversion.zero_(this); }

    public Tensor fill_(double value) { return Conversion.fill_(this, value); }

    public Tensor fill_(long value) { return Conversion.fillLong_(this, value); }

    public Tensor fill_(Tensor value) { return Conversion.fill_(this, value); }

    // =====================================================================================
    // New tensors like this one (dtype and device kept unless given)
    // =====================================================================================

    public Tensor new_tensor(Object data, Kwarg... kw) { return Creation.newTensor(this, data, kw); }

    public Tensor new_zeros(long[] size, Kwarg... kw) { return Creation.newFull(this, size, 0, "new_zeros", kw); }

    public Tensor new_zeros(long d0, Kwarg... kw) { return new_zeros(new long[] {d0}, kw); }

    public Tensor new_zeros(long d0, long d1, Kwarg... kw) { return new_zeros(new long[] {d0, d1}, kw); }

    public Tensor new_zeros(long d0, long d1, long d2, Kwarg... kw) { return new_zeros(new long[] {d0, d1, d2}, kw); }

    public Tensor new_zeros(List<? extends Number> size, Kwarg... kw) { return new_zeros(Size.toLongs(size), kw); }

    public Tensor new_ones(long[] size, Kwarg... kw) { return Creation.newFull(this, size, 1, "new_ones", kw); }

    public Tensor new_ones(long d0, Kwarg... kw) { return new_ones(new long[] {d0}, kw); }

    public Tensor new_ones(long d0, long d1, Kwarg... kw) { return new_ones(new long[] {d0, d1}, kw); }

    public Tensor new_ones(long d0, long d1, long d2, Kwarg... kw) { return new_ones(new long[] {d0, d1, d2}, kw); }

    public Tensor new_ones(List<? extends Number> size, Kwarg... kw) { return new_ones(Size.toLongs(size), kw); }

    public Tensor new_empty(long[] size, Kwarg... kw) { return Creation.newFull(this, size, 0, "new_empty", kw); }

    public Tensor new_empty(long d0, Kwarg... kw) { return new_empty(new long[] {d0}, kw); }

    public Tensor new_empty(long d0, long d1, Kwarg... kw) { return new_empty(new long[] {d0, d1}, kw); }

    public Tensor new_empty(List<? extends Number> size, Kwarg... kw) { return new_empty(Size.toLongs(size), kw); }

    public Tensor new_full(long[] size, double fillValue, Kwarg... kw) { return Creation.newFull(this, size, fillValue, "new_full", kw); }

    public Tensor new_full(List<? extends Number> size, double fillValue, Kwarg... kw) {
        return new_full(Size.toLongs(size), fillValue, kw);
    }

    // =====================================================================================
    // Arithmetic (Python operators: + - * / // % ** and unary -)
    // =====================================================================================

    public Tensor add(Tensor other, Kwarg... kw) { return Arithmetic.add(this, other, kw); }

    public Tensor add(double other, Kwarg... kw) { return Arithmetic.add(this, wrap(other), kw); }

    public Tensor add(long other, Kwarg... kw) { return Arithmetic.add(this, wrap(other), kw); }

    public Tensor add_(Tensor other, Kwarg... kw) { return Arithmetic.add_(this, other, kw); }

    public Tensor add_(double other, Kwarg... kw) { return Arithmetic.add_(this, wrap(other), kw); }

    public Tensor add_(long other, Kwarg... kw) { return Arithmetic.add_(this, wrap(other), kw); }

    public Tensor sub(Tensor other, Kwarg... kw) { return Arithmetic.sub(this, other, kw); }

    public Tensor sub(double other, Kwarg... kw) { return Arithmetic.sub(this, wrap(other), kw); }

    public Tensor sub(long other, Kwarg... kw) { return Arithmetic.sub(this, wrap(other), kw); }

    public Tensor sub_(Tensor other, Kwarg... kw) { return Arithmetic.sub_(this, other, kw); }

    public Tensor sub_(double other, Kwarg... kw) { return Arithmetic.sub_(this, wrap(other), kw); }

    public Tensor sub_(long other, Kwarg... kw) { return Arithmetic.sub_(this, wrap(other), kw); }

    /** Python's {@code other - x} (reflected subtraction). */
    public Tensor rsub(double other) { return Arithmetic.rsub(this, wrap(other)); }

    public Tensor rsub(long other) { return Arithmetic.rsub(this, wrap(other)); }

    public Tensor mul(Tensor other, Kwarg... kw) { return Arithmetic.mul(this, other, kw); }

    public Tensor mul(double other, Kwarg... kw) { return Arithmetic.mul(this, wrap(other), kw); }

    public Tensor mul(long other, Kwarg... kw) { return Arithmetic.mul(this, wrap(other), kw); }

    public Tensor mul_(Tensor other) { return Arithmetic.mul_(this, other); }

    public Tensor mul_(double other) { return Arithmetic.mul_(this, wrap(other)); }

    public Tensor mul_(long other) { return Arithmetic.mul_(this, wrap(other)); }

    public Tensor div(Tensor other, Kwarg... kw) { return Arithmetic.div(this, other, kw); }

    public Tensor div(double other, Kwarg... kw) { return Arithmetic.div(this, wrap(other), kw); }

    public Tensor div(long other, Kwarg... kw) { return Arithmetic.div(this, wrap(other), kw); }

    public Tensor div_(Tensor other, Kwarg... kw) { return Arithmetic.div_(this, other, kw); }

    public Tensor div_(double other, Kwarg... kw) { return Arithmetic.div_(this, wrap(other), kw); }

    public Tensor div_(long other, Kwarg... kw) { return Arithmetic.div_(this, wrap(other), kw); }

    /** Python's {@code other / x} (reflected division). */
    public Tensor rdiv(double other) { return Arithmetic.rdiv(this, wrap(other)); }

    public Tensor rdiv(long other) { return Arithmetic.rdiv(this, wrap(other)); }

    public Tensor true_divide(Tensor other) { return div(other); }

    public Tensor true_divide(double other) { return div(other); }

    public Tensor floor_divide(Tensor other) { return Arithmetic.floorDivide(this, other); }

    public Tensor floor_divide(double other) { return Arithmetic.floorDivide(this, wrap(other)); }

    public Tensor floor_divide(long other) { return Arithmetic.floorDivide(this, wrap(other)); }

    public Tensor remainder(Tensor other) { return Arithmetic.remainder(this, other); }

    public Tensor remainder(double other) { return Arithmetic.remainder(this, wrap(other)); }

    public Tensor remainder(long other) { return Arithmetic.remainder(this, wrap(other)); }

    public Tensor fmod(Tensor other) { return Arithmetic.fmod(this, other); }

    public Tensor fmod(double other) { return Arithmetic.fmod(this, wrap(other)); }

    public Tensor fmod(long other) { return Arithmetic.fmod(this, wrap(other)); }

    public Tensor pow(Tensor exponent) { return Arithmetic.pow(this, exponent); }

    public Tensor pow(double exponent) { return Arithmetic.pow(this, wrap(exponent)); }

    public Tensor pow(long exponent) { return Arithmetic.pow(this, wrap(exponent)); }

    public Tensor pow_(Tensor exponent) { return Arithmetic.pow_(this, exponent); }

    public Tensor pow_(double exponent) { return Arithmetic.pow_(this, wrap(exponent)); }

    public Tensor pow_(long exponent) { return Arithmetic.pow_(this, wrap(exponent)); }

    /** Python's {@code base ** x} (reflected power). */
    public Tensor rpow(double base) { return Arithmetic.powScalarBase(wrap(base), this); }

    public Tensor rpow(long base) { return Arithmetic.powScalarBase(wrap(base), this); }

    public Tensor square() { return pow(2); }

    public Tensor square_() { return pow_(2); }

    public Tensor neg() { return UnaryMath.apply(UnaryOp.NEG, this); }

    public Tensor neg_() { return UnaryMath.apply_(UnaryOp.NEG, this); }

    public Tensor negative() { return neg(); }

    public Tensor reciprocal() { return UnaryMath.apply(UnaryOp.RECIPROCAL, this); }

    public Tensor reciprocal_() { return UnaryMath.apply_(UnaryOp.RECIPROCAL, this); }

    public Tensor maximum(Tensor other) { return Arithmetic.maximum(this, other); }

    public Tensor minimum(Tensor other) { return Arithmetic.minimum(this, other); }

    public Tensor atan2(Tensor other) { return Arithmetic.atan2(this, other); }

    public Tensor lerp(Tensor end, double weight) { return Arithmetic.lerp(this, end, weight); }

    // =====================================================================================
    // Pointwise math
    // =====================================================================================

    public Tensor abs() { return UnaryMath.apply(UnaryOp.ABS, this); }

    public Tensor abs_() { return UnaryMath.apply_(UnaryOp.ABS, this); }

    public Tensor sign() { return UnaryMath.apply(UnaryOp.SIGN, this); }

    public Tensor exp() { return UnaryMath.apply(UnaryOp.EXP, this); }

    public Tensor exp_() { return UnaryMath.apply_(UnaryOp.EXP, this); }

    public Tensor exp2() { return UnaryMath.apply(UnaryOp.EXP2, this); }

    public Tensor expm1() { return UnaryMath.apply(UnaryOp.EXPM1, this); }

    public Tensor log() { return UnaryMath.apply(UnaryOp.LOG, this); }

    public Tensor log_() { return UnaryMath.apply_(UnaryOp.LOG, this); }

    public Tensor log2() { return UnaryMath.apply(UnaryOp.LOG2, this); }

    public Tensor log10() { return UnaryMath.apply(UnaryOp.LOG10, this); }

    public Tensor log1p() { return UnaryMath.apply(UnaryOp.LOG1P, this); }

    public Tensor sqrt() { return UnaryMath.apply(UnaryOp.SQRT, this); }

    public Tensor sqrt_() { return UnaryMath.apply_(UnaryOp.SQRT, this); }

    public Tensor rsqrt() { return UnaryMath.apply(UnaryOp.RSQRT, this); }

    public Tensor sin() { return UnaryMath.apply(UnaryOp.SIN, this); }

    public Tensor sin_() { return UnaryMath.apply_(UnaryOp.SIN, this); }

    public Tensor cos() { return UnaryMath.apply(UnaryOp.COS, this); }

    public Tensor cos_() { return UnaryMath.apply_(UnaryOp.COS, this); }

    public Tensor tan() { return UnaryMath.apply(UnaryOp.TAN, this); }

    public Tensor asin() { return UnaryMath.apply(UnaryOp.ASIN, this); }

    public Tensor acos() { return UnaryMath.apply(UnaryOp.ACOS, this); }

    public Tensor atan() { return UnaryMath.apply(UnaryOp.ATAN, this); }

    public Tensor sinh() { return UnaryMath.apply(UnaryOp.SINH, this); }

    public Tensor cosh() { return UnaryMath.apply(UnaryOp.COSH, this); }

    public Tensor tanh() { return UnaryMath.apply(UnaryOp.TANH, this); }

    public Tensor tanh_() { return UnaryMath.apply_(UnaryOp.TANH, this); }

    public Tensor sigmoid() { return UnaryMath.apply(UnaryOp.SIGMOID, this); }

    public Tensor sigmoid_() { return UnaryMath.apply_(UnaryOp.SIGMOID, this); }

    public Tensor relu() { return UnaryMath.apply(UnaryOp.RELU, this); }

    public Tensor relu_() { return UnaryMath.apply_(UnaryOp.RELU, this); }

    public Tensor floor() { return UnaryMath.apply(UnaryOp.FLOOR, this); }

    public Tensor ceil() { return UnaryMath.apply(UnaryOp.CEIL, this); }

    public Tensor round() { return UnaryMath.apply(UnaryOp.ROUND, this); }

    public Tensor trunc() { return UnaryMath.apply(UnaryOp.TRUNC, this); }

    public Tensor frac() { return UnaryMath.apply(UnaryOp.FRAC, this); }

    public Tensor erf() { return UnaryMath.apply(UnaryOp.ERF, this); }

    public Tensor clamp(double min, double max) { return UnaryMath.clamp(this, min, max); }

    /** {@code clamp(min=..., max=...)} with keywords (either may be left out). */
    public Tensor clamp(Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("clamp", kw, "min", "max");
        return UnaryMath.clamp(this, p.number("min", Double.NaN), p.number("max", Double.NaN));
    }

    public Tensor clamp_(double min, double max) { return UnaryMath.clamp_(this, min, max); }

    public Tensor clamp_min(double min) { return UnaryMath.clampMin(this, min); }

    public Tensor clamp_max(double max) { return UnaryMath.clampMax(this, max); }

    public Tensor clip(double min, double max) { return clamp(min, max); }

    public Tensor softmax(long dim) { return Reductions.softmax(this, dim, false); }

    public Tensor log_softmax(long dim) { return Reductions.softmax(this, dim, true); }

    // =====================================================================================
    // Comparison and logic (results are bool tensors)
    // =====================================================================================

    public Tensor eq(Tensor other) { return Comparison.compare(CompareOp.EQ, this, other); }

    public Tensor eq(double other) { return Comparison.compare(CompareOp.EQ, this, wrap(other)); }

    public Tensor eq(long other) { return Comparison.compare(CompareOp.EQ, this, wrap(other)); }

    public Tensor ne(Tensor other) { return Comparison.compare(CompareOp.NE, this, other); }

    public Tensor ne(double other) { return Comparison.compare(CompareOp.NE, this, wrap(other)); }

    public Tensor ne(long other) { return Comparison.compare(CompareOp.NE, this, wrap(other)); }

    public Tensor lt(Tensor other) { return Comparison.compare(CompareOp.LT, this, other); }

    public Tensor lt(double other) { return Comparison.compare(CompareOp.LT, this, wrap(other)); }

    public Tensor lt(long other) { return Comparison.compare(CompareOp.LT, this, wrap(other)); }

    public Tensor le(Tensor other) { return Comparison.compare(CompareOp.LE, this, other); }

    public Tensor le(double other) { return Comparison.compare(CompareOp.LE, this, wrap(other)); }

    public Tensor le(long other) { return Comparison.compare(CompareOp.LE, this, wrap(other)); }

    public Tensor gt(Tensor other) { return Comparison.compare(CompareOp.GT, this, other); }

    public Tensor gt(double other) { return Comparison.compare(CompareOp.GT, this, wrap(other)); }

    public Tensor gt(long other) { return Comparison.compare(CompareOp.GT, this, wrap(other)); }

    public Tensor ge(Tensor other) { return Comparison.compare(CompareOp.GE, this, other); }

    public Tensor ge(double other) { return Comparison.compare(CompareOp.GE, this, wrap(other)); }

    public Tensor ge(long other) { return Comparison.compare(CompareOp.GE, this, wrap(other)); }

    /** Same shape and same values ({@code torch.equal}). */
    public boolean equal(Tensor other) { return Comparison.equal(this, other); }

    public boolean allclose(Tensor other, Kwarg... kw) { return Comparison.allclose(this, other, kw); }

    public Tensor isclose(Tensor other, Kwarg... kw) { return Comparison.isclose(this, other, kw); }

    public Tensor isnan() { return Comparison.isnan(this); }

    public Tensor isinf() { return Comparison.isinf(this); }

    public Tensor isfinite() { return Comparison.isfinite(this); }

    public Tensor logical_not() { return Comparison.logicalNot(this); }

    public Tensor logical_and(Tensor other) { return Comparison.logical(BinaryOp.LOGICAL_AND, this, other); }

    public Tensor logical_or(Tensor other) { return Comparison.logical(BinaryOp.LOGICAL_OR, this, other); }

    public Tensor logical_xor(Tensor other) { return Comparison.logical(BinaryOp.LOGICAL_XOR, this, other); }

    /** Python's {@code ~x}: logical not for bool, bitwise not for integers. */
    public Tensor bitwise_not() { return Comparison.bitwiseNot(this); }

    public Tensor bitwise_and(Tensor other) { return Comparison.bitwise(BinaryOp.BITWISE_AND, this, other); }

    public Tensor bitwise_or(Tensor other) { return Comparison.bitwise(BinaryOp.BITWISE_OR, this, other); }

    public Tensor bitwise_xor(Tensor other) { return Comparison.bitwise(BinaryOp.BITWISE_XOR, this, other); }

    /** {@code x.where(condition, y)}: x where condition holds, else y. */
    public Tensor where(Tensor condition, Tensor other) { return Comparison.where(condition, this, other); }

    public Tensor where(Tensor condition, double other) { return Comparison.where(condition, this, wrap(other)); }

    public Tensor masked_fill(Tensor mask, double value) { return MaskedFill.maskedFill(this, mask, wrap(value)); }

    public Tensor masked_fill(Tensor mask, Tensor value) { return MaskedFill.maskedFill(this, mask, value); }

    public Tensor masked_fill_(Tensor mask, double value) { return MaskedFill.maskedFill_(this, mask, wrap(value)); }

    public Tensor masked_fill_(Tensor mask, Tensor value) { return MaskedFill.maskedFill_(this, mask, value); }

    public Tensor masked_select(Tensor mask) { return Indexing.maskedSelect(this, mask); }

    // =====================================================================================
    // Reductions
    // =====================================================================================

    public Tensor sum(Kwarg... kw) { return Reductions.sum(this, null, kw); }

    public Tensor sum(long dim, Kwarg... kw) { return Reductions.sum(this, new long[] {dim}, kw); }

    public Tensor sum(long[] dims, Kwarg... kw) { return Reductions.sum(this, dims, kw); }

    public Tensor sum(long dim, boolean keepdim) { return sum(dim, Kwargs.keepdim(keepdim)); }

    /** Sums a broadcast tensor back down to {@code shape} (the gradient of expand). */
    public Tensor sum_to_size(int[] shape) { return Reductions.sumToSize(this, shape); }

    public Tensor sum_to_size(long... shape) { return Reductions.sumToSize(this, Layout.checkedShape(shape)); }

    public Tensor mean(Kwarg... kw) { return Reductions.mean(this, null, kw); }

    public Tensor mean(long dim, Kwarg... kw) { return Reductions.mean(this, new long[] {dim}, kw); }

    public Tensor mean(long[] dims, Kwarg... kw) { return Reductions.mean(this, dims, kw); }

    public Tensor mean(long dim, boolean keepdim) { return mean(dim, Kwargs.keepdim(keepdim)); }

    public Tensor prod(Kwarg... kw) { return Reductions.prod(this, null, kw); }

    public Tensor prod(long dim, Kwarg... kw) { return Reductions.prod(this, dim, kw); }

    /** The largest element, as a 0-d tensor ({@code x.max()}). */
    public Tensor max() { return Reductions.max(this, true); }

    /** Largest values and their indices along {@code dim} ({@code x.max(1)}). */
    public MinMax max(long dim, Kwarg... kw) { return Reductions.max(this, dim, true, kw); }

    public MinMax max(long dim, boolean keepdim) { return max(dim, Kwargs.keepdim(keepdim)); }

    /** {@code torch.max(x, other)}: the elementwise maximum. */
    public Tensor max(Tensor other) { return maximum(other); }

    /** {@code x.max(dim=..., keepdim=...)} with keywords. */
    public MinMax max(Kwarg... kw) { return Reductions.maxMinKeywords(this, true, kw); }

    public Tensor min() { return Reductions.max(this, false); }

    public MinMax min(long dim, Kwarg... kw) { return Reductions.max(this, dim, false, kw); }

    public MinMax min(long dim, boolean keepdim) { return min(dim, Kwargs.keepdim(keepdim)); }

    public Tensor min(Tensor other) { return minimum(other); }

    public MinMax min(Kwarg... kw) { return Reductions.maxMinKeywords(this, false, kw); }

    public Tensor amax(Kwarg... kw) { return Reductions.amax(this, null, true, kw); }

    public Tensor amax(long dim, Kwarg... kw) { return Reductions.amax(this, new long[] {dim}, true, kw); }

    public Tensor amin(Kwarg... kw) { return Reductions.amax(this, null, false, kw); }

    public Tensor amin(long dim, Kwarg... kw) { return Reductions.amax(this, new long[] {dim}, false, kw); }

    public Tensor argmax(Kwarg... kw) { return Reductions.argmax(this, null, true, kw); }

    public Tensor argmax(long dim, Kwarg... kw) { return Reductions.argmax(this, dim, true, kw); }

    public Tensor argmin(Kwarg... kw) { return Reductions.argmax(this, null, false, kw); }

    public Tensor argmin(long dim, Kwarg... kw) { return Reductions.argmax(this, dim, false, kw); }

    public Tensor std(Kwarg... kw) { return Reductions.var(this, null, true, kw); }

    public Tensor std(long dim, Kwarg... kw) { return Reductions.var(this, new long[] {dim}, true, kw); }

    /** {@code x.std(unbiased)} with the positional flag. */
    public Tensor std(boolean unbiased) { return std(Kwargs.unbiased(unbiased)); }

    public Tensor var(Kwarg... kw) { return Reductions.var(this, null, false, kw); }

    public Tensor var(long dim, Kwarg... kw) { return Reductions.var(this, new long[] {dim}, false, kw); }

    public Tensor var(boolean unbiased) { return var(Kwargs.unbiased(unbiased)); }

    public Tensor norm(Kwarg... kw) { return Norms.norm(this, kw); }

    public Tensor norm(double p, Kwarg... kw) { return Norms.norm(this, Kwargs.concat(Kwargs.p(p), kw)); }

    public Tensor all(Kwarg... kw) { return Reductions.allAny(this, null, true, kw); }

    public Tensor all(long dim, Kwarg... kw) { return Reductions.allAny(this, dim, true, kw); }

    public Tensor any(Kwarg... kw) { return Reductions.allAny(this, null, false, kw); }

    public Tensor any(long dim, Kwarg... kw) { return Reductions.allAny(this, dim, false, kw); }

    public Tensor count_nonzero() { return ne(0L).sum(); }

    public Tensor logsumexp(long dim, Kwarg... kw) { return Reductions.logsumexp(this, dim, kw); }

    public Tensor cumsum(long dim) { return Reductions.cumsum(this, dim); }

    // =====================================================================================
    // Shapes and views (no copy unless stated)
    // =====================================================================================

    public Tensor view(long... shape) { return Shapes.view(this, shape); }

    public Tensor view(List<? extends Number> shape) { return view(Size.toLongs(shape)); }

    /** {@code x.view(dtype)} reinterprets bytes in PyTorch; TorchTrek supports only the same dtype. */
    public Tensor view_as(Tensor other) { return view(other.layout.shape().length == 0 ? new long[0] : other.shape().toLongArray()); }

    /** A view when the memory allows one, otherwise a copy. */
    public Tensor reshape(long... shape) { return Shapes.reshape(this, shape); }

    public Tensor reshape(List<? extends Number> shape) { return reshape(Size.toLongs(shape)); }

    public Tensor reshape_as(Tensor other) { return reshape(other.shape().toLongArray()); }

    public Tensor flatten(Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("flatten", kw, "start_dim", "end_dim");
        return Shapes.flatten(this, p.integer("start_dim", 0), p.integer("end_dim", -1));
    }

    public Tensor flatten(long startDim, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("flatten", kw, "end_dim");
        return Shapes.flatten(this, startDim, p.integer("end_dim", -1));
    }

    public Tensor flatten(long startDim, long endDim) { return Shapes.flatten(this, startDim, endDim); }

    public Tensor unflatten(long dim, long... sizes) { return Shapes.unflatten(this, dim, sizes); }

    public Tensor ravel() { return reshape(-1); }

    public Tensor squeeze() { return Shapes.squeeze(this, null); }

    public Tensor squeeze(long dim) { return Shapes.squeeze(this, dim); }

    public Tensor squeeze_() { return Shapes.squeeze_(this, null); }

    public Tensor squeeze_(long dim) { return Shapes.squeeze_(this, dim); }

    public Tensor unsqueeze(long dim) { return Shapes.unsqueeze(this, dim); }

    public Tensor unsqueeze_(long dim) { return Shapes.unsqueeze_(this, dim); }

    public Tensor transpose(long dim0, long dim1) { return Shapes.transpose(this, dim0, dim1); }

    public Tensor transpose_(long dim0, long dim1) { return Shapes.transpose_(this, dim0, dim1); }

    public Tensor swapaxes(long dim0, long dim1) { return transpose(dim0, dim1); }

    public Tensor t() { return Shapes.t(this); }

    public Tensor t_() { return Shapes.t_(this); }

    /** {@code x.T}: all dims reversed (deprecated by PyTorch for other than 2-D, with a warning). */
    public Tensor T() { return Shapes.reverseDims(this); }

    /** {@code x.mT}: the last two dims swapped. */
    public Tensor mT() { return Shapes.mT(this); }

    public Tensor permute(long... dims) { return Shapes.permute(this, dims); }

    public Tensor movedim(long source, long destination) { return Shapes.movedim(this, source, destination); }

    public Tensor expand(long... sizes) { return Shapes.expand(this, sizes); }

    public Tensor expand(List<? extends Number> sizes) { return expand(Size.toLongs(sizes)); }

    public Tensor expand_as(Tensor other) { return expand(other.shape().toLongArray()); }

    public Tensor broadcast_to(long... sizes) { return expand(sizes); }

    public Tensor narrow(long dim, long start, long length) { return Shapes.narrow(this, dim, start, length); }

    public Tensor select(long dim, long index) { return Shapes.selectDim(this, dim, index); }

    public Tensor diagonal(Kwarg... kw) { return Shapes.diagonal(this, 0, 0, 1); }

    public Tensor diagonal(long offset, long dim1, long dim2) { return Shapes.diagonal(this, offset, dim1, dim2); }

    public Tensor repeat(long... repeats) { return Shapes.repeat(this, repeats); }

    public Tensor flip(long... dims) { return Shapes.flip(this, dims); }

    public List<Tensor> split(long splitSize, long dim) { return Splits.split(this, splitSize, dim); }

    public List<Tensor> split(long splitSize) { return split(splitSize, 0); }

    public List<Tensor> chunk(long chunks, long dim) { return Splits.chunk(this, chunks, dim); }

    public List<Tensor> chunk(long chunks) { return chunk(chunks, 0); }

    public List<Tensor> unbind(long dim) { return Splits.unbind(this, dim); }

    public List<Tensor> unbind() { return unbind(0); }

    // =====================================================================================
    // Indexing: Python's x[...] as get/set with the same syntax in a string
    // =====================================================================================

    /** {@code x[...]} with Python's index syntax: {@code x.get(":, 1")}, {@code x.get("0, 1:3")}, {@code x.get("..., None")}. */
    public Tensor get(String index) { return Indexing.get(this, Indexing.parse(index)); }

    /** {@code x[i]} with an integer. */
    public Tensor get(long i) { return Indexing.get(this, Indexing.ofLongs(i)); }

    /** {@code x[i, j]} with integers. */
    public Tensor get(long i, long j) { return Indexing.get(this, Indexing.ofLongs(i, j)); }

    /** {@code x[i, j, k]} with integers. */
    public Tensor get(long i, long j, long k) { return Indexing.get(this, Indexing.ofLongs(i, j, k)); }

    /** {@code x[idx]} with an index tensor (int64 positions or a bool mask). */
    public Tensor get(Tensor index) { return Indexing.get(this, Indexing.of(index)); }

    /**
     * {@code x[a, b, ...]} with mixed parts: Integer/Long, {@code Indexing.slice(...)}, {@code null} (None),
     * {@code "..."}, index strings, or tensors.
     */
    public Tensor get(Object... parts) { return Indexing.get(this, Indexing.of(parts)); }

    /** {@code x[...] = value}. */
    public Tensor set(String index, double value) { return Indexing.set(this, Indexing.parse(index), wrap(value)); }

    public Tensor set(String index, long value) { return Indexing.set(this, Indexing.parse(index), wrap(value)); }

    public Tensor set(String index, boolean value) { return Indexing.set(this, Indexing.parse(index), wrap(value)); }

    public Tensor set(String index, Tensor value) { return Indexing.set(this, Indexing.parse(index), value); }

    public Tensor set(Tensor index, double value) { return Indexing.set(this, Indexing.of(index), wrap(value)); }

    public Tensor set(Tensor index, long value) { return Indexing.set(this, Indexing.of(index), wrap(value)); }

    public Tensor set(Tensor index, Tensor value) { return Indexing.set(this, Indexing.of(index), value); }

    public Tensor set(long[] indices, double value) { return Indexing.set(this, Indexing.ofLongs(indices), wrap(value)); }

    public Tensor set(long[] indices, Tensor value) { return Indexing.set(this, Indexing.ofLongs(indices), value); }

    public Tensor index_select(long dim, Tensor index) { return Indexing.indexSelect(this, dim, index); }

    public Tensor gather(long dim, Tensor index) { return Indexing.gather(this, dim, index); }

    public Tensor take(Tensor index) { return Indexing.take(this, index); }

    public Tensor nonzero() { return Indexing.nonzero(this); }

    // =====================================================================================
    // Linear algebra
    // =====================================================================================

    /** Python's {@code x @ other}. */
    public Tensor matmul(Tensor other) { return LinearAlgebra.matmul(this, other); }

    public Tensor mm(Tensor other) { return LinearAlgebra.mm(this, other); }

    public Tensor mv(Tensor vec) { return LinearAlgebra.mv(this, vec); }

    public Tensor bmm(Tensor other) { return LinearAlgebra.bmm(this, other); }

    public Tensor dot(Tensor other) { return LinearAlgebra.dot(this, other); }

    public Tensor outer(Tensor other) { return LinearAlgebra.outer(this, other); }

    public Tensor trace() { return LinearAlgebra.trace(this); }

    // =====================================================================================
    // NumPy bridge and Java arrays
    // =====================================================================================

    /** An ndarray sharing this tensor's memory ({@code x.numpy()}). */
    public np.ndarray numpy() { return np.fromTensor(this); }

    /** The elements in row-major order, copied into a new array. */
    public double[] toDoubleArray() { return Conversion.toDoubleArray(this); }

    public float[] toFloatArray() { return Conversion.toFloatArray(this); }

    public long[] toLongArray() { return Conversion.toLongArray(this); }

    /** A copy as a Java array of this tensor's rank ({@code double[][]} for a 2-D float tensor...). */
    public Object toArray() { return Conversion.toArray(this); }

    // =====================================================================================
    // Printing
    // =====================================================================================

    /** PyTorch's {@code repr(x)} (which is also what {@code print(x)} shows). */
    @Override
    public String toString() { return TensorFormatter.repr(this); }

    @Override
    public String repr() { return toString(); }

    /** Python's {@code format(x, spec)} for one-element tensors, e.g. {@code x.format(".2f")}. */
    public String format(String spec) { return Conversion.format(this, spec); }
}
