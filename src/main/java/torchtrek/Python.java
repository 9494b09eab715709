package torchtrek;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import torchtrek.tensor.Device;

/**
 * How Python would show a value: {@code repr} of numbers, booleans, strings, lists and tuples,
 * so that what TorchTrek prints reads like what PyTorch prints.
 */
public final class Python {
    private Python() {}

    /** Python's {@code repr()} of a value; objects with their own {@code repr()} use it. */
    public static String repr(Object value) {
        if (value == null) return "None";
        if (value instanceof Boolean b) return b ? "True" : "False";
        if (value instanceof Double d) return floatRepr(d);
        if (value instanceof Float f) return floatRepr(f.doubleValue());
        if (value instanceof CharSequence s) return "'" + s + "'";
        if (value instanceof Tuple<?> t) return t.toString();
        if (value instanceof Size s) return s.toString();
        if (value instanceof Device d) return d.repr();
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(list.get(i)));
            }
            return sb.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (value instanceof HasRepr r) return r.repr();
        return String.valueOf(value);
    }

    /** Values whose Python repr differs from their {@code toString()} (Python's str). */
    public interface HasRepr {
        String repr();
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip, in fixed notation for
     * exponents from -4 to 15 and scientific ({@code 1e-05}, {@code 1.5e+16}) outside.
     */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        // Double.toString gives the shortest round-tripping digits (JDK 19+); reformat them Python's way
        BigDecimal shortest = new BigDecimal(Double.toString(v));
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();   // decimal exponent of the first digit
        digits = digits.replaceAll("0+$", "");
        if (digits.isEmpty()) digits = "0";
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }
}
