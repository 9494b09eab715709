package torchtrek.backend.cpu;

import torchtrek.backend.BinaryOp;

/**
 * Typed loops for binary ops. The arithmetic operators get one written-out loop each, since
 * the JIT vectorises a loop only when the operation inside it is known; other ops call the
 * op's own definition per element.
 */
final class BinaryKernels {
    private BinaryKernels() {}

    /** Dense float32 operands at one offset: the same index everywhere, which the JIT vectorises best. */
    private static void f32SameIndex(BinaryOp op, float[] a, float[] b, float[] c, int start, int end) {
        switch (op) {
            case ADD: for (int i = start; i < end; i++) c[i] = a[i] + b[i]; break;
            case SUB: for (int i = start; i < end; i++) c[i] = a[i] - b[i]; break;
            case MUL: for (int i = start; i < end; i++) c[i] = a[i] * b[i]; break;
            case DIV: for (int i = start; i < end; i++) c[i] = a[i] / b[i]; break;
            default: for (int i = start; i < end; i++) c[i] = (float) op.apply(a[i], b[i]);
        }
    }

    static void f32(BinaryOp op, float[] a, int ao, int as, float[] b, int bo, int bs, float[] c, int co, int cs, int n) {
        if (as == 1 && bs == 1 && cs == 1) {
            if (ao == bo && bo == co) {
                f32SameIndex(op, a, b, c, ao, ao + n);
                return;
            }
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] + b[bo + i]; return;
                case SUB: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] - b[bo + i]; return;
                case MUL: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] * b[bo + i]; return;
                case DIV: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] / b[bo + i]; return;
                default: break;
            }
        } else if (as == 1 && bs == 0 && cs == 1) {
            float s = b[bo];
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] + s; return;
                case SUB: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] - s; return;
                case MUL: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] * s; return;
                case DIV: for (int i = 0; i < n; i++) c[co + i] = a[ao + i] / s; return;
                default: break;
            }
        } else if (as == 0 && bs == 1 && cs == 1) {
            float s = a[ao];
            switch (op) {
                case ADD: for (int i = 0; i < n; i++) c[co + i] = s + b[bo + i]; return;
                case SUB: for (int i = 0; i < n; i++) c[co + i] = s - b[bo + i]; return;
                case MUL: for (int i = 0; i < n; i++) c[co + i] = s * b[bo + i]; return;
                case DIV: for (int i = 0; i < n; i++) c[co + i] = s / b[bo + i]; return;
                default: break;
            }
        }
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) c[co + i * cs] = a[ao + i * as] + b[bo + i * bs]; return;
            case MUL: for (int i = 0; i < n; i++) c[co + i * cs] = a[ao + i * as] * b[bo + i * bs]; return;
            default: for (int i = 0; i < n; i++) c[co + i * cs] = (float) op.apply(a[ao + i * as], b[bo + i * bs]);
        }
    }

    static void f64(BinaryOp op, double[] a, int ao, int as, double[] b, int bo, int bs, double[] c, int co, int cs, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) c[co + i * cs] = a[ao + i * as] + b[bo + i * bs]; return;
            case SUB: for (int i = 0; i < n; i++) c[co + i * cs] = a[ao + i * as] - b[bo + i * bs]; return;
            case MUL: for (int i = 0; i < n; i++) c[co + i * cs] = a[ao + i * as] * b[bo + i * bs]; return;
            case DIV: for (int i = 0; i < n; i++) c[co + i * cs] = a[ao + i * as] / b[bo + i * bs]; return;
            default: for (int i = 0; i < n; i++) c[co + i * cs] = op.apply(a[ao + i * as], b[bo + i * bs]);
        }
    }
}
