package torchtrek.repl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import torchtrek.Python;
import torchtrek.Tensor;
import torchtrek.np;
import torchtrek.torch;
import torchtrek.course.Value;
import torchtrek.tensor.Storage;

/**
 * Turns the objects a student's code left behind into {@link Value}s: plain data a checker in
 * another process can compare. Tensors keep their shape, dtype, device, autograd state, gradient
 * and which memory they use (numbered per run, so sharing survives the trip).
 */
final class Snapshots {
    /** Tensors larger than this travel as summary statistics only. */
    static final int MAX_ELEMENTS = 100_000;
    private static final int MAX_REPR = 4_000;

    private final Map<Storage, Integer> memory = new IdentityHashMap<>();

    Value of(Object o) {
        if (o == null) return new Value.NoneValue();
        if (o instanceof Tensor t) return tensor(t, null, t.toString());
        if (o instanceof np.ndarray a) return tensor(a.tensorView(), a.dtype().toString(), a.repr());
        if (o instanceof Boolean b) return new Value.BoolValue(b);
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return new Value.NumberValue(((Number) o).longValue(), javaType(o));
        }
        if (o instanceof Double || o instanceof Float) return new Value.NumberValue(((Number) o).doubleValue(), javaType(o));
        if (o instanceof CharSequence || o instanceof Character) return new Value.TextValue(o.toString());
        if (o instanceof List<?> list) {
            List<Value> items = new ArrayList<>();
            for (Object item : list) items.add(of(item));
            return new Value.ListValue(items, clip(Python.repr(o)));
        }
        return new Value.OtherValue(o.getClass().getSimpleName(), clip(Python.repr(o)));
    }

    /** A tensor, or a NumPy array's memory when {@code numpyDtype} (NumPy's name of its dtype) is given. */
    private Value.TensorValue tensor(Tensor t, String numpyDtype, String repr) {
        boolean ndarray = numpyDtype != null;
        int mem = memory.computeIfAbsent(t.storage(), s -> memory.size() + 1);
        double[] elements;
        try (var off = torch.no_grad()) {
            elements = t.detach().toDoubleArray();
        }
        double[] all = elements.length <= MAX_ELEMENTS ? elements : null;
        String dtype = ndarray ? numpyDtype : t.dtype().toString();
        Tensor g = ndarray ? null : t.grad_unchecked();
        Value.TensorValue grad = g == null ? null : tensor(g, null, g.toString());
        return new Value.TensorValue(ndarray, t.layout().shape().length == 0 ? new long[0] : t.shape().toLongArray(), dtype,
            t.device().toString(), !ndarray && t.requires_grad(), t.is_leaf(), t.grad_fn() == null ? null : t.grad_fn().name(),
            all, stats(elements), grad, mem, clip(repr));
    }

    private static Value.Stats stats(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int nans = 0;
        for (double x : v) {
            if (Double.isNaN(x)) {
                nans++;
                continue;
            }
            min = Math.min(min, x);
            max = Math.max(max, x);
            sum += x;
        }
        int counted = v.length - nans;
        return new Value.Stats(counted == 0 ? 0 : min, counted == 0 ? 0 : max, counted == 0 ? 0 : sum / counted, sum, nans);
    }

    private static String javaType(Object o) {
        return o.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT).replace("integer", "int");
    }

    private static String clip(String s) {
        return s.length() <= MAX_REPR ? s : s.substring(0, MAX_REPR) + "...";
    }
}
