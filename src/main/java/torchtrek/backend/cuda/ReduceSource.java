package torchtrek.backend.cuda;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.ReduceOp;
import torchtrek.tensor.DType;

/**
 * CUDA C for reductions, in two kernels. {@code partial}: block {@code b} reduces slice
 * {@code b % splits} of output {@code b / splits}'s elements (threads stride over the reduced
 * sub-space, then a shared-memory tree), writing one accumulator. {@code finish}: one thread per
 * output combines its {@code splits} partials and converts (mean, variance). Floating sources
 * accumulate in double, integers in long long, as the CPU backend does.
 */
final class ReduceSource {
    private ReduceSource() {}

    /** Largest block size the reduce kernels are launched with (a power of two; the shared array's size). */
    static final int MAX_BLOCK = 256;

    /** The reductions: {@link ReduceOp}'s, plus the sum of squared deviations from a given mean (for variance). */
    enum Kind {
        SUM, MEAN, PROD, MAX, MIN, ALL, ANY, SQUARED_DEVIATION;

        static Kind of(ReduceOp op) { return valueOf(op.name()); }
    }

    static String accumulator(Kind kind, DType src) {
        if (kind == Kind.ALL || kind == Kind.ANY) return "long long";
        return src.isFloatingPoint() || kind == Kind.SQUARED_DEVIATION ? "double" : "long long";
    }

    private static String identity(Kind kind, String acc) {
        boolean dbl = acc.equals("double");
        switch (kind) {
            case PROD: case ALL: return "1";
            case MAX: return dbl ? "__longlong_as_double(0xfff0000000000000ULL)" : "(-9223372036854775807LL - 1)";
            case MIN: return dbl ? "__longlong_as_double(0x7ff0000000000000ULL)" : "9223372036854775807LL";
            default: return "0";
        }
    }

    private static String combine(Kind kind, String acc, String a, String b) {
        switch (kind) {
            case PROD: return a + " * " + b;
            case ALL: return a + " & " + b;
            case ANY: return a + " | " + b;
            case MAX: return OpExpressions.binary(BinaryOp.MAXIMUM, acc, a, b);   // NaN wins, as torch.maximum
            case MIN: return OpExpressions.binary(BinaryOp.MINIMUM, acc, a, b);
            default: return a + " + " + b;
        }
    }

    private static String element(Kind kind, String acc, String v) {
        switch (kind) {
            case ALL: case ANY: return "(long long) (" + v + " != 0)";
            case SQUARED_DEVIATION: return "((double) " + v + " - mean[o]) * ((double) " + v + " - mean[o])";
            default: return "(" + acc + ") " + v;
        }
    }

    static KernelSource.Kernel partial(Kind kind, DType src) {
        String acc = accumulator(kind, src);
        String name = "tt_reduce_" + kind.name().toLowerCase() + "_" + CTypes.tag(src);
        String body = "(" + KernelSource.in(src, "src") + ", " + acc + "* __restrict__ partial, const double* __restrict__ mean, "
            + "Geo out, Sub sub, unsigned int splits) {\n"
            + "  __shared__ " + acc + " tt_shared[" + MAX_BLOCK + "];\n"
            + "  unsigned int o = blockIdx.x / splits, s = blockIdx.x % splits;\n"
            + "  int base = tt_pos(out, 0, o);\n"
            + "  " + acc + " acc = " + identity(kind, acc) + ";\n"
            + "  for (unsigned int k = s * blockDim.x + threadIdx.x; k < sub.count; k += splits * blockDim.x) {\n"
            + "    " + CTypes.value(src) + " v = " + CTypes.load(src, "src", "base + tt_subpos(sub, k)") + ";\n"
            + "    " + acc + " x = " + element(kind, acc, "v") + ";\n"
            + "    acc = " + combine(kind, acc, "acc", "x") + ";\n"
            + "  }\n"
            + "  tt_shared[threadIdx.x] = acc;\n"
            + "  __syncthreads();\n"
            + "  for (unsigned int w = blockDim.x / 2; w > 0; w >>= 1) {\n"
            + "    if (threadIdx.x < w) { " + acc + " a = tt_shared[threadIdx.x], b = tt_shared[threadIdx.x + w]; tt_shared[threadIdx.x] = "
            + combine(kind, acc, "a", "b") + "; }\n"
            + "    __syncthreads();\n"
            + "  }\n"
            + "  if (threadIdx.x == 0) partial[blockIdx.x] = tt_shared[0];\n"
            + "}\n";
        return KernelSource.kernel(name, body);
    }

    static KernelSource.Kernel finish(Kind kind, DType src, DType dst) {
        String acc = accumulator(kind, src);
        String result;
        switch (kind) {
            case MEAN: result = "(double) acc / (double) count"; break;
            case SQUARED_DEVIATION: result = "(double) acc / fmax(0.0, (double) count - correction)"; break;
            default: result = "acc";
        }
        String name = "tt_finish_" + kind.name().toLowerCase() + "_" + CTypes.tag(src) + "_" + CTypes.tag(dst);
        String body = "(const " + acc + "* __restrict__ partial, " + KernelSource.ptr(dst, "dst")
            + ", Geo out, unsigned int splits, unsigned int count, double correction) {\n"
            + "  TT_LOOP(out.n) {\n"
            + "    " + acc + " acc = " + identity(kind, acc) + ";\n"
            + "    for (unsigned int s = 0; s < splits; s++) { " + acc + " x = partial[(unsigned long long) i * splits + s]; acc = "
            + combine(kind, acc, "acc", "x") + "; }\n"
            + "    " + CTypes.store(dst, "dst", "tt_pos(out, 0, i)", result) + "\n"
            + "  }\n}\n";
        return KernelSource.kernel(name, body);
    }

    /** Max or min along one dim with the first extreme's index; NaN is the extreme, as in PyTorch. */
    static KernelSource.Kernel withIndex(boolean max, DType dtype) {
        String vt = CTypes.value(dtype);
        String better = max ? "x > best" : "x < best";
        String nan = dtype.isFloatingPoint() ? "x != x || " : "";
        String keepGoing = dtype.isFloatingPoint() ? " && best == best" : "";
        String name = "tt_" + (max ? "argmax_" : "argmin_") + CTypes.tag(dtype);
        String body = "(" + KernelSource.in(dtype, "src") + ", " + KernelSource.ptr(dtype, "values")
            + ", long long* __restrict__ indices, Geo g, int size, int stride) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    if (size == 0) continue;\n"
            + "    int base = tt_pos(g, 0, i);\n"
            + "    " + vt + " best = " + CTypes.load(dtype, "src", "base") + ";\n"
            + "    long long at = 0;\n"
            + "    for (int k = 1; k < size" + keepGoing + "; k++) {\n"
            + "      " + vt + " x = " + CTypes.load(dtype, "src", "base + k * stride") + ";\n"
            + "      if (" + nan + better + ") { best = x; at = k; }\n"
            + "    }\n"
            + "    " + CTypes.store(dtype, "values", "tt_pos(g, 1, i)", "best") + "\n"
            + "    indices[tt_pos(g, 2, i)] = at;\n"
            + "  }\n}\n";
        return KernelSource.kernel(name, body);
    }
}
