package torchtrek.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float formatting ({@code "{:.4f}"}, {@code "{:.4e}"}, {@code "{:.0f}"}): rounding is
 * exact and half-to-even on the binary value, unlike Java's {@code String.format}, and the
 * sign of negative zero and of negatives that round to zero is kept.
 */
public final class PyFormat {
    private PyFormat() {}

    /** {@code "{:.<precision>f}".format(v)}. */
    public static String fixed(double v, int precision) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String s = new BigDecimal(v).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (isNegative(v) && !s.startsWith("-")) s = "-" + s;
        return s;
    }

    /** {@code "{:.<precision>e}".format(v)}: mantissa with {@code precision} decimals, exponent at least two digits. */
    public static String scientific(double v, int precision) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String sign = isNegative(v) ? "-" : "";
        if (v == 0) return sign + "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
        BigDecimal rounded = new BigDecimal(Math.abs(v)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        if (digits.length() < precision + 1) digits = digits + "0".repeat(precision + 1 - digits.length());
        digits = digits.substring(0, precision + 1);
        String mantissa = precision > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        return sign + mantissa + "e" + exp;
    }

    private static boolean isNegative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    /** Left-pads with spaces to {@code width} (Python's right alignment of numbers). */
    public static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
