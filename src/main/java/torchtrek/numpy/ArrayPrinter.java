package torchtrek.numpy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import torchtrek.Tensor;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * NumPy 1.24's array printing ({@code numpy/core/arrayprint.py}) with the default options:
 * {@code str(a)} is {@code [1. 2.]}, {@code repr(a)} is {@code array([1., 2.])}; lines wrap at
 * 75 columns, arrays of more than 1000 elements show their first and last 3 items per axis
 * around "...", and the repr names the dtype unless it is float64, int64 or bool.
 */
public final class ArrayPrinter {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    private ArrayPrinter() {}

    /** {@code str(a)}; a 0-d array prints as its scalar does. */
    public static String str(Tensor a) {
        if (a.layout().dim() == 0) return ScalarFormat.str(a.storage(), a.layout().offset());
        return array2string(a, " ", "", "");
    }

    /** {@code repr(a)} for an array of class {@code className} ({@code array}, {@code memmap}). */
    public static String repr(Tensor a, String className) {
        NumpyDType dtype = NumpyDType.of(a.storage());
        boolean skipDtype = dtype.isImplied() && a.numel() > 0;
        String prefix = className + "(";
        String suffix = skipDtype ? ")" : ",";
        int[] shape = a.layout().shape();
        String body = a.numel() > 0 || (shape.length == 1 && shape[0] == 0)
            ? array2string(a, ", ", prefix, suffix)
            : "[], shape=" + PyRepr.tuple(shape);
        String text = prefix + body + suffix;
        if (skipDtype) return text;
        String dtypeText = "dtype=" + dtype.name() + ")";
        int lastLine = text.length() - (text.lastIndexOf('\n') + 1);
        String spacer = lastLine + dtypeText.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
        return text + spacer + dtypeText;
    }

    private static String array2string(Tensor a, String separator, String prefix, String suffix) {
        if (a.numel() == 0) return "[]";
        Layout l = a.layout();
        boolean summarize = a.numel() > THRESHOLD;
        List<Integer> shown = new ArrayList<>();
        collectShown(l, 0, l.offset(), summarize, shown);
        IntFunction<String> element = elementFormat(a.storage(), shown, l.dim() == 0);
        String hangingIndent = " " + " ".repeat(prefix.length());
        return new Recurser(l, element, separator, summarize).format(0, l.offset(), hangingIndent, LINE_WIDTH - suffix.length());
    }

    /** Storage positions of the elements that will be printed ({@code _leading_trailing}). */
    private static void collectShown(Layout l, int axis, int offset, boolean summarize, List<Integer> out) {
        if (axis == l.dim()) {
            out.add(offset);
            return;
        }
        int n = l.size(axis);
        for (int i = 0; i < n; i++) {
            if (summarize && n > 2 * EDGE_ITEMS && i == EDGE_ITEMS) i = n - EDGE_ITEMS;
            collectShown(l, axis + 1, offset + i * l.stride(axis), summarize, out);
        }
    }

    /** The format function NumPy picks for the dtype, fitted to the shown elements. */
    private static IntFunction<String> elementFormat(Storage s, List<Integer> shown, boolean zeroDim) {
        DType d = s.dtype();
        if (d == DType.BOOL) {
            String trueText = zeroDim ? "True" : " True";
            return p -> s.getLong(p) != 0 ? trueText : "False";
        }
        if (d.isFloatingPoint()) {
            double[] values = new double[shown.size()];
            for (int i = 0; i < values.length; i++) values[i] = s.getDouble(shown.get(i));
            FloatFormat f = new FloatFormat(values, d);
            return p -> f.format(s.getDouble(p));
        }
        long max = Long.MIN_VALUE, min = Long.MAX_VALUE;
        for (int p : shown) {
            long v = s.getLong(p);
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        int width = Math.max(Long.toString(max).length(), Long.toString(min).length());
        return p -> {
            String text = Long.toString(s.getLong(p));
            return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
        };
    }

    /** NumPy's {@code _formatArray}: nested brackets, separators, wrapping and the summary "...". */
    private static final class Recurser {
        private final Layout layout;
        private final IntFunction<String> element;
        private final String separator;
        private final boolean summarize;

        Recurser(Layout layout, IntFunction<String> element, String separator, boolean summarize) {
            this.layout = layout;
            this.element = element;
            this.separator = separator;
            this.summarize = summarize;
        }

        String format(int axis, int offset, String hangingIndent, int width) {
            int axesLeft = layout.dim() - axis;
            if (axesLeft == 0) return element.apply(offset);
            String nextIndent = hangingIndent + " ";
            int nextWidth = width - 1;
            int n = layout.size(axis);
            int stride = layout.stride(axis);
            boolean showSummary = summarize && 2 * EDGE_ITEMS < n;
            int leading = showSummary ? EDGE_ITEMS : 0;
            int trailing = showSummary ? EDGE_ITEMS : n;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elementWidth = width - Math.max(separator.stripTrailing().length(), 1);
                StringBuilder line = new StringBuilder(hangingIndent);
                for (int i = 0; i < leading; i++) {
                    extend(s, line, format(axis + 1, offset + i * stride, nextIndent, nextWidth), elementWidth, hangingIndent);
                    line.append(separator);
                }
                if (showSummary) {
                    extend(s, line, "...", elementWidth, hangingIndent);
                    line.append(separator);
                }
                for (int i = trailing; i > 1; i--) {
                    extend(s, line, format(axis + 1, offset + (n - i) * stride, nextIndent, nextWidth), elementWidth, hangingIndent);
                    line.append(separator);
                }
                extend(s, line, format(axis + 1, offset + (n - 1) * stride, nextIndent, nextWidth), elementWidth, hangingIndent);
                s.append(line);
            } else {
                String lineSeparator = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) {
                    s.append(hangingIndent).append(format(axis + 1, offset + i * stride, nextIndent, nextWidth)).append(lineSeparator);
                }
                if (showSummary) s.append(hangingIndent).append("...").append(lineSeparator);
                for (int i = trailing; i > 1; i--) {
                    s.append(hangingIndent).append(format(axis + 1, offset + (n - i) * stride, nextIndent, nextWidth))
                        .append(lineSeparator);
                }
                s.append(hangingIndent).append(format(axis + 1, offset + (n - 1) * stride, nextIndent, nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** NumPy's {@code _extendLine}: wraps before {@code word} when the line would pass {@code width}. */
        private static void extend(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
            boolean wrap = line.length() + word.length() > width && line.length() > nextLinePrefix.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }
}
