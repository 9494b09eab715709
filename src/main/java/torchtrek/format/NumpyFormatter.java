package torchtrek.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * NumPy's array printing ({@code numpy/core/arrayprint.py}): {@code str(a)} is
 * {@code [1. 2.]}, {@code repr(a)} is {@code array([1., 2.])}. Floats use the shortest digits
 * that round-trip, at most 8 after the point, padded so the points line up; scientific notation
 * when the magnitudes span more than 1000x or reach 1e8 or fall below 1e-4.
 */
public final class NumpyFormatter {
    private static final int LINE_WIDTH = 75;
    private static final int PRECISION = 8;

    private NumpyFormatter() {}

    public static String str(Tensor t) {
        if (t.layout().dim() == 0) return scalarStr(t);
        return body(t, " ", "[".length(), "");
    }

    public static String repr(Tensor t) {
        String dtypeSuffix = showsDtype(t) ? ", dtype=" + t.dtype().shortName() : "";
        if (t.layout().dim() == 0) return "array(" + scalarStr(t) + dtypeSuffix + ")";
        String prefix = "array(";
        return prefix + body(t, ", ", prefix.length() + 1, dtypeSuffix) + dtypeSuffix + ")";
    }

    private static boolean showsDtype(Tensor t) {
        DType d = t.dtype();
        if (t.numel() == 0) return true;
        return d != DType.FLOAT64 && d != DType.INT64 && d != DType.BOOL;
    }

    private static String scalarStr(Tensor t) {
        Storage s = t.storage();
        int pos = t.layout().offset();
        DType d = t.dtype();
        if (d == DType.BOOL) return s.getLong(pos) != 0 ? "True" : "False";
        if (!d.isFloatingPoint()) return Long.toString(s.getLong(pos));
        double v = s.getDouble(pos);
        return d == DType.FLOAT64 ? torchtrek.Python.floatRepr(v) : torchtrek.Python.floatRepr(Double.parseDouble(Float.toString((float) v)));
    }

    private static String body(Tensor t, String separator, int indent, String suffix) {
        if (t.numel() == 0) return "[]";
        Layout l = t.layout();
        List<Integer> positions = new ArrayList<>();
        collect(l, 0, l.offset(), positions);
        ElementFormat f = new ElementFormat(t, positions);
        StringBuilder sb = new StringBuilder();
        format(t, 0, l.offset(), indent, separator, f, sb, suffix);
        return sb.toString();
    }

    private static void collect(Layout l, int dim, int offset, List<Integer> out) {
        if (dim == l.dim()) {
            out.add(offset);
            return;
        }
        for (int i = 0; i < l.size(dim); i++) collect(l, dim + 1, offset + i * l.stride(dim), out);
    }

    private static void format(Tensor t, int dim, int offset, int indent, String sep, ElementFormat f, StringBuilder out,
                               String suffix) {
        Layout l = t.layout();
        int rest = l.dim() - dim;
        if (rest == 1) {
            String lineSep = sep.trim();
            out.append('[');
            int col = indent;
            for (int i = 0; i < l.size(dim); i++) {
                String word = f.format(offset + i * l.stride(dim));
                boolean last = i == l.size(dim) - 1;
                String piece = word + (last ? "]" : lineSep);
                int need = piece.length() + (last ? suffix.length() + (dim == 0 ? 1 : dim + 1) : 0);
                if (i > 0 && col + 1 + need > LINE_WIDTH) {
                    out.append('\n').append(" ".repeat(indent));
                    col = indent;
                } else if (i > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(piece);
                col += piece.length();
            }
            return;
        }
        out.append('[');
        for (int i = 0; i < l.size(dim); i++) {
            if (i > 0) {
                out.append(sep.trim()).append("\n".repeat(rest - 1)).append(" ".repeat(indent));
            }
            format(t, dim + 1, offset + i * l.stride(dim), indent + 1, sep, f, out, suffix);
        }
        out.append(']');
    }

    /** NumPy's FloatingFormat / IntegerFormat / BoolFormat for one array. */
    private static final class ElementFormat {
        private final Storage s;
        private final DType dtype;
        private boolean exp;
        private int padLeft;
        private int padRight;
        private int width;

        ElementFormat(Tensor t, List<Integer> positions) {
            this.s = t.storage();
            this.dtype = t.dtype();
            if (dtype == DType.BOOL) {
                boolean anyFalse = false;
                for (int p : positions) if (s.getLong(p) == 0) anyFalse = true;
                width = anyFalse ? 5 : 4;
                return;
            }
            if (!dtype.isFloatingPoint()) {
                for (int p : positions) width = Math.max(width, Long.toString(s.getLong(p)).length());
                return;
            }
            List<Double> finite = new ArrayList<>();
            boolean nonFinite = false, negInf = false;
            for (int p : positions) {
                double v = value(p);
                if (Double.isFinite(v)) finite.add(v);
                else {
                    nonFinite = true;
                    if (v == Double.NEGATIVE_INFINITY) negInf = true;
                }
            }
            double max = 0, min = Double.POSITIVE_INFINITY;
            for (double v : finite) {
                if (v == 0) continue;
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
            exp = max > 0 && (max >= 1e8 || min < 0.0001 || max / min > 1000.);
            if (!finite.isEmpty()) {
                for (double v : finite) {
                    String str = exp ? scientificUnique(v) : positional(v);
                    String mant = exp ? str.substring(0, str.indexOf('e')) : str;
                    int dot = mant.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    padRight = Math.max(padRight, mant.length() - dot - 1);
                }
            }
            if (nonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        private double value(int p) {
            double v = s.getDouble(p);
            // float32 values print with float32's own shortest digits
            if (dtype != DType.FLOAT64) return Double.parseDouble(Float.toString((float) v));
            return v;
        }

        String format(int p) {
            if (dtype == DType.BOOL) return PyFormat.padLeft(s.getLong(p) != 0 ? "True" : "False", width);
            if (!dtype.isFloatingPoint()) return PyFormat.padLeft(Long.toString(s.getLong(p)), width);
            double v = value(p);
            if (!Double.isFinite(v)) {
                String r = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
                return PyFormat.padLeft(r, padLeft + padRight + 1 + (exp ? 4 : 0));
            }
            if (exp) {
                String str = scientificUnique(v);
                int e = str.indexOf('e');
                String mant = str.substring(0, e);
                int dot = mant.indexOf('.');
                String frac = mant.substring(dot + 1);
                return PyFormat.padLeft(mant.substring(0, dot), padLeft) + "." + frac + "0".repeat(padRight - frac.length())
                    + str.substring(e);
            }
            String str = positional(v);
            int dot = str.indexOf('.');
            String frac = str.substring(dot + 1);
            return PyFormat.padLeft(str.substring(0, dot), padLeft) + "." + frac + " ".repeat(padRight - frac.length());
        }

        /** Shortest round-trip digits, at most 8 after the point, trailing zeros dropped but the point kept. */
        private static String positional(double v) {
            BigDecimal d = new BigDecimal(torchtrek.Python.floatRepr(v).replace("e", "E"));
            if (d.scale() > PRECISION) d = d.setScale(PRECISION, RoundingMode.HALF_EVEN);
            String plain = d.stripTrailingZeros().toPlainString();
            if (plain.equals("0") && (v < 0 || 1 / v < 0)) plain = "-0";
            if (!plain.contains(".")) plain = plain + ".";
            return plain;
        }

        private static String scientificUnique(double v) {
            BigDecimal d = new BigDecimal(torchtrek.Python.floatRepr(v).replace("e", "E")).stripTrailingZeros();
            String digits = d.unscaledValue().abs().toString();
            int exponent = digits.length() - 1 - d.scale();
            if (digits.length() > PRECISION + 1) {
                BigDecimal r = d.round(new java.math.MathContext(PRECISION + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
                digits = r.unscaledValue().abs().toString();
                exponent = digits.length() - 1 - r.scale();
            }
            String mant = digits.charAt(0) + "." + digits.substring(1);
            return (v < 0 ? "-" : "") + mant + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
    }
}
