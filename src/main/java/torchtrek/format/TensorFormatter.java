package torchtrek.format;

import java.util.ArrayList;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.ops.Conversion;
import torchtrek.ops.Defaults;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * PyTorch's tensor printing ({@code torch/_tensor_str.py}), line for line: one element width
 * for the whole tensor, fixed / integer / scientific mode chosen from the nonzero finite values,
 * rows wrapped at the line width, summarised with "..." past 1000 elements, then the suffixes
 * ({@code device=}, {@code dtype=}, {@code grad_fn=} or {@code requires_grad=True}).
 */
public final class TensorFormatter {
    private static final String PREFIX = "tensor(";

    private TensorFormatter() {}

    public static String repr(Tensor t) {
        int indent = PREFIX.length();
        List<String> suffixes = new ArrayList<>();
        if (!t.device().isCpu()) suffixes.add("device='" + t.device() + "'");
        Tensor c = t.device().isCpu() ? t : Conversion.moveTo(t.detach(), Device.CPU);
        DType dtype = t.dtype();
        String body;
        if (t.numel() == 0) {
            if (t.dim() != 1) suffixes.add("size=" + pythonTuple(t.layout().shape()));
            if (dtype != Defaults.floatDType()) suffixes.add("dtype=" + dtype);
            body = "[]";
        } else {
            if (!hasDefaultDtype(dtype)) suffixes.add("dtype=" + dtype);
            body = tensorStr(c, indent);
        }
        if (t.grad_fn() != null) suffixes.add("grad_fn=<" + t.grad_fn().name() + ">");
        else if (t.requires_grad()) suffixes.add("requires_grad=True");
        return addSuffixes(PREFIX + body, suffixes, indent);
    }

    private static boolean hasDefaultDtype(DType d) {
        return d == Defaults.floatDType() || d == DType.INT64 || d == DType.BOOL;
    }

    static String pythonTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        if (shape.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    private static String addSuffixes(String tensorStr, List<String> suffixes, int indent) {
        StringBuilder out = new StringBuilder(tensorStr);
        int lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
        for (String suffix : suffixes) {
            if (lastLineLen + suffix.length() + 2 > PrintOptions.linewidth) {
                out.append(",\n").append(" ".repeat(indent)).append(suffix);
                lastLineLen = indent + suffix.length();
            } else {
                out.append(", ").append(suffix);
                lastLineLen += suffix.length() + 2;
            }
        }
        return out.append(')').toString();
    }

    // ------------------------------------------------------------------ body

    /** Reads elements of a CPU tensor by storage position. */
    private record View(Storage storage, Layout layout, DType dtype) {
        double real(int pos) { return storage.getDouble(pos); }

        String integral(int pos) {
            if (dtype == DType.BOOL) return storage.getLong(pos) != 0 ? "True" : "False";
            return Long.toString(storage.getLong(pos));
        }
    }

    private static String tensorStr(Tensor t, int indent) {
        View v = new View(t.storage(), t.layout(), t.dtype());
        boolean summarize = t.numel() > PrintOptions.threshold;
        List<Integer> positions = new ArrayList<>();
        collect(v.layout(), 0, v.layout().offset(), summarize, positions);
        ElementFormatter f = new ElementFormatter(v, positions);
        return withFormatter(v, 0, v.layout().offset(), indent, summarize, f);
    }

    /** Storage positions of the elements that will be shown (PyTorch's get_summarized_data). */
    private static void collect(Layout l, int dim, int offset, boolean summarize, List<Integer> out) {
        if (dim == l.dim()) {
            out.add(offset);
            return;
        }
        int size = l.size(dim);
        int edge = PrintOptions.edgeitems;
        for (int i = 0; i < size; i++) {
            if (summarize && size > 2 * edge && i == edge) i = size - edge;
            collect(l, dim + 1, offset + i * l.stride(dim), summarize, out);
        }
    }

    private static String withFormatter(View v, int dim, int offset, int indent, boolean summarize, ElementFormatter f) {
        Layout l = v.layout();
        int ndim = l.dim() - dim;
        if (ndim == 0) return f.format(offset);
        int size = l.size(dim);
        int stride = l.stride(dim);
        int edge = PrintOptions.edgeitems;
        boolean cut = summarize && size > 2 * edge;
        if (ndim == 1) {
            List<String> data = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (cut && i == edge) {
                    data.add(" ...");
                    i = size - edge;
                }
                data.add(f.format(offset + i * stride));
            }
            int elementLength = f.width + 2;
            int perLine = Math.max(1, (int) Math.floor((PrintOptions.linewidth - indent) / (double) elementLength));
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < data.size(); i++) {
                if (i > 0) sb.append(i % perLine == 0 ? ",\n" + " ".repeat(indent + 1) : ", ");
                sb.append(data.get(i));
            }
            return sb.append(']').toString();
        }
        List<String> slices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (cut && i == edge) {
                slices.add("...");
                i = size - edge;
            }
            slices.add(withFormatter(v, dim + 1, offset + i * stride, indent + 1, summarize, f));
        }
        String sep = "," + "\n".repeat(ndim - 1) + " ".repeat(indent + 1);
        return "[" + String.join(sep, slices) + "]";
    }

    /** PyTorch's {@code _Formatter}: one width and one mode for every element shown. */
    private static final class ElementFormatter {
        private final View v;
        private final boolean floating;
        private boolean intMode = true;
        private boolean sciMode = false;
        int width = 1;

        ElementFormatter(View v, List<Integer> positions) {
            this.v = v;
            this.floating = v.dtype().isFloatingPoint();
            if (!floating) {
                for (int p : positions) width = Math.max(width, v.integral(p).length());
                return;
            }
            List<Double> finite = new ArrayList<>();
            for (int p : positions) {
                double x = v.real(p);
                if (Double.isFinite(x) && x != 0) finite.add(x);
            }
            if (finite.isEmpty()) return;
            double min = Double.POSITIVE_INFINITY, max = 0;
            for (double x : finite) {
                min = Math.min(min, Math.abs(x));
                max = Math.max(max, Math.abs(x));
                if (x != Math.ceil(x)) intMode = false;
            }
            int precision = PrintOptions.precision;
            if (intMode) {
                if (max / min > 1000. || max > 1.e8) {
                    sciMode = true;
                    for (double x : finite) width = Math.max(width, PyFormat.scientific(x, precision).length());
                } else {
                    for (double x : finite) width = Math.max(width, PyFormat.fixed(x, 0).length() + 1);
                }
            } else if (max / min > 1000. || max > 1.e8 || min < 1.e-4) {
                sciMode = true;
                for (double x : finite) width = Math.max(width, PyFormat.scientific(x, precision).length());
            } else {
                for (double x : finite) width = Math.max(width, PyFormat.fixed(x, precision).length());
            }
            if (PrintOptions.sciMode != null) sciMode = PrintOptions.sciMode;
        }

        String format(int pos) {
            String s;
            if (!floating) {
                s = v.integral(pos);
            } else {
                double x = v.real(pos);
                if (sciMode) {
                    s = PyFormat.scientific(x, PrintOptions.precision);
                } else if (intMode) {
                    s = PyFormat.fixed(x, 0);
                    if (!Double.isInfinite(x) && !Double.isNaN(x)) s += ".";
                } else {
                    s = PyFormat.fixed(x, PrintOptions.precision);
                }
            }
            return PyFormat.padLeft(s, width);
        }
    }
}
