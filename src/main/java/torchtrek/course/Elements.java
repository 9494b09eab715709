package torchtrek.course;

/** Element-by-element comparisons of two tensors of one shape, and the patterns a mistake leaves. */
final class Elements {
    private Elements() {}

    /** The first element where {@code actual} is not close to {@code expected}, or -1. */
    static int firstDifference(double[] actual, double[] expected, Check.Tolerance tol) {
        for (int i = 0; i < expected.length; i++) if (!tol.close(actual[i], expected[i])) return i;
        return -1;
    }

    /** The k for which actual == k * expected everywhere (k not 1 or 0), or NaN. */
    static double constantRatio(double[] actual, double[] expected, Check.Tolerance tol) {
        double k = Double.NaN;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == 0) {
                if (actual[i] != 0) return Double.NaN;
                continue;
            }
            double r = actual[i] / expected[i];
            if (Double.isNaN(k)) k = Math.rint(r * 1e6) / 1e6;
            if (!tol.close(actual[i], k * expected[i])) return Double.NaN;
        }
        return k == 1 || k == 0 ? Double.NaN : k;
    }

    /** Whether a square matrix {@code actual} is {@code expected} with rows and columns swapped (and not symmetric). */
    static boolean transposed(double[] actual, double[] expected, long[] shape, Check.Tolerance tol) {
        if (shape.length != 2 || shape[0] != shape[1]) return false;
        int n = (int) shape[0];
        boolean symmetric = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!tol.close(actual[j * n + i], expected[i * n + j])) return false;
                if (!tol.close(expected[j * n + i], expected[i * n + j])) symmetric = false;
            }
        }
        return !symmetric;
    }

    /** Whether every element is the same number. */
    static boolean constant(double[] data) {
        for (double v : data) if (Double.compare(v, data[0]) != 0) return false;
        return data.length > 1;
    }

    /** The index of the first NaN, or -1. */
    static int firstNaN(double[] data) {
        for (int i = 0; i < data.length; i++) if (Double.isNaN(data[i])) return i;
        return -1;
    }
}
