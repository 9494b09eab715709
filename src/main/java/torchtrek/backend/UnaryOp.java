package torchtrek.backend;

/**
 * Elementwise functions of one argument. {@link #apply(double)} is the reference definition
 * (float32 kernels compute in float and round, as PyTorch's do); {@link #applyLong} is the
 * integer version where the op keeps integer dtypes.
 */
public enum UnaryOp {
    NEG { public double apply(double x) { return -x; } public long applyLong(long x) { return -x; } },
    ABS { public double apply(double x) { return Math.abs(x); } public long applyLong(long x) { return Math.abs(x); } },
    SIGN {
        /** (0 < x) - (x < 0): 0 for nan and for -0.0, as PyTorch. */
        public double apply(double x) { return (x > 0 ? 1 : 0) - (x < 0 ? 1 : 0); }
        public long applyLong(long x) { return Long.signum(x); }
    },
    EXP { public double apply(double x) { return Math.exp(x); } },
    EXP2 { public double apply(double x) { return Math.pow(2, x); } },
    EXPM1 { public double apply(double x) { return Math.expm1(x); } },
    LOG { public double apply(double x) { return Math.log(x); } },
    LOG2 { public double apply(double x) { return Math.log(x) / Math.log(2); } },
    LOG10 { public double apply(double x) { return Math.log10(x); } },
    LOG1P { public double apply(double x) { return Math.log1p(x); } },
    SQRT { public double apply(double x) { return Math.sqrt(x); } },
    RSQRT { public double apply(double x) { return 1 / Math.sqrt(x); } },
    SIN { public double apply(double x) { return Math.sin(x); } },
    COS { public double apply(double x) { return Math.cos(x); } },
    TAN { public double apply(double x) { return Math.tan(x); } },
    ASIN { public double apply(double x) { return Math.asin(x); } },
    ACOS { public double apply(double x) { return Math.acos(x); } },
    ATAN { public double apply(double x) { return Math.atan(x); } },
    SINH { public double apply(double x) { return Math.sinh(x); } },
    COSH { public double apply(double x) { return Math.cosh(x); } },
    TANH { public double apply(double x) { return Math.tanh(x); } },
    SIGMOID {
        public double apply(double x) { return 1 / (1 + Math.exp(-x)); }
        /** In float, as PyTorch's kernel: exp(100) overflows, so sigmoid(-100) is 0, not 3.8e-44. */
        public float applyFloat(float x) { return 1f / (1f + (float) Math.exp(-x)); }
    },
    RELU {
        /** Negatives become 0; nan and -0.0 pass through (clamp_min(x, 0), as PyTorch). */
        public double apply(double x) { return x < 0 ? 0 : x; }
        public long applyLong(long x) { return Math.max(x, 0); }
    },
    RECIPROCAL { public double apply(double x) { return 1 / x; } },
    FLOOR { public double apply(double x) { return Math.floor(x); } public long applyLong(long x) { return x; } },
    CEIL { public double apply(double x) { return Math.ceil(x); } public long applyLong(long x) { return x; } },
    /** Round half to even, as torch.round does. */
    ROUND { public double apply(double x) { return Math.rint(x); } public long applyLong(long x) { return x; } },
    TRUNC { public double apply(double x) { return x < 0 ? Math.ceil(x) : Math.floor(x); } public long applyLong(long x) { return x; } },
    FRAC { public double apply(double x) { return x - (x < 0 ? Math.ceil(x) : Math.floor(x)); } },
    ERF { public double apply(double x) { return Erf.erf(x); } },
    SQUARE { public double apply(double x) { return x * x; } public long applyLong(long x) { return x * x; } },
    LOGICAL_NOT {
        public double apply(double x) { return x == 0 ? 1 : 0; }
        public long applyLong(long x) { return x == 0 ? 1 : 0; }
    },
    BITWISE_NOT {
        public double apply(double x) { throw new UnsupportedOperationException("bitwise_not of a float"); }
        public long applyLong(long x) { return ~x; }
    };

    public abstract double apply(double x);

    /** The op on a float32 (or narrower) value, where PyTorch computes in float. */
    public float applyFloat(float x) {
        return (float) apply(x);
    }

    /** The op on integers, for ops that keep integer dtypes (neg, abs, sign...). */
    public long applyLong(long x) {
        return (long) apply(x);
    }

    /** Whether an integer input keeps its dtype (otherwise it is promoted to the default float dtype first). */
    public boolean keepsIntegers() {
        switch (this) {
            case NEG: case ABS: case SIGN: case RELU: case FLOOR: case CEIL: case ROUND: case TRUNC: case SQUARE:
            case LOGICAL_NOT: case BITWISE_NOT:
                return true;
            default:
                return false;
        }
    }
}
