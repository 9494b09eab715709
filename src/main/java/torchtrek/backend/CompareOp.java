package torchtrek.backend;

/** Elementwise comparisons; results are bool tensors. NaN compares unequal to everything. */
public enum CompareOp {
    EQ { public boolean test(double a, double b) { return a == b; } public boolean testLong(long a, long b) { return a == b; } },
    NE { public boolean test(double a, double b) { return a != b; } public boolean testLong(long a, long b) { return a != b; } },
    LT { public boolean test(double a, double b) { return a < b; } public boolean testLong(long a, long b) { return a < b; } },
    LE { public boolean test(double a, double b) { return a <= b; } public boolean testLong(long a, long b) { return a <= b; } },
    GT { public boolean test(double a, double b) { return a > b; } public boolean testLong(long a, long b) { return a > b; } },
    GE { public boolean test(double a, double b) { return a >= b; } public boolean testLong(long a, long b) { return a >= b; } };

    public abstract boolean test(double a, double b);

    public abstract boolean testLong(long a, long b);
}
