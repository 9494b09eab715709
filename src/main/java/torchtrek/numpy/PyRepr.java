package torchtrek.numpy;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code repr} of the literal values found in {@code .npy} headers (strings, ints,
 * bools, None, floats, tuples, lists, dicts), so that error messages quote a header as NumPy
 * quotes it, and of shapes ({@code (3,)}, {@code (2, 3)}).
 */
final class PyRepr {
    private PyRepr() {}

    /** A shape as a Python tuple. */
    static String tuple(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) b.append(i > 0 ? ", " : "").append(shape[i]);
        return b.append(')').toString();
    }

    /** {@code repr(value)} for the values {@link PyLiteral} produces. */
    static String of(Object value) {
        if (value == null) return "None";
        if (value instanceof Boolean b) return b ? "True" : "False";
        if (value instanceof String s) return string(s);
        if (value instanceof Double d) return torchtrek.Python.floatRepr(d);
        if (value instanceof PyLiteral.PyTuple t) {
            if (t.items().size() == 1) return "(" + of(t.items().get(0)) + ",)";
            return join("(", t.items(), ")");
        }
        if (value instanceof List<?> l) return join("[", l, "]");
        if (value instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ", ").append(of(e.getKey())).append(": ").append(of(e.getValue()));
                first = false;
            }
            return b.append('}').toString();
        }
        return String.valueOf(value);
    }

    private static String join(String open, List<?> items, String close) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) b.append(i > 0 ? ", " : "").append(of(items.get(i)));
        return b.append(close).toString();
    }

    /** Python's {@code repr(str)}: single quotes unless the text holds ' and no ", with escapes. */
    static String string(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xAD) b.append(String.format("\\x%02x", c));
            else if (!printable(c)) b.append(c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            else b.appendCodePoint(c);
        });
        return b.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one code point, close enough for header text. */
    private static boolean printable(int c) {
        int type = Character.getType(c);
        return !(type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.FORMAT
            || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && c != ' '));
    }
}
