package torchtrek.ops;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.ReduceOp;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/**
 * Python's arithmetic operators and their gradients. Each op computes with {@link Elementwise}
 * and, when an input requires grad, records the node named as PyTorch names it.
 */
public final class Arithmetic {
    private Arithmetic() {}

    // ------------------------------------------------------------------ add / sub

    public static Tensor add(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("add", kw, "alpha", "out");
        return addSub(BinaryOp.ADD, a, b, p.number("alpha", 1), p.tensor("out"));
    }

    public static Tensor sub(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("sub", kw, "alpha", "out");
        return addSub(BinaryOp.SUB, a, b, p.number("alpha", 1), p.tensor("out"));
    }

    public static Tensor add_(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("add_", kw, "alpha");
        return addSubInPlace(BinaryOp.ADD, a, b, p.number("alpha", 1));
    }

    public static Tensor sub_(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("sub_", kw, "alpha");
        return addSubInPlace(BinaryOp.SUB, a, b, p.number("alpha", 1));
    }

    private static Tensor addSub(BinaryOp op, Tensor a, Tensor b, double alpha, Tensor out) {
        checkBoolSub(op, a, b);
        Tensor scaledB = alpha == 1 ? b : scaled(b, alpha);
        if (out != null) {
            InPlace.checkOut(op == BinaryOp.ADD ? "add" : "sub", out, a, b);
            Elementwise.binaryInto(op, a, scaledB, Promotion.resultType(a, b), out, false);
            InPlace.bump(out);
            return out;
        }
        Tensor result = Elementwise.binary(op, a, scaledB, Promotion.resultType(a, b));
        if (History.needed(a, b)) History.record(op == BinaryOp.ADD ? new AddBackward0(alpha) : new SubBackward0(alpha), result, a, b);
        return result;
    }

    private static Tensor addSubInPlace(BinaryOp op, Tensor a, Tensor b, double alpha) {
        checkBoolSub(op, a, b);
        InPlace.check(a, b);
        if (InPlace.needsRecording(a, b)) return InPlace.recorded(a, old -> addSub(op, old, b, alpha, null));
        Elementwise.binaryInto(op, a, alpha == 1 ? b : scaled(b, alpha), Promotion.resultType(a, b), a, true);
        InPlace.bump(a);
        return a;
    }

    private static Tensor scaled(Tensor b, double alpha) {
        if (!b.dtype().isFloatingPoint() && alpha != Math.rint(alpha)) throw new RuntimeError(
            "For integral input tensors, argument alpha must not be a floating point number.");
        return Elementwise.binary(BinaryOp.MUL, b, Tensor.wrap(alpha), Promotion.resultType(b, Tensor.wrap(alpha)));
    }

    private static void checkBoolSub(BinaryOp op, Tensor a, Tensor b) {
        if (op != BinaryOp.SUB) return;
        if (a.dtype() == DType.BOOL && b.dtype() == DType.BOOL) throw new RuntimeError(
            "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.");
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) throw new RuntimeError(
            "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the "
            + "`~` or `logical_not()` operator instead.");
    }

    /** Python's {@code s - x}. */
    public static Tensor rsub(Tensor x, Tensor s) {
        Tensor result = Elementwise.binary(BinaryOp.SUB, s, x, Promotion.resultType(x, s));
        if (History.needed(x)) History.record(new RsubBackward1(), result, x);
        return result;
    }

    /** Python's {@code s / x}: recorded, as in PyTorch, as {@code x.reciprocal() * s}. */
    public static Tensor rdiv(Tensor x, Tensor s) {
        return mul(UnaryMath.apply(torchtrek.backend.UnaryOp.RECIPROCAL, x), s);
    }

    static final class AddBackward0 extends Node {
        private final double alpha;

        AddBackward0(double alpha) { this.alpha = alpha; }

        @Override public String name() { return "AddBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0], alpha == 1 ? g[0] : g[0].mul(alpha)};
        }
    }

    static final class SubBackward0 extends Node {
        private final double alpha;

        SubBackward0(double alpha) { this.alpha = alpha; }

        @Override public String name() { return "SubBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0], alpha == 1 ? g[0].neg() : g[0].mul(-alpha)};
        }
    }

    static final class RsubBackward1 extends Node {
        @Override public String name() { return "RsubBackward1"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].neg()};
        }
    }

    // ------------------------------------------------------------------ mul / div

    public static Tensor mul(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("mul", kw, "out");
        Tensor out = p.tensor("out");
        if (out != null) {
            InPlace.checkOut("mul", out, a, b);
            Elementwise.binaryInto(BinaryOp.MUL, a, b, Promotion.resultType(a, b), out, false);
            InPlace.bump(out);
            return out;
        }
        Tensor result = Elementwise.binary(BinaryOp.MUL, a, b, Promotion.resultType(a, b));
        if (History.needed(a, b)) History.record(new MulBackward0(a, b), result, a, b);
        return result;
    }

    public static Tensor mul_(Tensor a, Tensor b) {
        InPlace.check(a, b);
        if (InPlace.needsRecording(a, b)) return InPlace.recorded(a, old -> mul(old, b));
        Elementwise.binaryInto(BinaryOp.MUL, a, b, Promotion.resultType(a, b), a, true);
        InPlace.bump(a);
        return a;
    }

    static final class MulBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor other;

        MulBackward0(Tensor a, Tensor b) {
            this.other = a.requires_grad() ? save(b) : null;
            this.self = b.requires_grad() ? save(a) : null;
        }

        @Override public String name() { return "MulBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {
                other == null ? null : g[0].mul(other.unpack()),
                self == null ? null : g[0].mul(self.unpack())};
        }
    }

    public static Tensor div(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("div", kw, "rounding_mode", "out");
        String mode = p.string("rounding_mode", null);
        if (mode != null) return roundedDiv(a, b, mode, p.tensor("out"));
        DType dtype = Promotion.floatingOf(Promotion.resultType(a, b));
        Tensor out = p.tensor("out");
        if (out != null) {
            InPlace.checkOut("div", out, a, b);
            Elementwise.binaryInto(BinaryOp.DIV, a, b, dtype, out, false);
            InPlace.bump(out);
            return out;
        }
        Tensor result = Elementwise.binary(BinaryOp.DIV, a, b, dtype);
        if (History.needed(a, b)) History.record(new DivBackward0(a, b), result, a, b);
        return result;
    }

    public static Tensor div_(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("div_", kw, "rounding_mode");
        String mode = p.string("rounding_mode", null);
        InPlace.check(a, b);
        if (mode != null) {
            Tensor r = roundedDiv(a, b, mode, null);
            Elementwise.checkCast(r.dtype(), a.dtype());
            a.backend().copy(r.strided(), a.strided());
            InPlace.bump(a);
            return a;
        }
        if (InPlace.needsRecording(a, b)) return InPlace.recorded(a, old -> div(old, b));
        Elementwise.binaryInto(BinaryOp.DIV, a, b, Promotion.floatingOf(Promotion.resultType(a, b)), a, true);
        InPlace.bump(a);
        return a;
    }

    private static Tensor roundedDiv(Tensor a, Tensor b, String mode, Tensor out) {
        Tensor r;
        switch (mode) {
            case "floor": r = floorDivide(a, b); break;
            case "trunc": {
                DType dtype = Promotion.resultType(a, b);
                if (dtype.isFloatingPoint()) r = div(a, b).trunc();
                else {
                    checkIntegerDivisor(b);
                    Tensor q = Elementwise.binary(BinaryOp.DIV, a, b, dtype);
                    r = q;
                }
                break;
            }
            default: throw new RuntimeError("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" + mode + "'");
        }
        if (out != null) {
            Elementwise.prepareOutput(out, r.layout().shape(), false);
            out.backend().copy(r.strided(), out.strided());
            return out;
        }
        return r;
    }

    static final class DivBackward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor other;

        DivBackward0(Tensor a, Tensor b) {
            this.other = save(b);
            this.self = b.requires_grad() ? save(a) : null;
        }

        @Override public String name() { return "DivBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor o = other.unpack();
            Tensor ga = nextEdges()[0] == null ? null : g[0].div(o);
            Tensor gb = self == null ? null : g[0].neg().mul(self.unpack()).div(o.mul(o));
            return new Tensor[] {ga, gb};
        }
    }

    // ------------------------------------------------------------------ integer-style division

    public static Tensor floorDivide(Tensor a, Tensor b) {
        DType dtype = Promotion.resultType(a, b);
        if (!dtype.isFloatingPoint()) checkIntegerDivisor(b);
        return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, a, b, dtype);
    }

    public static Tensor remainder(Tensor a, Tensor b) {
        DType dtype = Promotion.resultType(a, b);
        if (!dtype.isFloatingPoint()) checkIntegerDivisor(b);
        return Elementwise.binary(BinaryOp.REMAINDER, a, b, dtype);
    }

    public static Tensor fmod(Tensor a, Tensor b) {
        DType dtype = Promotion.resultType(a, b);
        if (!dtype.isFloatingPoint()) checkIntegerDivisor(b);
        return Elementwise.binary(BinaryOp.FMOD, a, b, dtype);
    }

    private static void checkIntegerDivisor(Tensor b) {
        Tensor zeros = Elementwise.compare(torchtrek.backend.CompareOp.EQ, b, Tensor.wrap(0L));
        if (Reductions.reduceRaw(ReduceOp.ANY, zeros).item() != 0) throw new RuntimeError("ZeroDivisionError");
    }

    public static Tensor maximum(Tensor a, Tensor b) {
        Tensor result = Elementwise.binary(BinaryOp.MAXIMUM, a, b, Promotion.resultType(a, b));
        if (History.needed(a, b)) History.record(new MaxMinBackward(true, a, b), result, a, b);
        return result;
    }

    public static Tensor minimum(Tensor a, Tensor b) {
        Tensor result = Elementwise.binary(BinaryOp.MINIMUM, a, b, Promotion.resultType(a, b));
        if (History.needed(a, b)) History.record(new MaxMinBackward(false, a, b), result, a, b);
        return result;
    }

    /** maximum/minimum: the gradient goes to the larger (smaller) input, split evenly on ties. */
    static final class MaxMinBackward extends Node {
        private final boolean max;
        private final SavedTensor self;
        private final SavedTensor other;

        MaxMinBackward(boolean max, Tensor a, Tensor b) {
            this.max = max;
            this.self = save(a);
            this.other = save(b);
        }

        @Override public String name() { return max ? "MaximumBackward0" : "MinimumBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor a = self.unpack(), b = other.unpack();
            Tensor wins = max ? a.gt(b) : a.lt(b);
            Tensor ties = a.eq(b);
            Tensor share = wins.to(g[0].dtype()).add(ties.to(g[0].dtype()).mul(0.5));
            Tensor ga = g[0].mul(share);
            return new Tensor[] {ga, g[0].sub(ga)};
        }
    }

    public static Tensor atan2(Tensor a, Tensor b) {
        DType dtype = Promotion.floatingOf(Promotion.resultType(a, b));
        Tensor result = Elementwise.binary(BinaryOp.ATAN2, a, b, dtype);
        if (History.needed(a, b)) History.record(new Atan2Backward0(a, b), result, a, b);
        return result;
    }

    static final class Atan2Backward0 extends Node {
        private final SavedTensor self;
        private final SavedTensor other;

        Atan2Backward0(Tensor a, Tensor b) {
            this.self = save(a);
            this.other = save(b);
        }

        @Override public String name() { return "Atan2Backward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor y = self.unpack(), x = other.unpack();
            Tensor denom = x.mul(x).add(y.mul(y));
            return new Tensor[] {g[0].mul(x).div(denom), g[0].mul(y.neg()).div(denom)};
        }
    }

    /** {@code start + weight * (end - start)}, computed from whichever end is nearer, as PyTorch does. */
    public static Tensor lerp(Tensor start, Tensor end, double weight) {
        if (start.dtype() != end.dtype()) throw new RuntimeError("expected dtype " + start.dtype().scalarTypeName().toLowerCase()
            + " for `end` but got dtype " + end.dtype().scalarTypeName().toLowerCase());
        DType dtype = start.dtype();
        Tensor diff = Elementwise.binary(BinaryOp.SUB, end, start, dtype);
        Tensor result = weight < 0.5
            ? Elementwise.binary(BinaryOp.ADD, start, Elementwise.binary(BinaryOp.MUL, diff, Tensor.wrap(weight), dtype), dtype)
            : Elementwise.binary(BinaryOp.SUB, end, Elementwise.binary(BinaryOp.MUL, diff, Tensor.wrap(1 - weight), dtype), dtype);
        if (History.needed(start, end)) History.record(new LerpBackward0(weight), result, start, end);
        return result;
    }

    static final class LerpBackward0 extends Node {
        private final double weight;

        LerpBackward0(double weight) { this.weight = weight; }

        @Override public String name() { return "LerpBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].mul(1 - weight), g[0].mul(weight)};
        }
    }

    // ------------------------------------------------------------------ pow

    public static Tensor pow(Tensor base, Tensor exponent) {
        DType dtype = Promotion.resultType(base, exponent);
        checkIntegerPower(exponent, dtype);
        Tensor result = Elementwise.binary(BinaryOp.POW, base, exponent, dtype);
        if (History.needed(base, exponent)) {
            if (exponent.isWrappedNumber()) History.record(new PowBackward0(base, exponent.item()), result, base);
            else History.record(new PowBackward1(base, exponent, result), result, base, exponent);
        }
        return result;
    }

    public static Tensor pow_(Tensor base, Tensor exponent) {
        DType dtype = Promotion.resultType(base, exponent);
        checkIntegerPower(exponent, dtype);
        // pow_(Scalar) computes in the promoted dtype and, unlike other in-place ops, allows no cast back
        if (exponent.isWrappedNumber() && dtype != base.dtype()) {
            throw new RuntimeError("Found dtype " + base.dtype().scalarTypeName() + " but expected " + dtype.scalarTypeName());
        }
        InPlace.check(base, exponent);
        if (InPlace.needsRecording(base, exponent)) return InPlace.recorded(base, old -> pow(old, exponent));
        Elementwise.binaryInto(BinaryOp.POW, base, exponent, Promotion.resultType(base, exponent), base, true);
        InPlace.bump(base);
        return base;
    }

    private static void checkIntegerPower(Tensor exponent, DType dtype) {
        if (exponent.isWrappedNumber() && !exponent.dtype().isFloatingPoint() && !dtype.isFloatingPoint()
                && exponent.item() < 0) {
            throw new RuntimeError("Integers to negative integer powers are not allowed.");
        }
    }

    /** {@code torch.pow(scalar, x)}, Python's {@code scalar ** x}. */
    public static Tensor powScalarBase(Tensor base, Tensor exponent) {
        Tensor result = Elementwise.binary(BinaryOp.POW, base, exponent, Promotion.resultType(base, exponent));
        if (History.needed(exponent)) History.record(new PowBackward2(base.item(), result), result, exponent);
        return result;
    }

    static final class PowBackward0 extends Node {
        private final SavedTensor self;
        private final double exponent;

        PowBackward0(Tensor base, double exponent) {
            this.self = save(base);
            this.exponent = exponent;
        }

        @Override public String name() { return "PowBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack();
            if (exponent == 0) return new Tensor[] {Creation.zerosLike(g[0])};
            Tensor d = exponent == 2 ? x.mul(2.0) : x.pow(exponent - 1).mul(exponent);
            return new Tensor[] {g[0].mul(d)};
        }
    }

    static final class PowBackward1 extends Node {
        private final SavedTensor self;
        private final SavedTensor exponent;
        private final SavedTensor result;

        PowBackward1(Tensor base, Tensor exponent, Tensor result) {
            this.self = save(base);
            this.exponent = save(exponent);
            this.result = exponent.requires_grad() ? saveOutput(result) : null;
        }

        @Override public String name() { return "PowBackward1"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = self.unpack(), e = exponent.unpack();
            Tensor gx = nextEdges()[0] == null ? null
                : g[0].mul(e.mul(x.pow(e.sub(1L)))).masked_fill(e.eq(0L), 0.0);
            Tensor ge = null;
            if (result != null) {
                Tensor mask = x.eq(0L).logical_and(e.ge(0L));
                ge = g[0].mul(result.unpack().mul(x.log()).masked_fill(mask, 0.0));
            }
            return new Tensor[] {gx, ge};
        }
    }

    static final class PowBackward2 extends Node {
        private final double base;
        private final SavedTensor result;

        PowBackward2(double base, Tensor result) {
            this.base = base;
            this.result = saveOutput(result);
        }

        @Override public String name() { return "PowBackward2"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            if (base == 0) return new Tensor[] {Creation.zerosLike(g[0])};
            return new Tensor[] {g[0].mul(result.unpack()).mul(Math.log(base))};
        }
    }
}
