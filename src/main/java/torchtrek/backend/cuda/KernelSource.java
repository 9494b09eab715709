package torchtrek.backend.cuda;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.UnaryOp;
import torchtrek.tensor.DType;

/**
 * Generates the CUDA C source of one kernel per (op, dtypes): a self-contained translation unit
 * (NVRTC sees no headers) made of {@link #PRELUDE} and one {@code extern "C" __global__}
 * function, so its name is what {@code cuModuleGetFunction} looks up.
 *
 * <p>Every elementwise kernel walks its operands with a grid-stride loop over the element
 * numbers of a {@link torchtrek.backend.StridePlan}, passed by value as {@code Geo}
 * ({@link Geometry#geo}); {@code tt_pos} turns an element number into a storage position
 * exactly as {@code StridePlan.position} does.
 */
final class KernelSource {
    private KernelSource() {}

    /** A kernel's entry-point name and its whole source. */
    record Kernel(String name, String source) {}

    static final String PRELUDE = """
        #define TT_MAX_DIMS %d
        #define TT_MAX_OPERANDS %d
        struct Geo { unsigned int n; int ndim; int size[TT_MAX_DIMS]; int stride[TT_MAX_OPERANDS][TT_MAX_DIMS]; int offset[TT_MAX_OPERANDS]; };
        struct Sub { unsigned int count; int ndim; int size[TT_MAX_DIMS]; int stride[TT_MAX_DIMS]; };

        /* storage position of operand k's element number i (row-major over g.size) */
        __device__ __forceinline__ int tt_pos(const Geo& g, int k, unsigned int i) {
          if (g.ndim == 0) return g.offset[k];
          if (g.ndim == 1) return g.offset[k] + (int) i * g.stride[k][0];
          int pos = g.offset[k];
          unsigned int rest = i;
          for (int d = g.ndim - 1; d >= 0; d--) {
            unsigned int s = (unsigned int) g.size[d];
            pos += (int) (rest %% s) * g.stride[k][d];
            rest /= s;
          }
          return pos;
        }

        /* offset of the k-th element of a reduced sub-space from its first element */
        __device__ __forceinline__ int tt_subpos(const Sub& s, unsigned int k) {
          if (s.ndim == 1) return (int) k * s.stride[0];
          int pos = 0;
          for (int d = s.ndim - 1; d >= 0; d--) {
            unsigned int n = (unsigned int) s.size[d];
            pos += (int) (k %% n) * s.stride[d];
            k /= n;
          }
          return pos;
        }

        __device__ __forceinline__ float tt_h2f(unsigned short h) {
          float f;
          asm("cvt.f32.f16 %%0, %%1;" : "=f"(f) : "h"(h));
          return f;
        }
        __device__ __forceinline__ unsigned short tt_f2h(float f) {
          unsigned short h;
          asm("cvt.rn.f16.f32 %%0, %%1;" : "=h"(h) : "f"(f));
          return h;
        }
        __device__ __forceinline__ float tt_bf2f(unsigned short b) {
          return __uint_as_float(((unsigned int) b) << 16);
        }
        /* round to nearest even; NaN stays a quiet NaN (as torchtrek.tensor.Casts.toBFloat16) */
        __device__ __forceinline__ unsigned short tt_f2bf(float f) {
          unsigned int bits = __float_as_uint(f);
          if (f != f) return (unsigned short) ((bits >> 16) | 0x40u);
          bits += 0x7FFFu + ((bits >> 16) & 1u);
          return (unsigned short) (bits >> 16);
        }

        #define TT_LOOP(n) for (unsigned int i = blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += gridDim.x * blockDim.x)
        """.formatted(Geometry.MAX_DIMS, Geometry.MAX_OPERANDS) + OpExpressions.HELPERS;

    static Kernel kernel(String name, String body) {
        return new Kernel(name, PRELUDE + "\nextern \"C\" __global__ void " + name + body);
    }

    static String ptr(DType d, String name) {
        return CTypes.storage(d) + "* __restrict__ " + name;
    }

    static String in(DType d, String name) {
        return "const " + ptr(d, name);
    }

    /** {@code dst = value} with a double value (floats) or a long long value (exact integers). */
    static Kernel fill(DType dst, boolean integerValue) {
        String vt = integerValue ? "long long" : "double";
        return kernel("tt_fill_" + (integerValue ? "i_" : "d_") + CTypes.tag(dst),
            "(" + ptr(dst, "dst") + ", " + vt + " value, Geo g) {\n"
            + "  TT_LOOP(g.n) { " + CTypes.store(dst, "dst", "tt_pos(g, 0, i)", "value") + " }\n}\n");
    }

    /** {@code dst = (dst's type) src}: layout changes and dtype conversion. */
    static Kernel copy(DType src, DType dst) {
        return kernel("tt_copy_" + CTypes.tag(src) + "_" + CTypes.tag(dst),
            "(" + in(src, "src") + ", " + ptr(dst, "dst") + ", Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    " + CTypes.value(src) + " v = " + CTypes.load(src, "src", "tt_pos(g, 0, i)") + ";\n"
            + "    " + CTypes.store(dst, "dst", "tt_pos(g, 1, i)", "v") + "\n  }\n}\n");
    }

    /**
     * The compute type of a unary op on {@code src}: floats in their own compute type, integers
     * in long long for ops that keep integers and in double otherwise (as the CPU's
     * {@code applyLong} falls back to the double definition).
     */
    static String unaryComputeType(UnaryOp op, DType src) {
        if (src.isFloatingPoint()) return CTypes.compute(src);
        return op.keepsIntegers() ? "long long" : "double";
    }

    static Kernel unary(UnaryOp op, DType src, DType dst) {
        String type = unaryComputeType(op, src);
        return kernel("tt_unary_" + op.name().toLowerCase() + "_" + CTypes.tag(src) + "_" + CTypes.tag(dst),
            "(" + in(src, "src") + ", " + ptr(dst, "dst") + ", Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    " + type + " x = (" + type + ") " + CTypes.load(src, "src", "tt_pos(g, 0, i)") + ";\n"
            + "    " + type + " r = " + OpExpressions.unary(op, type, "x") + ";\n"
            + "    " + CTypes.store(dst, "dst", "tt_pos(g, 1, i)", "r") + "\n  }\n}\n");
    }

    /** {@code dst = op(a, b)}; a and b have dtype {@code in}. */
    static Kernel binary(BinaryOp op, DType in, DType dst) {
        String type = CTypes.compute(in);
        return kernel("tt_binary_" + op.name().toLowerCase() + "_" + CTypes.tag(in) + "_" + CTypes.tag(dst),
            "(" + in(in, "a") + ", " + in(in, "b") + ", " + ptr(dst, "dst") + ", Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    " + type + " x = (" + type + ") " + CTypes.load(in, "a", "tt_pos(g, 0, i)") + ";\n"
            + "    " + type + " y = (" + type + ") " + CTypes.load(in, "b", "tt_pos(g, 1, i)") + ";\n"
            + "    " + type + " r = " + OpExpressions.binary(op, type, "x", "y") + ";\n"
            + "    " + CTypes.store(dst, "dst", "tt_pos(g, 2, i)", "r") + "\n  }\n}\n");
    }

    /** A same-dtype binary op on three dense runs (the common case: no index math, only offsets). */
    static Kernel binaryDense(BinaryOp op, DType dtype) {
        String type = CTypes.compute(dtype);
        return kernel("tt_binary_dense_" + op.name().toLowerCase() + "_" + CTypes.tag(dtype),
            "(" + in(dtype, "a") + ", int oa, " + in(dtype, "b") + ", int ob, " + ptr(dtype, "dst") + ", int od, unsigned int n) {\n"
            + "  TT_LOOP(n) {\n"
            + "    " + type + " x = (" + type + ") " + CTypes.load(dtype, "a", "oa + i") + ";\n"
            + "    " + type + " y = (" + type + ") " + CTypes.load(dtype, "b", "ob + i") + ";\n"
            + "    " + type + " r = " + OpExpressions.binary(op, type, "x", "y") + ";\n"
            + "    " + CTypes.store(dtype, "dst", "od + i", "r") + "\n  }\n}\n");
    }

    /** {@code dst (bool) = a op b}, compared in a's compute type. */
    static Kernel compare(CompareOp op, DType in) {
        String type = CTypes.compute(in);
        return kernel("tt_compare_" + op.name().toLowerCase() + "_" + CTypes.tag(in),
            "(" + in(in, "a") + ", " + in(in, "b") + ", unsigned char* __restrict__ dst, Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    " + type + " x = (" + type + ") " + CTypes.load(in, "a", "tt_pos(g, 0, i)") + ";\n"
            + "    " + type + " y = (" + type + ") " + CTypes.load(in, "b", "tt_pos(g, 1, i)") + ";\n"
            + "    dst[tt_pos(g, 2, i)] = (unsigned char) (" + OpExpressions.compare(op, "x", "y") + ");\n  }\n}\n");
    }

    /** {@code dst = cond ? a : b}: cond is bool, the others share a dtype (copied bit for bit). */
    static Kernel where(DType dtype) {
        return kernel("tt_where_" + CTypes.tag(dtype),
            "(const unsigned char* __restrict__ cond, " + in(dtype, "a") + ", " + in(dtype, "b") + ", " + ptr(dtype, "dst")
            + ", Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    dst[tt_pos(g, 3, i)] = cond[tt_pos(g, 0, i)] ? a[tt_pos(g, 1, i)] : b[tt_pos(g, 2, i)];\n  }\n}\n");
    }

    /** {@code dst[i] = src[offsets[i]]} for dst's elements in row-major order. */
    static Kernel gather(DType src, DType dst) {
        return kernel("tt_gather_" + CTypes.tag(src) + "_" + CTypes.tag(dst),
            "(" + in(src, "src") + ", " + ptr(dst, "dst") + ", const int* __restrict__ offsets, Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    " + CTypes.value(src) + " v = " + CTypes.load(src, "src", "offsets[i]") + ";\n"
            + "    " + CTypes.store(dst, "dst", "tt_pos(g, 0, i)", "v") + "\n  }\n}\n");
    }

    /** The dtypes whose accumulating scatter has a native atomicAdd. */
    static boolean hasAtomicAdd(DType d) {
        return d == DType.FLOAT32 || d == DType.FLOAT64 || d == DType.INT32 || d == DType.INT64;
    }

    /** {@code dst[offsets[i]] = src[i]}, or {@code +=} (atomically) when accumulating. */
    static Kernel scatter(DType src, DType dst, boolean accumulate) {
        if (accumulate && !hasAtomicAdd(dst)) throw new IllegalArgumentException("no atomicAdd for " + dst);
        String write;
        if (!accumulate) write = CTypes.store(dst, "dst", "offsets[i]", "v");
        else if (dst == DType.INT64) write = "atomicAdd((unsigned long long*) &dst[offsets[i]], (unsigned long long) (long long) v);";
        else write = "atomicAdd(&dst[offsets[i]], (" + CTypes.storage(dst) + ") v);";
        return kernel("tt_scatter_" + (accumulate ? "add_" : "") + CTypes.tag(src) + "_" + CTypes.tag(dst),
            "(" + in(src, "src") + ", " + ptr(dst, "dst") + ", const int* __restrict__ offsets, Geo g) {\n"
            + "  TT_LOOP(g.n) {\n"
            + "    " + CTypes.value(src) + " v = " + CTypes.load(src, "src", "tt_pos(g, 0, i)") + ";\n"
            + "    " + write + "\n  }\n}\n");
    }
}
