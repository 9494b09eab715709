package torchtrek.backend.cpu;

import torchtrek.backend.Backend;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.ReduceOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/** The CPU device: storages are Java arrays (or mapped buffers), kernels are plain Java. */
public final class CpuBackend implements Backend {
    public static final CpuBackend INSTANCE = new CpuBackend();

    private CpuBackend() {}

    @Override public Device device() { return Device.CPU; }

    @Override
    public Storage allocate(DType dtype, int numel) {
        return ArrayStorage.allocate(dtype, numel);
    }

    @Override public void fill(Strided dst, double value) { CpuElementwise.fill(dst, value); }

    @Override public void fillLong(Strided dst, long value) { CpuElementwise.fillLong(dst, value); }

    @Override public void copy(Strided src, Strided dst) { CpuElementwise.copy(src, dst); }

    @Override public void unary(UnaryOp op, Strided src, Strided dst) { CpuElementwise.unary(op, src, dst); }

    @Override public void binary(BinaryOp op, Strided a, Strided b, Strided dst) { CpuElementwise.binary(op, a, b, dst); }

    @Override
    public void compare(CompareOp op, Strided a, Strided b, Strided dst) {
        withBoolArray(dst, d -> CpuElementwise.compare(op, a, b, d));
    }

    @Override
    public void where(Strided cond, Strided a, Strided b, Strided dst) {
        CpuElementwise.where(boolArray(cond), a, b, dst);
    }

    @Override public void reduce(ReduceOp op, Strided src, int[] dims, Strided dst) { CpuReduce.reduce(op, src, dims, dst); }

    @Override
    public void reduceWithIndex(boolean max, Strided src, int dim, Strided values, Strided indices) {
        CpuReduce.reduceWithIndex(max, src, dim, values, indices);
    }

    @Override
    public void variance(Strided src, int[] dims, double correction, Strided dst) {
        CpuReduce.variance(src, dims, correction, dst);
    }

    @Override public void matmul(Strided a, Strided b, Strided dst) { CpuMatmul.matmul(a, b, dst); }

    @Override
    public void gather(Strided src, int[] offsets, Strided dst) {
        Storage s = src.storage();
        Storage d = dst.storage();
        boolean floats = d.holdsFloats() || s.holdsFloats();
        int[] pos = {0};
        // sequential: offsets are listed in dst's row-major order
        Loops.range(new Loops.Plan(dst.shape(), new Layout[] {dst.layout()}), (n, o, st, x1, y1, x2, y2) -> {
            for (int i = 0; i < n; i++) {
                int from = offsets[pos[0]++];
                if (floats) d.setDouble(o + i * st, s.getDouble(from));
                else d.setLong(o + i * st, s.getLong(from));
            }
        }, 0, dst.numel());
    }

    @Override
    public void scatter(Strided src, int[] offsets, Strided dst, boolean accumulate) {
        Storage s = src.storage();
        Storage d = dst.storage();
        boolean floats = d.holdsFloats();
        int[] pos = {0};
        // sequential on purpose: repeated offsets must add up, and in a fixed order
        Loops.range(new Loops.Plan(src.shape(), new Layout[] {src.layout()}), (n, o, st, x1, y1, x2, y2) -> {
            for (int i = 0; i < n; i++) {
                int to = offsets[pos[0]++];
                int from = o + i * st;
                if (floats) d.setDouble(to, accumulate ? d.getDouble(to) + s.getDouble(from) : s.getDouble(from));
                else d.setLong(to, accumulate ? d.getLong(to) + s.getLong(from) : s.getLong(from));
            }
        }, 0, src.numel());
    }

    /** A bool view backed by a byte array: the given one, or a converted copy. */
    private Strided boolArray(Strided s) {
        if (s.storage() instanceof ArrayStorage.Bytes b && b.dtype() == DType.BOOL) return s;
        Strided copy = new Strided(allocate(DType.BOOL, s.numel()), Layout.contiguous(s.shape()));
        copy(s, copy);
        return copy;
    }

    private void withBoolArray(Strided dst, java.util.function.Consumer<Strided> body) {
        if (dst.storage() instanceof ArrayStorage.Bytes b && b.dtype() == DType.BOOL) {
            body.accept(dst);
            return;
        }
        Strided tmp = new Strided(allocate(DType.BOOL, dst.numel()), Layout.contiguous(dst.shape()));
        body.accept(tmp);
        copy(tmp, dst);
    }
}
