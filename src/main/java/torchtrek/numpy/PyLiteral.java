package torchtrek.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser for the Python literals of an {@code .npy} header, what NumPy reads with
 * {@code ast.literal_eval}: dicts, tuples, lists, strings, integers (any size), floats,
 * {@code True}, {@code False} and {@code None}. It only builds values, never evaluates code,
 * and bounds nesting, so a hostile header can do nothing but fail to parse.
 *
 * <p>Values: {@link Map} (insertion-ordered), {@link PyTuple}, {@link List}, {@link String},
 * {@link BigInteger}, {@link Double}, {@link Boolean}, and {@code null} for None.
 */
final class PyLiteral {
    private static final int MAX_DEPTH = 64;

    /** A Python tuple (distinct from a list, as the header's shape must be a tuple). */
    record PyTuple(List<Object> items) {}

    /** The text is not a Python literal (NumPy: "Cannot parse header"). */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private final String s;
    private final boolean allowLongSuffix;
    private int pos;

    private PyLiteral(String s, boolean allowLongSuffix) {
        this.s = s;
        this.allowLongSuffix = allowLongSuffix;
    }

    /**
     * Parses one literal filling the whole text (surrounding whitespace allowed).
     * {@code allowLongSuffix} accepts Python 2's {@code 3L} integers, as NumPy does for
     * format 1.0 and 2.0 headers.
     */
    static Object parse(String text, boolean allowLongSuffix) throws SyntaxError {
        PyLiteral p = new PyLiteral(text, allowLongSuffix);
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) throw p.error("unexpected text after the literal");
        return v;
    }

    private SyntaxError error(String what) {
        return new SyntaxError(what + " at position " + pos);
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') pos++;
            else if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') pos += 2;
            else break;
        }
    }

    private boolean take(char c) {
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Object value(int depth) throws SyntaxError {
        if (depth > MAX_DEPTH) throw error("too deeply nested");
        skipSpace();
        if (pos >= s.length()) throw error("unexpected end");
        char c = s.charAt(pos);
        if (c == '{') return dict(depth);
        if (c == '[') {
            pos++;
            return sequence(']', depth).items();
        }
        if (c == '(') {
            pos++;
            return parenthesized(depth);
        }
        if (c == '\'' || c == '"') return string();
        if ((c == 'u' || c == 'U') && pos + 1 < s.length() && (s.charAt(pos + 1) == '\'' || s.charAt(pos + 1) == '"')) {
            pos++;
            return string();
        }
        if (c == '-' || c == '+') {
            pos++;
            Object operand = value(depth + 1);
            if (operand instanceof BigInteger i) return c == '-' ? i.negate() : i;
            if (operand instanceof Double d) return c == '-' ? -d : d;
            throw error("a sign applies only to numbers");
        }
        if (Character.isDigit(c) || c == '.') return number();
        String word = word();
        switch (word) {
            case "True": return Boolean.TRUE;
            case "False": return Boolean.FALSE;
            case "None": return null;
            default: throw error(word.isEmpty() ? "unexpected character '" + c + "'" : "name '" + word + "' is not a literal");
        }
    }

    private String word() {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
        return s.substring(start, pos);
    }

    private Map<Object, Object> dict(int depth) throws SyntaxError {
        pos++;
        Map<Object, Object> m = new LinkedHashMap<>();
        while (!take('}')) {
            Object key = value(depth + 1);
            if (key instanceof List<?> || key instanceof Map<?, ?>) throw error("unhashable dict key");
            if (!take(':')) throw error("expected ':'");
            m.put(key, value(depth + 1));
            if (!take(',')) {
                if (!take('}')) throw error("expected ',' or '}'");
                break;
            }
        }
        return m;
    }

    /** After '(': a tuple, or the single parenthesized value when there is no comma. */
    private Object parenthesized(int depth) throws SyntaxError {
        if (take(')')) return new PyTuple(List.of());
        Object first = value(depth + 1);
        if (take(')')) return first;
        if (!take(',')) throw error("expected ',' or ')'");
        List<Object> items = new ArrayList<>();
        items.add(first);
        items.addAll(sequence(')', depth).items());
        return new PyTuple(items);
    }

    private PyTuple sequence(char close, int depth) throws SyntaxError {
        List<Object> items = new ArrayList<>();
        while (!take(close)) {
            items.add(value(depth + 1));
            if (!take(',')) {
                if (!take(close)) throw error("expected ',' or '" + close + "'");
                break;
            }
        }
        return new PyTuple(items);
    }

    private Object number() throws SyntaxError {
        int start = pos;
        if (s.startsWith("0x", pos) || s.startsWith("0X", pos)) return radix(16, start);
        if (s.startsWith("0o", pos) || s.startsWith("0O", pos)) return radix(8, start);
        if (s.startsWith("0b", pos) || s.startsWith("0B", pos)) return radix(2, start);
        boolean isFloat = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isDigit(c) || c == '_') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                pos++;
                if ((c == 'e' || c == 'E') && pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
            } else {
                break;
            }
        }
        String text = s.substring(start, pos).replace("_", "");
        try {
            if (isFloat) return Double.parseDouble(text);
            if (text.length() > 1 && text.startsWith("0") && !text.matches("0+")) throw error("leading zeros in an integer");
            BigInteger v = new BigInteger(text);
            if (allowLongSuffix && pos < s.length() && s.charAt(pos) == 'L') pos++;
            return v;
        } catch (NumberFormatException e) {
            throw error("invalid number '" + text + "'");
        }
    }

    private BigInteger radix(int radix, int start) throws SyntaxError {
        pos += 2;
        int digits = pos;
        while (pos < s.length() && (Character.digit(s.charAt(pos), radix) >= 0 || s.charAt(pos) == '_')) pos++;
        String text = s.substring(digits, pos).replace("_", "");
        if (text.isEmpty()) throw error("invalid number '" + s.substring(start, pos) + "'");
        return new BigInteger(text, radix);
    }

    private String string() throws SyntaxError {
        char quote = s.charAt(pos);
        boolean triple = s.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw error("unterminated string");
            char c = s.charAt(pos);
            if (c == quote && (!triple || s.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                return b.toString();
            }
            if (c == '\n' && !triple) throw error("end of line in a string");
            pos++;
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= s.length()) throw error("unterminated string");
            char e = s.charAt(pos++);
            switch (e) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case '0': b.append('\0'); break;
                case '\n': break;
                case 'x': b.append((char) hex(2)); break;
                case 'u': b.append((char) hex(4)); break;
                case 'U': b.appendCodePoint(hex(8)); break;
                case '\\': case '\'': case '"': b.append(e); break;
                default: b.append('\\').append(e);
            }
        }
    }

    private int hex(int n) throws SyntaxError {
        if (pos + n > s.length()) throw error("truncated escape");
        try {
            int v = Integer.parseUnsignedInt(s.substring(pos, pos + n), 16);
            if (v > Character.MAX_CODE_POINT) throw error("illegal Unicode character");
            pos += n;
            return v;
        } catch (NumberFormatException e) {
            throw error("invalid escape");
        }
    }
}
