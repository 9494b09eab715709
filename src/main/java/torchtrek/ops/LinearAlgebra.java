package torchtrek.ops;

import java.util.Arrays;

import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.backend.Strided;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Broadcast;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/**
 * Matrix products with PyTorch's dispatch rules for {@code matmul}/{@code @} (1-D·1-D is a dot
 * product, 2-D·1-D a matrix-vector product, batches broadcast) and its error messages. All of
 * them run on the backend's one batched kernel.
 */
public final class LinearAlgebra {
    private LinearAlgebra() {}

    /** C++ type names as PyTorch 2.x spells them in dtype-mismatch messages. */
    private static String cppName(DType d) {
        switch (d) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            case INT32: return "int";
            case INT16: return "short int";
            case INT8: return "signed char";
            case UINT8: return "unsigned char";
            case BOOL: return "bool";
            case FLOAT16: return "c10::Half";
            default: return "c10::BFloat16";
        }
    }

    private static void sameDtype(Tensor a, Tensor b) {
        if (a.dtype() != b.dtype()) throw new RuntimeError("expected m1 and m2 to have the same dtype, but got: "
            + cppName(a.dtype()) + " != " + cppName(b.dtype()));
    }

    /** The kernel: a [B,M,K] @ b [B,K,N] given as 3-D layouts. */
    private static Tensor batched(Tensor a, Layout la, Tensor b, Layout lb, int[] outShape) {
        Elementwise.commonDevice(a, b);
        Tensor out = Elementwise.empty(outShape, a.dtype(), a.device());
        Layout lc = Layout.contiguous(la.size(0), la.size(1), lb.size(2));
        out.backend().matmul(new Strided(a.storage(), la), new Strided(b.storage(), lb), new Strided(out.storage(), lc));
        return out;
    }

    private static Layout as3d(Layout l) {
        return l.dim() == 3 ? l : l.unsqueeze(0);
    }

    // ------------------------------------------------------------------ mm / mv / dot / bmm

    public static Tensor mm(Tensor a, Tensor b) {
        if (a.layout().dim() != 2) throw new RuntimeError("self must be a matrix");
        if (b.layout().dim() != 2) throw new RuntimeError("mat2 must be a matrix");
        if (a.layout().size(1) != b.layout().size(0)) throw new RuntimeError("mat1 and mat2 shapes cannot be multiplied ("
            + a.layout().size(0) + "x" + a.layout().size(1) + " and " + b.layout().size(0) + "x" + b.layout().size(1) + ")");
        sameDtype(a, b);
        Tensor out = batched(a, as3d(a.layout()), b, as3d(b.layout()), new int[] {a.layout().size(0), b.layout().size(1)});
        if (History.needed(a, b)) History.record(new MmBackward0(a, b), out, a, b);
        return out;
    }

    static final class MmBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor mat2;

        MmBackward0(Tensor a, Tensor b) {
            this.mat2 = a.requires_grad() ? save(b) : null;
            this.self = b.requires_grad() ? save(a) : null;
        }

        @Override public String name() { return "MmBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {
                mat2 == null ? null : g[0].mm(mat2.unpack().t()),
                self == null ? null : self.unpack().t().mm(g[0])};
        }
    }

    public static Tensor mv(Tensor mat, Tensor vec) {
        if (mat.layout().dim() != 2 || vec.layout().dim() != 1) throw new RuntimeError(
            "vector + matrix @ vector expected, got 1, " + mat.layout().dim() + ", " + vec.layout().dim());
        if (mat.layout().size(1) != vec.layout().size(0)) throw new RuntimeError("size mismatch, got input ("
            + mat.layout().size(0) + "), mat (" + mat.layout().size(0) + "x" + mat.layout().size(1) + "), vec ("
            + vec.layout().size(0) + ")");
        sameDtype(mat, vec);
        Layout lv = vec.layout().unsqueeze(1).unsqueeze(0);
        Tensor out = batched(mat, as3d(mat.layout()), vec, lv, new int[] {mat.layout().size(0)});
        if (History.needed(mat, vec)) History.record(new MvBackward0(mat, vec), out, mat, vec);
        return out;
    }

    static final class MvBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor vec;

        MvBackward0(Tensor mat, Tensor vec) {
            this.vec = mat.requires_grad() ? save(vec) : null;
            this.self = vec.requires_grad() ? save(mat) : null;
        }

        @Override public String name() { return "MvBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {
                vec == null ? null : g[0].unsqueeze(1).mul(vec.unpack()),
                self == null ? null : self.unpack().t().mv(g[0])};
        }
    }

    public static Tensor dot(Tensor a, Tensor b) {
        if (a.layout().dim() != 1 || b.layout().dim() != 1) throw new RuntimeError(
            "1D tensors expected, but got " + a.layout().dim() + "D and " + b.layout().dim() + "D tensors");
        if (a.layout().size(0) != b.layout().size(0)) throw new RuntimeError("inconsistent tensor size, expected tensor ["
            + a.layout().size(0) + "] and src [" + b.layout().size(0) + "] to have the same number of elements, but got "
            + a.layout().size(0) + " and " + b.layout().size(0) + " elements respectively");
        if (a.dtype() != b.dtype()) throw new RuntimeError("dot : expected both vectors to have same dtype, but found "
            + a.dtype().scalarTypeName() + " and " + b.dtype().scalarTypeName());
        Tensor out = batched(a, a.layout().unsqueeze(0).unsqueeze(0), b, b.layout().unsqueeze(1).unsqueeze(0), new int[0]);
        if (History.needed(a, b)) History.record(new DotBackward0(a, b), out, a, b);
        return out;
    }

    static final class DotBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor other;

        DotBackward0(Tensor a, Tensor b) {
            this.other = a.requires_grad() ? save(b) : null;
            this.self = b.requires_grad() ? save(a) : null;
        }

        @Override public String name() { return "DotBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {
                other == null ? null : g[0].mul(other.unpack()),
                self == null ? null : g[0].mul(self.unpack())};
        }
    }

    public static Tensor bmm(Tensor a, Tensor b) {
        if (a.layout().dim() != 3) throw new RuntimeError("batch1 must be a 3D tensor");
        if (b.layout().dim() != 3) throw new RuntimeError("batch2 must be a 3D tensor");
        int batch = a.layout().size(0), n = a.layout().size(2);
        if (b.layout().size(0) != batch || b.layout().size(1) != n) throw new RuntimeError(
            "Expected size for first two dimensions of batch2 tensor to be: [" + batch + ", " + n + "] but got: ["
            + b.layout().size(0) + ", " + b.layout().size(1) + "].");
        sameDtype(a, b);
        Tensor out = batched(a, a.layout(), b, b.layout(), new int[] {batch, a.layout().size(1), b.layout().size(2)});
        if (History.needed(a, b)) History.record(new BmmBackward0(a, b), out, a, b);
        return out;
    }

    static final class BmmBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor mat2;

        BmmBackward0(Tensor a, Tensor b) {
            this.mat2 = a.requires_grad() ? save(b) : null;
            this.self = b.requires_grad() ? save(a) : null;
        }

        @Override public String name() { return "BmmBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {
                mat2 == null ? null : g[0].bmm(mat2.unpack().transpose(1, 2)),
                self == null ? null : self.unpack().transpose(1, 2).bmm(g[0])};
        }
    }

    /** The sum of the main diagonal of a matrix. */
    public static Tensor trace(Tensor x) {
        if (x.layout().dim() != 2) throw new RuntimeError("trace: expected a matrix, but got tensor with dim " + x.layout().dim());
        Tensor result;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            result = x.diagonal().sum();
        }
        if (History.needed(x)) History.record(new TraceBackward0(x.layout().shape()), result, x);
        return result;
    }

    /** The gradient of trace: g on the diagonal, zeros elsewhere. */
    static final class TraceBackward0 extends Node {
        private final int[] shape;

        TraceBackward0(int[] shape) { this.shape = shape; }

        @Override public String name() { return "TraceBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor eye = Creation.zeros(shape, g[0].dtype(), g[0].device());
            try (var off = torchtrek.autograd.GradMode.guard(false)) {
                eye.diagonal().fill_(1.0);
            }
            return new Tensor[] {g[0].mul(eye)};
        }
    }

    public static Tensor outer(Tensor a, Tensor b) {
        if (a.layout().dim() != 1) throw new RuntimeError("outer: Expected 1-D argument self, but got " + a.layout().dim() + "-D");
        if (b.layout().dim() != 1) throw new RuntimeError("outer: Expected 1-D argument vec2, but got " + b.layout().dim() + "-D");
        return a.reshape(a.numel(), 1).mul(b);   // as PyTorch: a column times b (ViewBackward0 in the graph)
    }

    // ------------------------------------------------------------------ matmul

    public static Tensor matmul(Tensor a, Tensor b) {
        int da = a.layout().dim(), db = b.layout().dim();
        if (da == 0 || db == 0) throw new RuntimeError("both arguments to matmul need to be at least 1D, but they are "
            + da + "D and " + db + "D");
        if (da == 1 && db == 1) return dot(a, b);
        if (da == 2 && db == 1) return mv(a, b);
        if (da == 1 && db == 2) {
            if (a.layout().size(0) != b.layout().size(0)) throw new RuntimeError("mat1 and mat2 shapes cannot be multiplied (1x"
                + a.layout().size(0) + " and " + b.layout().size(0) + "x" + b.layout().size(1) + ")");
            return Shapes.squeeze_(mm(a.unsqueeze(0), b), 0L);
        }
        if (da == 2 && db == 2) return mm(a, b);
        if (shouldFold(a, b)) return folded(a, b);
        return batchedMatmul(a, b);
    }

    /**
     * PyTorch's {@code should_fold}: a batch of matrices times a matrix or vector (either way
     * round) becomes one mm/mv over the batch folded into rows, when the smaller operand requires
     * grad (a smaller gradient) or the fold needs no copy. This decides the recorded nodes and
     * which shapes an error message names, so it follows PyTorch's rule exactly.
     */
    private static boolean shouldFold(Tensor a, Tensor b) {
        int da = a.layout().dim(), db = b.layout().dim();
        boolean aLarger = da >= db;
        int bigDim = aLarger ? da : db, smallDim = aLarger ? db : da;
        if (!(bigDim >= 3 && smallDim <= 2)) return false;
        if ((aLarger ? b : a).requires_grad()) return true;
        if (da == 2) return false;
        Layout big = aLarger ? a.layout() : b.layout().transpose(-2, -1);
        if (big.numel() == 0) return true;
        for (int i = 0; i < bigDim - 2; i++) {
            if (big.stride(i) != big.stride(i + 1) * big.size(i + 1)) return false;
        }
        return true;
    }

    /** The folded product: rows of the larger operand (transposed when it is on the right) times the smaller. */
    private static Tensor folded(Tensor a, Tensor b) {
        boolean transpose = b.layout().dim() > a.layout().dim();
        Tensor t1 = transpose ? b.mT() : a;
        Tensor t2 = !transpose ? b : a.layout().dim() == 2 ? a.t() : a;
        int[] s1 = t1.layout().shape();
        int rows = 1;
        for (int i = 0; i < s1.length - 1; i++) rows *= s1[i];
        boolean matrix = t2.layout().dim() == 2;
        int[] outShape = Arrays.copyOf(s1, matrix ? s1.length : s1.length - 1);
        if (matrix) outShape[s1.length - 1] = t2.layout().size(1);
        Tensor rowsOf = t1.reshape(rows, s1[s1.length - 1]);
        if (!matrix) return unsafeView(mv(rowsOf, t2), outShape);
        Tensor out = unsafeView(mm(rowsOf, t2), outShape);
        return transpose ? out.mT().contiguous() : out;
    }

    /**
     * Batched products with broadcast batch dims, as PyTorch's {@code _matmul_impl} does them: the
     * batch shapes broadcast first, both sides are expanded and folded to 3-D, then one bmm (a
     * vector on the right becomes a column and is squeezed back out).
     */
    private static Tensor batchedMatmul(Tensor a, Tensor b) {
        int da = a.layout().dim(), db = b.layout().dim();
        int[] sa = a.layout().shape(), sb = b.layout().shape();
        int n = da > 1 ? sa[da - 2] : 1, m1 = sa[da - 1];
        int m2 = db > 1 ? sb[db - 2] : sb[0], p = db > 1 ? sb[db - 1] : 1;
        int[] batchA = Arrays.copyOf(sa, Math.max(da - 2, 0)), batchB = Arrays.copyOf(sb, Math.max(db - 2, 0));
        if (da == 3 && db == 3 && batchA[0] != batchB[0]) {
            // a batch of one that requires grad is squeezed instead of expanded (a smaller gradient)
            if (batchA[0] == 1 && a.requires_grad()) return matmul(a.squeeze(0), b);
            if (batchB[0] == 1 && b.requires_grad()) return matmul(a, b.squeeze(0));
        }
        int[] batch = Broadcast.shapes(batchA, batchB);
        int bp = batchProduct(batch);
        Tensor fa = a.expand(concat(batch, n, m1)).reshape(bp, n, m1);
        boolean vectorRhs = db == 1;
        Tensor fb = vectorRhs ? b.expand(concat(batch, m2)).reshape(bp, m2).unsqueeze(2)
            : b.expand(concat(batch, m2, p)).reshape(bp, m2, p);
        int[] outShape = new int[batch.length + (da > 1 ? 1 : 0) + (db > 1 ? 1 : 0)];
        System.arraycopy(batch, 0, outShape, 0, batch.length);
        int k = batch.length;
        if (da > 1) outShape[k++] = n;
        if (db > 1) outShape[k] = p;
        Tensor product = bmm(fa, fb);
        return unsafeView(vectorRhs ? product.squeeze(-1) : product, outShape);
    }

    private static int batchProduct(int[] dims) {
        int p = 1;
        for (int d : dims) p *= d;
        return p;
    }

    private static long[] concat(int[] batch, int... last) {
        long[] out = new long[batch.length + last.length];
        for (int i = 0; i < batch.length; i++) out[i] = batch[i];
        for (int i = 0; i < last.length; i++) out[batch.length + i] = last[i];
        return out;
    }

    /** PyTorch's {@code _unsafe_view}: a reshape of a fresh contiguous result, recorded as UnsafeViewBackward0. */
    private static Tensor unsafeView(Tensor product, int[] shape) {
        Tensor v = new Tensor(product.storage(), new Layout(shape, Layout.contiguousStrides(shape), product.layout().offset()));
        if (History.needed(product)) History.record(new Shapes.ReshapeNode("UnsafeViewBackward0", product.layout().shape()), v, product);
        return v;
    }
}
