package torchtrek.course;

import java.util.List;

/** How feedback writes shapes, positions, numbers and expressions. */
final class Phrases {
    private Phrases() {}

    /** {@code `t`} for a variable, {@code `x.grad()`} for an expression. */
    static String code(String expression) {
        return "`" + expression + "`";
    }

    /** A shape as Python writes a tuple: {@code ()}, {@code (5,)}, {@code (3, 4)}. */
    static String shape(long[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? ", " : "").append(shape[i]);
        return sb.append(')').toString();
    }

    static String shape(List<Long> shape) {
        return shape(shape.stream().mapToLong(Long::longValue).toArray());
    }

    /** The position of flat element {@code flat} in a tensor of {@code shape}: " at [1, 2]", or "" for a scalar. */
    static String at(long[] shape, int flat) {
        if (shape.length == 0) return "";
        long[] index = new long[shape.length];
        long rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = shape[d] == 0 ? 0 : rest % shape[d];
            rest = shape[d] == 0 ? 0 : rest / shape[d];
        }
        StringBuilder sb = new StringBuilder(" at [");
        for (int d = 0; d < index.length; d++) sb.append(d > 0 ? ", " : "").append(index[d]);
        return sb.append(']').toString();
    }

    /** An element as the tensor's dtype prints it: {@code 4} for integers, {@code 4.5} or {@code 4.} style for floats. */
    static String element(double v, boolean floating) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (!floating) return Long.toString((long) v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v + ".";
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        return s.contains(".") ? s.replaceAll("0+$", "") : s;
    }

    /** "twice", "3 times", "half" for a ratio. */
    static String times(double k) {
        if (k == 2) return "twice";
        if (k == 0.5) return "half";
        if (k == -1) return "minus";
        return (k == Math.rint(k) ? Long.toString((long) k) : element(k, true)) + " times";
    }

    /** Whether {@code s} is a plain Java identifier (a variable name rather than an expression). */
    static boolean isName(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) if (!Character.isJavaIdentifierPart(s.charAt(i))) return false;
        return true;
    }
}
