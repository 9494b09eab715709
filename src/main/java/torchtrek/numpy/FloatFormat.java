package torchtrek.numpy;

import torchtrek.numpy.Dragon4.Options;
import torchtrek.numpy.Dragon4.Trim;
import torchtrek.tensor.DType;

/**
 * NumPy's {@code FloatingFormat} with the default print options (precision 8, floatmode
 * "maxprec", no suppression): one pass over the values decides between positional and
 * scientific notation and the padding that lines the decimal points up; then each value is
 * formatted with those choices.
 */
final class FloatFormat {
    private static final int PRECISION = 8;

    private final DType dtype;
    private boolean exponential;
    private int padLeft;
    private int padRight;
    private int precision = PRECISION;
    private int minDigits = -1;
    private Trim trim = Trim.ZEROS;
    private int expSize = -1;

    /** Chooses the format for {@code values} (the elements that will be shown) of {@code dtype}. */
    FloatFormat(double[] values, DType dtype) {
        this.dtype = dtype;
        int finite = 0;
        boolean negativeInfinity = false;
        double maxAbs = 0, minAbs = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                negativeInfinity |= v == Double.NEGATIVE_INFINITY;
                continue;
            }
            finite++;
            if (v == 0) continue;
            maxAbs = Math.max(maxAbs, Math.abs(v));
            minAbs = Math.min(minAbs, Math.abs(v));
        }
        // NumPy compares scalars of the dtype with Python floats exactly, but divides in the dtype
        exponential = minAbs != Double.POSITIVE_INFINITY
            && (maxAbs >= 1e8 || minAbs < 0.0001 || ratio(maxAbs, minAbs) > 1000.);
        if (finite == 0) {
            padLeft = 0;
            padRight = 0;
        } else if (exponential) {
            int maxFraction = 0, maxExp = 0;
            for (double v : values) {
                if (!Double.isFinite(v)) continue;
                String s = Dragon4.scientific(v, dtype, Options.scientific(PRECISION, -1, true, Trim.ZEROS, -1, -1));
                int e = s.indexOf('e');
                int dot = s.indexOf('.');
                padLeft = Math.max(padLeft, dot);
                maxFraction = Math.max(maxFraction, e - dot - 1);
                maxExp = Math.max(maxExp, s.length() - e - 1);
            }
            expSize = maxExp - 1;
            trim = Trim.NONE;
            precision = maxFraction;
            minDigits = maxFraction;
            padRight = expSize + 2 + precision;
        } else {
            for (double v : values) {
                if (!Double.isFinite(v)) continue;
                String s = Dragon4.positional(v, dtype, Options.positional(PRECISION, -1, true, Trim.ZEROS, -1, -1));
                int dot = s.indexOf('.');
                padLeft = Math.max(padLeft, dot);
                padRight = Math.max(padRight, s.length() - dot - 1);
            }
            minDigits = 0;
        }
        if (finite != values.length) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset));
        }
    }

    /** max / min as NumPy divides two scalars of the dtype (float16 goes through float32). */
    private double ratio(double max, double min) {
        if (dtype == DType.FLOAT64) return max / min;
        float q = (float) max / (float) min;
        return dtype == DType.FLOAT16 ? Float.float16ToFloat(Float.floatToFloat16(q)) : q;
    }

    String format(double v) {
        if (!Double.isFinite(v)) {
            String r = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
            int width = padLeft + padRight + 1;
            return r.length() >= width ? r : " ".repeat(width - r.length()) + r;
        }
        if (exponential) {
            return Dragon4.scientific(v, dtype, Options.scientific(precision, minDigits, true, trim, padLeft, expSize));
        }
        return Dragon4.positional(v, dtype, Options.positional(precision, minDigits, true, trim, padLeft, padRight));
    }
}
