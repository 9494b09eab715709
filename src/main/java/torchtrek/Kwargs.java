package torchtrek;

import java.util.Arrays;

import torchtrek.errors.TypeError;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;

/**
 * The factories for keyword arguments ({@code import static torchtrek.Kwargs.*}), one per Python
 * keyword, and the parsing every function does of the ones it accepts.
 */
public final class Kwargs {
    private Kwargs() {}

    // ---- tensor creation
    public static Kwarg dtype(DType value) { return new Kwarg("dtype", value); }
    public static Kwarg device(String value) { return new Kwarg("device", Device.parse(value)); }
    public static Kwarg device(Device value) { return new Kwarg("device", value); }
    public static Kwarg requires_grad(boolean value) { return new Kwarg("requires_grad", value); }
    public static Kwarg size(long... value) { return new Kwarg("size", value.clone()); }
    public static Kwarg steps(long value) { return new Kwarg("steps", value); }
    public static Kwarg pin_memory(boolean value) { return new Kwarg("pin_memory", value); }
    // ---- results and reductions
    public static Kwarg out(Tensor value) { return new Kwarg("out", value); }
    /** NumPy's {@code out=}: the array's memory receives the result. */
    public static Kwarg out(np.ndarray value) { return new Kwarg("out", value.tensorView()); }
    public static Kwarg dim(long... value) { return new Kwarg("dim", value.clone()); }
    public static Kwarg keepdim(boolean value) { return new Kwarg("keepdim", value); }
    public static Kwarg start_dim(long value) { return new Kwarg("start_dim", value); }
    public static Kwarg end_dim(long value) { return new Kwarg("end_dim", value); }
    public static Kwarg unbiased(boolean value) { return new Kwarg("unbiased", value); }
    public static Kwarg correction(double value) { return new Kwarg("correction", value); }
    public static Kwarg p(double value) { return new Kwarg("p", value); }
    // ---- arithmetic
    public static Kwarg alpha(double value) { return new Kwarg("alpha", value); }
    public static Kwarg rounding_mode(String value) { return new Kwarg("rounding_mode", value); }
    public static Kwarg min(double value) { return new Kwarg("min", value); }
    public static Kwarg max(double value) { return new Kwarg("max", value); }
    public static Kwarg rtol(double value) { return new Kwarg("rtol", value); }
    public static Kwarg atol(double value) { return new Kwarg("atol", value); }
    public static Kwarg equal_nan(boolean value) { return new Kwarg("equal_nan", value); }
    // ---- conversion
    public static Kwarg non_blocking(boolean value) { return new Kwarg("non_blocking", value); }
    public static Kwarg copy(boolean value) { return new Kwarg("copy", value); }
    // ---- autograd
    public static Kwarg gradient(Tensor value) { return new Kwarg("gradient", value); }
    public static Kwarg retain_graph(boolean value) { return new Kwarg("retain_graph", value); }
    public static Kwarg create_graph(boolean value) { return new Kwarg("create_graph", value); }
    public static Kwarg allow_unused(boolean value) { return new Kwarg("allow_unused", value); }
    public static Kwarg inputs(Tensor... value) { return new Kwarg("inputs", value.clone()); }
    public static Kwarg grad_outputs(Tensor... value) { return new Kwarg("grad_outputs", value.clone()); }
    public static Kwarg v(Tensor value) { return new Kwarg("v", value); }
    public static Kwarg eps(double value) { return new Kwarg("eps", value); }
    public static Kwarg raise_exception(boolean value) { return new Kwarg("raise_exception", value); }
    public static Kwarg strict(boolean value) { return new Kwarg("strict", value); }
    public static Kwarg reduction(String value) { return new Kwarg("reduction", value); }
    // ---- torch.set_printoptions
    public static Kwarg precision(long value) { return new Kwarg("precision", value); }
    public static Kwarg threshold(long value) { return new Kwarg("threshold", value); }
    public static Kwarg edgeitems(long value) { return new Kwarg("edgeitems", value); }
    public static Kwarg linewidth(long value) { return new Kwarg("linewidth", value); }
    public static Kwarg sci_mode(Boolean value) { return new Kwarg("sci_mode", value); }
    public static Kwarg profile(String value) { return new Kwarg("profile", value); }
    // ---- NumPy
    public static Kwarg axis(long... value) { return new Kwarg("axis", value.clone()); }
    public static Kwarg keepdims(boolean value) { return new Kwarg("keepdims", value); }
    /** A NumPy dtype ({@code np.float32}) as the {@code dtype=} keyword. */
    public static Kwarg dtype(torchtrek.numpy.NumpyDType value) { return new Kwarg("dtype", value.type()); }
    public static Kwarg mmap_mode(String value) { return new Kwarg("mmap_mode", value); }
    public static Kwarg allow_pickle(boolean value) { return new Kwarg("allow_pickle", value); }

    /** {@code first} followed by {@code rest} (for methods that turn a positional argument into a keyword). */
    public static Kwarg[] concat(Kwarg first, Kwarg... rest) {
        Kwarg[] all = new Kwarg[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The keyword arguments one call received, checked against the names it accepts. */
    public static final class Parsed {
        private static final Parsed NONE = new Parsed(new Kwarg[0]);
        private final Kwarg[] given;

        private Parsed(Kwarg[] given) {
            this.given = given;
        }

        public boolean has(String name) {
            for (Kwarg k : given) if (k.name().equals(name)) return true;
            return false;
        }

        public Object get(String name) {
            for (Kwarg k : given) if (k.name().equals(name)) return k.value();
            return null;
        }

        public DType dtype(DType fallback) {
            Object v = get("dtype");
            return v == null ? fallback : (DType) v;
        }

        public Device device(Device fallback) {
            Object v = get("device");
            return v == null ? fallback : (Device) v;
        }

        public boolean bool(String name, boolean fallback) {
            Object v = get(name);
            return v == null ? fallback : (Boolean) v;
        }

        public double number(String name, double fallback) {
            Object v = get(name);
            return v == null ? fallback : ((Number) v).doubleValue();
        }

        public long integer(String name, long fallback) {
            Object v = get(name);
            return v == null ? fallback : ((Number) v).longValue();
        }

        public Tensor tensor(String name) {
            return (Tensor) get(name);
        }

        public long[] longs(String name) {
            return (long[]) get(name);
        }

        public Tensor[] tensors(String name) {
            return (Tensor[]) get(name);
        }

        public String string(String name, String fallback) {
            Object v = get(name);
            return v == null ? fallback : (String) v;
        }
    }

    /**
     * Checks that {@code given} only holds keywords {@code function} accepts (Python's
     * "got an unexpected keyword argument" otherwise) and that none is repeated.
     */
    public static Parsed parse(String function, Kwarg[] given, String... accepted) {
        if (given == null || given.length == 0) return Parsed.NONE;
        for (int i = 0; i < given.length; i++) {
            Kwarg k = given[i];
            if (k == null) throw new TypeError(function + "(): keyword arguments must not be null");
            if (Arrays.asList(accepted).indexOf(k.name()) < 0)
                throw new TypeError(function + "() got an unexpected keyword argument '" + k.name() + "'");
            for (int j = 0; j < i; j++) if (given[j].name().equals(k.name()))
                throw new TypeError(function + "() got multiple values for argument '" + k.name() + "'");
        }
        return new Parsed(given);
    }
}
