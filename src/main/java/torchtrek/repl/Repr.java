package torchtrek.repl;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.StringJoiner;

import torchtrek.Python;
import torchtrek.Tensor;
import torchtrek.np;

/** How the REPL shows a value: as Python's REPL does (the repr), in Java's spelling where Java has its own literal. */
public final class Repr {
    private static final int SUMMARY_WIDTH = 60;

    private Repr() {}

    /**
     * The value's {@code repr()} when it has one (tensors, arrays, grad_fn nodes), a double as
     * Python prints a float (PyTorch's {@code item()} then reads the same in both), strings and
     * chars as Java literals, arrays element by element, anything else by {@code toString()}.
     */
    public static String of(Object value) {
        if (value == null) return "null";
        if (value instanceof Python.HasRepr r) return r.repr();
        if (value instanceof Double d) return Python.floatRepr(d);
        if (value instanceof String s) return '"' + escape(s, '"') + '"';
        if (value instanceof Character c) return "'" + escape(String.valueOf(c), '\'') + "'";
        if (value.getClass().isArray()) return array(value);
        if (value.getClass().isHidden()) return "<lambda>";   // not REPL.$JShell$30$$Lambda/0x...@73a19967
        return String.valueOf(value);
    }

    /**
     * A one-line description for {@code /vars} and declarations: shape and dtype for tensors and
     * arrays (their values may be large), else the value's repr, cut to one short line.
     */
    public static String summary(Object value) {
        if (value instanceof Tensor t) {
            StringBuilder sb = new StringBuilder(Arrays.toString(t.shape().toLongArray()))
                .append(' ').append(t.dtype().shortName());
            if (!t.device().toString().equals("cpu")) sb.append(' ').append(t.device());
            if (t.requires_grad()) sb.append(t.grad_fn() == null ? " requires_grad" : " grad_fn=" + t.grad_fn().name());
            return sb.toString();
        }
        if (value instanceof np.ndarray a) return a.shape() + " " + a.dtype();
        String repr = of(value).strip();
        int newline = repr.indexOf('\n');
        if (newline >= 0) repr = repr.substring(0, newline) + " ...";
        return repr.length() <= SUMMARY_WIDTH ? repr : repr.substring(0, SUMMARY_WIDTH - 3) + "...";
    }

    /** Whether {@link #summary} describes the value (a tensor or an array) rather than showing it. */
    public static boolean hasShape(Object value) {
        return value instanceof Tensor || value instanceof np.ndarray;
    }

    private static String array(Object array) {
        StringJoiner j = new StringJoiner(", ", "{ ", " }").setEmptyValue("{}");
        for (int i = 0, n = Array.getLength(array); i < n; i++) j.add(of(Array.get(array, i)));
        return j.toString();
    }

    private static String escape(String s, char quote) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c == quote) sb.append('\\');
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
