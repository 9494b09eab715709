package torchtrek.course;

import java.util.Arrays;

import static torchtrek.course.Phrases.code;

/**
 * The sentences for a wrong shape, dtype or device, with a guess at the usual cause. Shared by
 * comparisons with the solution and by fixed expectations, so both explain alike.
 */
final class Explanations {
    private Explanations() {}

    static String shape(String label, long[] actual, long[] expected) {
        String base = code(label) + " has shape " + Phrases.shape(actual) + " but the exercise asks for " + Phrases.shape(expected);
        long n = numel(actual);
        long m = numel(expected);
        if (actual.length >= 2 && Arrays.equals(reversed(actual), expected)) {
            return base + "; did you swap the sizes (the arguments of `reshape` or `view`)?";
        }
        if (n != m) {
            return base + ": it has " + n + " element" + (n == 1 ? "" : "s") + " where " + m + " are wanted.";
        }
        if (Arrays.equals(withoutOnes(actual), withoutOnes(expected))) {
            return base + (actual.length > expected.length
                ? ": it has an extra dimension of size 1; `squeeze(dim)` removes one."
                : ": it lacks a dimension of size 1; `unsqueeze(dim)` adds one.");
        }
        if (expected.length == 1 && actual.length > 1) {
            return base + ": a flat tensor of " + m + " elements. `flatten()` or `reshape(-1)` lays all the elements out in one row.";
        }
        if (expected.length == 0) return base + " (a single number); did you build it from an array instead of a number?";
        return base + "; the same " + m + " elements fit that shape with `reshape`.";
    }

    static String dtype(String label, String actual, String expected) {
        String base = code(label) + " has dtype " + actual + " but the exercise asks for " + expected;
        boolean actualFloat = isFloat(actual);
        boolean expectedFloat = isFloat(expected);
        if (expected.endsWith("int64") && actualFloat) {
            return base + " (whole numbers). Integer literals like 5 make int64 tensors; 5.0 makes a float one.";
        }
        if (expectedFloat && actual.endsWith("int64")) {
            return base + ". Whole-number literals like 5 make int64 tensors: write 5.0, or pass dtype(torch."
                + bare(expected) + ").";
        }
        if (expected.endsWith("float64") && actual.endsWith("float32")) {
            return base + ". TorchTrek's default float type is float32; NumPy's is float64, and torch.from_numpy keeps it."
                + " Pass dtype(torch.float64) (torch.double) to get float64.";
        }
        if (expected.endsWith("float32") && actual.endsWith("float64")) {
            return base + ". float64 comes from NumPy arrays or from dtype(torch.float64); plain Java numbers give float32.";
        }
        if (expected.endsWith("bool")) return base + ": a comparison (like `eq` or `gt`) gives booleans.";
        return base + ".";
    }

    static String device(String label, String actual, String expected) {
        String base = code(label) + " is on " + actual + " but the exercise wants it on " + expected;
        if (expected.equals("cpu")) return base + ": `.cpu()` or `.to(\"cpu\")` brings a tensor back.";
        return base + ": `.to(device)` moves a tensor.";
    }

    /** The kind of a value in a sentence, given what was expected: "a tensor", "a NumPy array", "a boolean". */
    static String kind(String label, Value actual, Value expected) {
        String is = code(label) + " is " + actual.describe();
        if (expected instanceof Value.TensorValue e && e.ndarray()) {
            return is + ", but the exercise asks for a NumPy array" + (actual instanceof Value.TensorValue
                ? ": `.numpy()` gives the array that shares the tensor's memory." : ".");
        }
        if (expected instanceof Value.TensorValue) {
            if (actual instanceof Value.TensorValue) return is + ", but the exercise asks for a tensor: `torch.from_numpy(a)` makes one.";
            if (actual instanceof Value.NoneValue) return is + ", but the exercise asks for a tensor.";
            return is + ", but the exercise asks for a tensor: `torch.tensor(...)` makes one from numbers.";
        }
        if (expected instanceof Value.NumberValue) {
            return is + ", but the exercise asks for a plain number" + (actual instanceof Value.TensorValue
                ? ": `.item()` gives the number inside a one-element tensor." : ".");
        }
        if (expected instanceof Value.BoolValue) return is + ", but the exercise asks for true or false.";
        if (expected instanceof Value.TextValue) return is + ", but the exercise asks for a String.";
        if (expected instanceof Value.NoneValue) return is + ", but the exercise expects null here.";
        return is + ", but the exercise asks for " + expected.describe().replaceAll(" \\(.*", "") + ".";
    }

    static boolean isFloat(String dtype) {
        return dtype.contains("float") || dtype.contains("double") || dtype.contains("half");
    }

    private static String bare(String dtype) {
        return dtype.startsWith("torch.") ? dtype.substring(6) : dtype;
    }

    private static long numel(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    private static long[] reversed(long[] a) {
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
        return r;
    }

    private static long[] withoutOnes(long[] a) {
        return Arrays.stream(a).filter(d -> d != 1).toArray();
    }
}
