package torchtrek.ops;

import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.UnaryOp;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/**
 * Pointwise functions of one tensor ({@code exp}, {@code sin}, {@code relu}...) and their
 * derivatives. One node class serves them all; it carries PyTorch's name for each function and
 * saves the input or the output, whichever the derivative is written with (as PyTorch does,
 * which decides the wording of version-counter errors).
 */
public final class UnaryMath {
    private UnaryMath() {}

    public static Tensor apply(UnaryOp op, Tensor x) {
        DType dtype = resultDtype(op, x);
        Tensor result = Elementwise.unary(op, x, dtype);
        if (History.needed(x)) History.record(new PointwiseBackward(op, x, result), result, x);
        return result;
    }

    public static Tensor apply_(UnaryOp op, Tensor x) {
        InPlace.check(x);
        if (InPlace.needsRecording(x)) return InPlace.recorded(x, old -> apply(op, old));
        Elementwise.unaryInto(op, x, resultDtype(op, x), x);
        InPlace.bump(x);
        return x;
    }

    private static DType resultDtype(UnaryOp op, Tensor x) {
        if (x.dtype() == DType.BOOL && op == UnaryOp.NEG) throw new RuntimeError(
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the "
            + "`~` or `logical_not()` operator instead.");
        if (x.dtype() == DType.BOOL && op == UnaryOp.ABS) throw new RuntimeError("\"abs_cpu\" not implemented for 'Bool'");
        return op.keepsIntegers() ? x.dtype() : Promotion.floatingOf(x.dtype());
    }

    /** {@code clamp(min, max)}; NaN for a bound means "no bound". */
    public static Tensor clamp(Tensor x, double min, double max) {
        if (Double.isNaN(min) && Double.isNaN(max)) throw new RuntimeError(
            "torch.clamp: At least one of 'min' or 'max' must not be None");
        return clamp(x, min, max, "ClampBackward1");
    }

    public static Tensor clampMin(Tensor x, double min) {
        return clamp(x, min, Double.NaN, "ClampMinBackward0");
    }

    public static Tensor clampMax(Tensor x, double max) {
        return clamp(x, Double.NaN, max, "ClampMaxBackward0");
    }

    private static Tensor clamp(Tensor x, double min, double max, String nodeName) {
        Tensor result = clampValues(x, min, max);
        if (History.needed(x)) History.record(new ClampBackward1(nodeName, x, min, max), result, x);
        return result;
    }

    public static Tensor clamp_(Tensor x, double min, double max) {
        InPlace.check(x);
        if (InPlace.needsRecording(x)) return InPlace.recorded(x, old -> clamp(old, min, max));
        Tensor r = clampValues(x, min, max);
        Elementwise.checkCast(r.dtype(), x.dtype());
        x.backend().copy(r.strided(), x.strided());
        InPlace.bump(x);
        return x;
    }

    private static Tensor clampValues(Tensor x, double min, double max) {
        Tensor r = x;
        boolean integral = !x.dtype().isFloatingPoint();
        if (!Double.isNaN(min)) {
            Tensor bound = integral && min == Math.rint(min) ? Tensor.wrap((long) min) : Tensor.wrap(min);
            r = Elementwise.binary(BinaryOp.MAXIMUM, r, bound, Promotion.resultType(r, bound));
        }
        if (!Double.isNaN(max)) {
            Tensor bound = integral && max == Math.rint(max) ? Tensor.wrap((long) max) : Tensor.wrap(max);
            r = Elementwise.binary(BinaryOp.MINIMUM, r, bound, Promotion.resultType(r, bound));
        }
        return r == x ? x.clone() : r;
    }

    /** clamp, clamp_min and clamp_max: the gradient passes where x lies within the bounds. */
    static final class ClampBackward1 extends Node {
        private final String name;
        private final SavedTensor self;
        private final double min;
        private final double max;

        ClampBackward1(String name, Tensor x, double min, double max) {
            this.name = name;
            this.self = save(x);
            this.min = min;
            this.max = max;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            Tensor inside = x.eq(x);
            if (!Double.isNaN(min)) inside = inside.logical_and(x.ge(min));
            if (!Double.isNaN(max)) inside = inside.logical_and(x.le(max));
            return new Tensor[] {g[0].mul(inside.to(g[0].dtype()))};
        }
    }

    /** The backward node of every pointwise function of one tensor. */
    static final class PointwiseBackward extends Node {
        private final UnaryOp op;
        private final SavedTensor saved;

        PointwiseBackward(UnaryOp op, Tensor input, Tensor result) {
            this.op = op;
            this.saved = savesOutput(op) ? saveOutput(result) : needsInput(op) ? save(input) : null;
        }

        private static boolean savesOutput(UnaryOp op) {
            switch (op) {
                case EXP: case EXP2: case EXPM1: case SQRT: case RSQRT: case TAN: case TANH: case SIGMOID: case RELU:
                case RECIPROCAL:
                    return true;
                default:
                    return false;
            }
        }

        private static boolean needsInput(UnaryOp op) {
            switch (op) {
                case NEG: case FLOOR: case CEIL: case ROUND: case TRUNC: case FRAC: case SIGN:
                    return false;
                default:
                    return true;
            }
        }

        @Override
        public String name() {
            switch (op) {
                case EXPM1: return "Expm1Backward0";
                case LOG1P: return "Log1PBackward0";
                default: {
                    String n = op.name().toLowerCase();
                    return Character.toUpperCase(n.charAt(0)) + n.substring(1) + "Backward0";
                }
            }
        }

        @Override
        public Tensor[] apply(Tensor[] grads) {
            Tensor g = grads[0];
            Tensor s = saved == null ? null : saved.unpack();
            Tensor d;
            switch (op) {
                case NEG: return new Tensor[] {g.neg()};
                case FRAC: return new Tensor[] {g};
                case FLOOR: case CEIL: case ROUND: case TRUNC: case SIGN: return new Tensor[] {Creation.zerosLike(g)};
                case ABS: d = s.sign(); break;
                case EXP: d = s; break;
                case EXP2: d = s.mul(Math.log(2)); break;
                case EXPM1: d = s.add(1L); break;
                case LOG: return new Tensor[] {g.div(s)};
                case LOG2: return new Tensor[] {g.div(s.mul(Math.log(2)))};
                case LOG10: return new Tensor[] {g.div(s.mul(Math.log(10)))};
                case LOG1P: return new Tensor[] {g.div(s.add(1L))};
                case SQRT: return new Tensor[] {g.div(s.mul(2L))};
                case RSQRT: d = s.pow(3L).mul(-0.5); break;
                case SIN: d = s.cos(); break;
                case COS: d = s.sin().neg(); break;
                case TAN: d = s.mul(s).add(1L); break;
                case ASIN: d = s.mul(s).rsub(1L).rsqrt(); break;
                case ACOS: d = s.mul(s).rsub(1L).rsqrt().neg(); break;
                case ATAN: d = s.mul(s).add(1L).reciprocal(); break;
                case SINH: d = s.cosh(); break;
                case COSH: d = s.sinh(); break;
                case TANH: d = s.mul(s).rsub(1L); break;
                case SIGMOID: d = s.mul(s.rsub(1L)); break;
                case RELU: d = s.gt(0L).to(g.dtype()); break;
                case RECIPROCAL: d = s.mul(s).neg(); break;
                case ERF: d = s.mul(s).neg().exp().mul(2 / Math.sqrt(Math.PI)); break;
                case SQUARE: d = s.mul(2L); break;
                default: throw new RuntimeError("the derivative for '" + op.name().toLowerCase() + "' is not implemented.");
            }
            return new Tensor[] {g.mul(d)};
        }
    }
}
