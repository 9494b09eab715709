package torchtrek.backend;

/**
 * Elementwise functions of two arguments, defined as PyTorch defines them: {@code DIV} is
 * true division, {@code FLOOR_DIVIDE} and {@code REMAINDER} follow Python's sign rules.
 */
public enum BinaryOp {
    ADD { public double apply(double a, double b) { return a + b; } public long applyLong(long a, long b) { return a + b; } },
    SUB { public double apply(double a, double b) { return a - b; } public long applyLong(long a, long b) { return a - b; } },
    MUL { public double apply(double a, double b) { return a * b; } public long applyLong(long a, long b) { return a * b; } },
    DIV { public double apply(double a, double b) { return a / b; } public long applyLong(long a, long b) { return a / b; } },
    FLOOR_DIVIDE {
        public double apply(double a, double b) {
            if (b == 0) return a / b;
            double mod = a % b;
            double div = (a - mod) / b;
            if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
            if (div == 0) return Math.copySign(0, a / b);
            double floor = Math.floor(div);
            return div - floor > 0.5 ? floor + 1 : floor;
        }
        public long applyLong(long a, long b) { return Math.floorDiv(a, b); }
    },
    REMAINDER {
        public double apply(double a, double b) {
            double m = a % b;
            return m != 0 && (m < 0) != (b < 0) ? m + b : m;
        }
        public long applyLong(long a, long b) { return Math.floorMod(a, b); }
    },
    FMOD { public double apply(double a, double b) { return a % b; } public long applyLong(long a, long b) { return a % b; } },
    POW {
        public double apply(double a, double b) { return Math.pow(a, b); }
        public long applyLong(long a, long b) {
            if (b < 0) return a == 1 ? 1 : a == -1 ? ((b & 1) == 0 ? 1 : -1) : 0;
            long result = 1;
            long base = a;
            while (b > 0) {
                if ((b & 1) != 0) result *= base;
                base *= base;
                b >>= 1;
            }
            return result;
        }
    },
    MAXIMUM {
        /** nan wins; otherwise a unless b is larger (so maximum(-0.0, 0.0) is -0.0, as std::max). */
        public double apply(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a < b ? b : a; }
        public long applyLong(long a, long b) { return Math.max(a, b); }
    },
    MINIMUM {
        public double apply(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : b < a ? b : a; }
        public long applyLong(long a, long b) { return Math.min(a, b); }
    },
    ATAN2 { public double apply(double a, double b) { return Math.atan2(a, b); } },
    LOGICAL_AND {
        public double apply(double a, double b) { return a != 0 && b != 0 ? 1 : 0; }
        public long applyLong(long a, long b) { return a != 0 && b != 0 ? 1 : 0; }
    },
    LOGICAL_OR {
        public double apply(double a, double b) { return a != 0 || b != 0 ? 1 : 0; }
        public long applyLong(long a, long b) { return a != 0 || b != 0 ? 1 : 0; }
    },
    LOGICAL_XOR {
        public double apply(double a, double b) { return (a != 0) != (b != 0) ? 1 : 0; }
        public long applyLong(long a, long b) { return (a != 0) != (b != 0) ? 1 : 0; }
    },
    BITWISE_AND {
        public double apply(double a, double b) { throw new UnsupportedOperationException("bitwise and of floats"); }
        public long applyLong(long a, long b) { return a & b; }
    },
    BITWISE_OR {
        public double apply(double a, double b) { throw new UnsupportedOperationException("bitwise or of floats"); }
        public long applyLong(long a, long b) { return a | b; }
    },
    BITWISE_XOR {
        public double apply(double a, double b) { throw new UnsupportedOperationException("bitwise xor of floats"); }
        public long applyLong(long a, long b) { return a ^ b; }
    };

    public abstract double apply(double a, double b);

    public long applyLong(long a, long b) {
        return (long) apply(a, b);
    }
}
