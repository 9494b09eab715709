package torchtrek.backend.cpu;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * Elementwise kernels. float32, float64 and int64 arrays get typed loops (the four arithmetic
 * operators and the common activations written out so the JIT vectorises them); every other
 * dtype or storage goes through the generic element accessors, exact but slower.
 */
final class CpuElementwise {
    private CpuElementwise() {}

    // ---------------------------------------------------------------- fill and copy

    static void fill(Strided dst, double value) {
        Storage s = dst.storage();
        if (dst.numel() == 1) {
            s.setDouble(dst.layout().offset(), value);
            return;
        }
        if (s instanceof ArrayStorage.Floats f) {
            float v = (float) value;
            Loops.run(dst.shape(), dst.layout(), (n, o, st, x1, y1, x2, y2) -> {
                if (st == 1) java.util.Arrays.fill(f.data, o, o + n, v);
                else for (int i = 0; i < n; i++) f.data[o + i * st] = v;
            });
        } else if (s instanceof ArrayStorage.Doubles d) {
            Loops.run(dst.shape(), dst.layout(), (n, o, st, x1, y1, x2, y2) -> {
                if (st == 1) java.util.Arrays.fill(d.data, o, o + n, value);
                else for (int i = 0; i < n; i++) d.data[o + i * st] = value;
            });
        } else {
            Loops.run(dst.shape(), dst.layout(), (n, o, st, x1, y1, x2, y2) -> {
                for (int i = 0; i < n; i++) s.setDouble(o + i * st, value);
            });
        }
    }

    static void fillLong(Strided dst, long value) {
        Storage s = dst.storage();
        if (s instanceof ArrayStorage.Longs l) {
            Loops.run(dst.shape(), dst.layout(), (n, o, st, x1, y1, x2, y2) -> {
                if (st == 1) java.util.Arrays.fill(l.data, o, o + n, value);
                else for (int i = 0; i < n; i++) l.data[o + i * st] = value;
            });
        } else if (s.holdsFloats()) {
            fill(dst, (double) value);
        } else {
            Loops.run(dst.shape(), dst.layout(), (n, o, st, x1, y1, x2, y2) -> {
                for (int i = 0; i < n; i++) s.setLong(o + i * st, value);
            });
        }
    }

    static void copy(Strided src, Strided dst) {
        Storage a = src.storage();
        Storage c = dst.storage();
        if (dst.numel() == 1) {
            // a Python number meeting a tensor, item-sized results: no plan, no lambda
            int from = src.layout().offset(), to = dst.layout().offset();
            if (a.holdsFloats() || c.holdsFloats()) c.setDouble(to, a.getDouble(from));
            else c.setLong(to, a.getLong(from));
            return;
        }
        if (a.dtype() == c.dtype() && a instanceof ArrayStorage as && c instanceof ArrayStorage cs) {
            Object from = as.array();
            Object to = cs.array();
            Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, x, y) -> {
                if (s0 == 1 && s1 == 1) System.arraycopy(from, o0, to, o1, n);
                else copyStrided(from, o0, s0, to, o1, s1, n);
            });
            return;
        }
        if (a instanceof ArrayStorage.Floats f && c instanceof ArrayStorage.Doubles d) {
            Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, x, y) -> {
                for (int i = 0; i < n; i++) d.data[o1 + i * s1] = f.data[o0 + i * s0];
            });
            return;
        }
        if (a instanceof ArrayStorage.Doubles d && c instanceof ArrayStorage.Floats f) {
            Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, x, y) -> {
                for (int i = 0; i < n; i++) f.data[o1 + i * s1] = (float) d.data[o0 + i * s0];
            });
            return;
        }
        if (a instanceof ArrayStorage.Bytes b && c instanceof ArrayStorage.Floats f) {
            // masks becoming numbers (relu's and where's gradients): typed, not per-element dispatch
            byte[] x = b.data;
            float[] z = f.data;
            boolean unsigned = b.dtype() != DType.INT8;
            Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, u, v) -> {
                if (unsigned) for (int i = 0; i < n; i++) z[o1 + i * s1] = x[o0 + i * s0] & 0xFF;
                else for (int i = 0; i < n; i++) z[o1 + i * s1] = x[o0 + i * s0];
            });
            return;
        }
        boolean viaDouble = a.holdsFloats() || c.holdsFloats();
        Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, x, y) -> {
            if (viaDouble) for (int i = 0; i < n; i++) c.setDouble(o1 + i * s1, a.getDouble(o0 + i * s0));
            else for (int i = 0; i < n; i++) c.setLong(o1 + i * s1, a.getLong(o0 + i * s0));
        });
    }

    private static void copyStrided(Object from, int o0, int s0, Object to, int o1, int s1, int n) {
        if (from instanceof float[] a) { float[] c = (float[]) to; for (int i = 0; i < n; i++) c[o1 + i * s1] = a[o0 + i * s0]; }
        else if (from instanceof double[] a) { double[] c = (double[]) to; for (int i = 0; i < n; i++) c[o1 + i * s1] = a[o0 + i * s0]; }
        else if (from instanceof long[] a) { long[] c = (long[]) to; for (int i = 0; i < n; i++) c[o1 + i * s1] = a[o0 + i * s0]; }
        else if (from instanceof int[] a) { int[] c = (int[]) to; for (int i = 0; i < n; i++) c[o1 + i * s1] = a[o0 + i * s0]; }
        else if (from instanceof short[] a) { short[] c = (short[]) to; for (int i = 0; i < n; i++) c[o1 + i * s1] = a[o0 + i * s0]; }
        else { byte[] a = (byte[]) from; byte[] c = (byte[]) to; for (int i = 0; i < n; i++) c[o1 + i * s1] = a[o0 + i * s0]; }
    }

    // ---------------------------------------------------------------- unary

    static void unary(UnaryOp op, Strided src, Strided dst) {
        Storage a = src.storage();
        Storage c = dst.storage();
        Layout ls = src.layout(), ld = dst.layout();
        if (a instanceof ArrayStorage.Floats af && c instanceof ArrayStorage.Floats cf) {
            float[] x = af.data, y = cf.data;
            if (Loops.small(ld.numel() * costOf(op)) && Loops.flatStride(ls) >= 0 && Loops.flatStride(ld) >= 0) {
                unaryF32(op, x, ls.offset(), Loops.flatStride(ls), y, ld.offset(), Loops.flatStride(ld), ld.numel());
                return;
            }
            Loops.run(Loops.planOf(dst.shape(), src, dst), (n, o0, s0, o1, s1, u, v) -> unaryF32(op, x, o0, s0, y, o1, s1, n), costOf(op));
        } else if (a instanceof ArrayStorage.Doubles ad && c instanceof ArrayStorage.Doubles cd) {
            double[] x = ad.data, y = cd.data;
            Loops.run(Loops.planOf(dst.shape(), src, dst), (n, o0, s0, o1, s1, u, v) -> {
                for (int i = 0; i < n; i++) y[o1 + i * s1] = op.apply(x[o0 + i * s0]);
            }, costOf(op));
        } else if (!a.holdsFloats()) {
            Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, u, v) -> {
                for (int i = 0; i < n; i++) c.setLong(o1 + i * s1, op.applyLong(a.getLong(o0 + i * s0)));
            });
        } else {
            // other float storages (float16, bfloat16, mapped memory): float64 in double, the rest in float
            boolean wide = c.dtype() == torchtrek.tensor.DType.FLOAT64;
            Loops.run(dst.shape(), src.layout(), dst.layout(), (n, o0, s0, o1, s1, u, v) -> {
                for (int i = 0; i < n; i++) {
                    double x = a.getDouble(o0 + i * s0);
                    c.setDouble(o1 + i * s1, wide ? op.apply(x) : op.applyFloat((float) x));
                }
            });
        }
    }

    private static int costOf(UnaryOp op) {
        switch (op) {
            case NEG: case ABS: case RELU: case SQUARE: return 1;
            default: return 8;
        }
    }

    private static void unaryF32(UnaryOp op, float[] x, int o0, int s0, float[] y, int o1, int s1, int n) {
        if (s0 == 1 && s1 == 1) {
            switch (op) {
                case NEG: for (int i = 0; i < n; i++) y[o1 + i] = -x[o0 + i]; return;
                case RELU: for (int i = 0; i < n; i++) { float v = x[o0 + i]; y[o1 + i] = v < 0 ? 0f : v; } return;
                case ABS: for (int i = 0; i < n; i++) y[o1 + i] = Math.abs(x[o0 + i]); return;
                case SQUARE: for (int i = 0; i < n; i++) { float v = x[o0 + i]; y[o1 + i] = v * v; } return;
                case SQRT: for (int i = 0; i < n; i++) y[o1 + i] = (float) Math.sqrt(x[o0 + i]); return;
                default: break;
            }
        }
        for (int i = 0; i < n; i++) y[o1 + i * s1] = op.applyFloat(x[o0 + i * s0]);
    }

    // ---------------------------------------------------------------- binary

    static void binary(BinaryOp op, Strided a, Strided b, Strided dst) {
        Storage sa = a.storage(), sb = b.storage(), sc = dst.storage();
        Layout la = a.layout(), lb = b.layout(), lc = dst.layout();
        // small ops on dense or scalar operands (most of what a REPL session does): one direct call
        boolean direct = Loops.small(lc.numel()) && Loops.flatStride(la) >= 0 && Loops.flatStride(lb) >= 0
            && Loops.flatStride(lc) >= 0;
        if (sa instanceof ArrayStorage.Floats fa && sb instanceof ArrayStorage.Floats fb && sc instanceof ArrayStorage.Floats fc) {
            float[] x = fa.data, y = fb.data, z = fc.data;
            if (direct) BinaryKernels.f32(op, x, la.offset(), Loops.flatStride(la), y, lb.offset(), Loops.flatStride(lb),
                z, lc.offset(), Loops.flatStride(lc), lc.numel());
            else Loops.run(Loops.planOf(dst.shape(), a, b, dst),
                (n, o0, s0, o1, s1, o2, s2) -> BinaryKernels.f32(op, x, o0, s0, y, o1, s1, z, o2, s2, n), 1);
            return;
        }
        if (sa instanceof ArrayStorage.Doubles da && sb instanceof ArrayStorage.Doubles db && sc instanceof ArrayStorage.Doubles dc) {
            double[] x = da.data, y = db.data, z = dc.data;
            if (direct) BinaryKernels.f64(op, x, la.offset(), Loops.flatStride(la), y, lb.offset(), Loops.flatStride(lb),
                z, lc.offset(), Loops.flatStride(lc), lc.numel());
            else Loops.run(Loops.planOf(dst.shape(), a, b, dst),
                (n, o0, s0, o1, s1, o2, s2) -> BinaryKernels.f64(op, x, o0, s0, y, o1, s1, z, o2, s2, n), 1);
            return;
        }
        Loops.Plan plan = Loops.planOf(dst.shape(), a, b, dst);
        if (sa instanceof ArrayStorage.Longs ia && sb instanceof ArrayStorage.Longs ib && sc instanceof ArrayStorage.Longs ic) {
            long[] x = ia.data, y = ib.data, z = ic.data;
            Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> {
                for (int i = 0; i < n; i++) z[o2 + i * s2] = op.applyLong(x[o0 + i * s0], y[o1 + i * s1]);
            }, 1);
        } else if (sc.holdsFloats()) {
            boolean single = sc.dtype() != DType.FLOAT64;
            Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> {
                for (int i = 0; i < n; i++) {
                    double r = op.apply(sa.getDouble(o0 + i * s0), sb.getDouble(o1 + i * s1));
                    sc.setDouble(o2 + i * s2, single ? (float) r : r);
                }
            }, 1);
        } else {
            Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> {
                for (int i = 0; i < n; i++) sc.setLong(o2 + i * s2, op.applyLong(sa.getLong(o0 + i * s0), sb.getLong(o1 + i * s1)));
            }, 1);
        }
    }

    // ---------------------------------------------------------------- compare and where

    static void compare(CompareOp op, Strided a, Strided b, Strided dst) {
        Storage sa = a.storage(), sb = b.storage();
        byte[] out = ((ArrayStorage.Bytes) dst.storage()).data;
        Loops.Plan plan = Loops.planOf(dst.shape(), a, b, dst);
        if (sa instanceof ArrayStorage.Floats fa && sb instanceof ArrayStorage.Floats fb) {
            float[] x = fa.data, y = fb.data;
            Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> compareF32(op, x, o0, s0, y, o1, s1, out, o2, s2, n), 1);
        } else if (sa.holdsFloats()) {
            Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> {
                for (int i = 0; i < n; i++) out[o2 + i * s2] = (byte) (op.test(sa.getDouble(o0 + i * s0), sb.getDouble(o1 + i * s1)) ? 1 : 0);
            }, 1);
        } else {
            Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> {
                for (int i = 0; i < n; i++) out[o2 + i * s2] = (byte) (op.testLong(sa.getLong(o0 + i * s0), sb.getLong(o1 + i * s1)) ? 1 : 0);
            }, 1);
        }
    }

    /** One loop per comparison: calling the op's own test per element costs a dispatch each. */
    private static void compareF32(CompareOp op, float[] x, int o0, int s0, float[] y, int o1, int s1, byte[] z, int o2, int s2, int n) {
        switch (op) {
            case GT: for (int i = 0; i < n; i++) z[o2 + i * s2] = (byte) (x[o0 + i * s0] > y[o1 + i * s1] ? 1 : 0); return;
            case LT: for (int i = 0; i < n; i++) z[o2 + i * s2] = (byte) (x[o0 + i * s0] < y[o1 + i * s1] ? 1 : 0); return;
            case GE: for (int i = 0; i < n; i++) z[o2 + i * s2] = (byte) (x[o0 + i * s0] >= y[o1 + i * s1] ? 1 : 0); return;
            case LE: for (int i = 0; i < n; i++) z[o2 + i * s2] = (byte) (x[o0 + i * s0] <= y[o1 + i * s1] ? 1 : 0); return;
            case EQ: for (int i = 0; i < n; i++) z[o2 + i * s2] = (byte) (x[o0 + i * s0] == y[o1 + i * s1] ? 1 : 0); return;
            default: for (int i = 0; i < n; i++) z[o2 + i * s2] = (byte) (x[o0 + i * s0] != y[o1 + i * s1] ? 1 : 0);
        }
    }

    static void where(Strided cond, Strided a, Strided b, Strided dst) {
        byte[] mask = ((ArrayStorage.Bytes) cond.storage()).data;
        int[] shape = dst.shape();
        // first pick from b everywhere the mask is false, then from a where it is true
        Loops.Plan plan = Loops.planOf(shape, cond, b, dst);
        Storage sb = b.storage(), sc = dst.storage(), sa = a.storage();
        boolean floats = sc.holdsFloats();
        Loops.run(plan, (n, o0, s0, o1, s1, o2, s2) -> {
            for (int i = 0; i < n; i++) {
                if (mask[o0 + i * s0] != 0) continue;
                if (floats) sc.setDouble(o2 + i * s2, sb.getDouble(o1 + i * s1));
                else sc.setLong(o2 + i * s2, sb.getLong(o1 + i * s1));
            }
        }, 1);
        Loops.run(Loops.planOf(shape, cond, a, dst), (n, o0, s0, o1, s1, o2, s2) -> {
            for (int i = 0; i < n; i++) {
                if (mask[o0 + i * s0] == 0) continue;
                if (floats) sc.setDouble(o2 + i * s2, sa.getDouble(o1 + i * s1));
                else sc.setLong(o2 + i * s2, sa.getLong(o1 + i * s1));
            }
        }, 1);
    }
}
