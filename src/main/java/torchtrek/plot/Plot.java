package torchtrek.plot;

import java.util.Locale;
import java.util.function.Function;

import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.torch;

/**
 * Terminal plots for the lessons: a function and its tangent line at a point, drawn in braille.
 * The slope comes from autograd, so the plot shows what {@code backward()} computes.
 */
public final class Plot {
    private static final int COLUMNS = 48;
    private static final int ROWS = 12;

    private Plot() {}

    /**
     * {@code f} over [{@code from}, {@code to}] (solid) and its tangent at {@code x0} (dashed),
     * with {@code name} (such as "3x²") in the legend. {@code f} is written with tensor
     * operations ({@code x -> x.pow(2).mul(3)}) so autograd can differentiate it.
     */
    public static String tangent(String name, Function<Tensor, Tensor> f, double x0, double from, double to) {
        if (!(from < to)) throw new torchtrek.errors.ValueError("plot range must have from < to, got [" + from + ", " + to + "]");
        Tensor x = torch.tensor(x0, Kwargs.dtype(torch.float64), Kwargs.requires_grad(true));
        Tensor y = f.apply(x);
        y.backward();
        double slope = x.grad().item();
        double y0 = y.item();
        Braille canvas = new Braille(COLUMNS, ROWS);
        int n = canvas.dotsWide();
        double[] xs = new double[n];
        double[] ys;
        for (int i = 0; i < n; i++) xs[i] = from + (to - from) * i / (n - 1);
        try (var off = torch.no_grad()) {
            ys = f.apply(torch.tensor(xs, Kwargs.dtype(torch.float64))).toDoubleArray();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : ys) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (hi - lo < 1e-12) {
            lo -= 1;
            hi += 1;
        }
        double low = lo;
        double high = hi;
        Function<Double, Integer> row = v -> (int) Math.round((high - v) / (high - low) * (canvas.dotsHigh() - 1));
        for (int i = 1; i < n; i++) canvas.line(i - 1, row.apply(ys[i - 1]), i, row.apply(ys[i]), false);
        canvas.line(0, row.apply(y0 + slope * (from - x0)), n - 1, row.apply(y0 + slope * (to - x0)), true);
        return frame(canvas, low, high, from, to) + String.format(Locale.ROOT,
            "  solid: y = %s    dashed: tangent at x = %s, slope %s%n", name, number(x0), number(slope));
    }

    private static String frame(Braille canvas, double lo, double hi, double from, double to) {
        String top = number(hi);
        String bottom = number(lo);
        int margin = Math.max(top.length(), bottom.length());
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < canvas.rows(); r++) {
            String label = r == 0 ? top : r == canvas.rows() - 1 ? bottom : "";
            sb.append(" ".repeat(margin - label.length())).append(label).append(label.isEmpty() ? " │" : " ┤")
                .append(canvas.row(r)).append('\n');
        }
        sb.append(" ".repeat(margin)).append(" └").append("─".repeat(COLUMNS)).append('\n');
        String left = number(from);
        String right = number(to);
        sb.append(" ".repeat(margin + 2)).append(left)
            .append(" ".repeat(Math.max(1, COLUMNS - left.length() - right.length()))).append(right).append('\n');
        return sb.toString();
    }

    /** A number as the plot labels it: at most 4 significant decimals, no trailing zeros. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
