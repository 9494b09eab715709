package torchtrek.numpy;

import torchtrek.numpy.Dragon4.Options;
import torchtrek.numpy.Dragon4.Trim;
import torchtrek.tensor.DType;
import torchtrek.tensor.Storage;

/**
 * {@code str()} of a NumPy scalar ({@code np.float64(0.5)}, {@code np.int64(3)}, {@code np.True_}),
 * which is also how a 0-d array prints: the shortest digits that identify the value, positional
 * from 1e-4 up to 1e16 ({@code 0.1}, {@code 1.0}) and scientific outside ({@code 1e-05}, {@code 1e+16}).
 */
public final class ScalarFormat {
    private ScalarFormat() {}

    /** The element at {@code position} of {@code s} as NumPy's scalar {@code str} shows it. */
    public static String str(Storage s, int position) {
        DType d = s.dtype();
        if (d == DType.BOOL) return s.getLong(position) != 0 ? "True" : "False";
        if (!d.isFloatingPoint()) return Long.toString(s.getLong(position));
        return floatStr(s.getDouble(position), d);
    }

    /** A float of dtype {@code d} as {@code str(np.float64(v))} (or float32/float16) gives it. */
    public static String floatStr(double v, DType d) {
        double abs = Math.abs(v);
        if (abs == 0 || (abs >= 1e-4 && abs < 1e16) || Double.isNaN(v)) {
            return Dragon4.positional(v, d, Options.positional(-1, -1, true, Trim.LEAVE_ONE_ZERO, -1, -1));
        }
        return Dragon4.scientific(v, d, Options.scientific(-1, -1, true, Trim.DPT_ZEROS, -1, -1));
    }
}
