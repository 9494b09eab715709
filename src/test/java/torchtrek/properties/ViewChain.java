package torchtrek.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import torchtrek.Tensor;

/**
 * A random chain of view ops (transpose, permute, unsqueeze, squeeze, narrow, select, strided
 * slices, view/reshape, and optionally expand), each step chosen from a seed and fitted to the
 * shape it meets, so that every step is legal. {@link #apply} replays it on any tensor of the
 * starting shape.
 */
record ViewChain(List<Step> steps) {
    /** One op with its arguments, fitted to the shape it was built for. */
    record Step(String description, UnaryOperator<Tensor> op) {}

    static ViewChain build(int[] shape, List<Integer> seeds, boolean allowExpand) {
        List<Step> steps = new ArrayList<>();
        int[] current = shape.clone();
        for (int seed : seeds) {
            Step step = step(current, Math.floorMod(seed, 1 << 20), allowExpand);
            if (step == null) continue;
            steps.add(step);
            current = step.op().apply(torchtrek.torch.zeros(toLongs(current))).layout().shape();
        }
        return new ViewChain(steps);
    }

    Tensor apply(Tensor t) {
        for (Step s : steps) t = s.op().apply(t);
        return t;
    }

    /** The same chain, where every step works on a fresh contiguous copy of what the last one made. */
    Tensor applyOnCopies(Tensor t) {
        for (Step s : steps) t = s.op().apply(t.contiguous().clone());
        return t;
    }

    @Override
    public String toString() {
        return steps.stream().map(Step::description).toList().toString();
    }

    private static Step step(int[] shape, int seed, boolean allowExpand) {
        int n = shape.length;
        int kind = seed % 9;
        int r = seed / 9;
        switch (kind) {
            case 0: {
                if (n < 2) return null;
                int d0 = r % n, d1 = (r / n) % n;
                return new Step("transpose(" + d0 + ", " + d1 + ")", t -> t.transpose(d0, d1));
            }
            case 1: {
                long[] perm = permutation(n, r);
                return new Step("permute" + java.util.Arrays.toString(perm), t -> t.permute(perm));
            }
            case 2: {
                if (n >= 5) return null;
                int d = r % (n + 1) - (r % 2 == 0 ? 0 : n + 1);   // negative dims too
                return new Step("unsqueeze(" + d + ")", t -> t.unsqueeze(d));
            }
            case 3: {
                for (int k = 0; k < n; k++) {
                    int d = (k + r) % n;
                    if (shape[d] == 1) return new Step("squeeze(" + d + ")", t -> t.squeeze(d));
                }
                return n > 0 && r % 3 == 0 ? new Step("squeeze()", Tensor::squeeze) : null;
            }
            case 4: {
                if (n == 0) return null;
                int d = r % n;
                int size = shape[d];
                int start = size == 0 ? 0 : (r / n) % size;
                int length = size - start == 0 ? 0 : 1 + (r / 7) % (size - start);
                return new Step("narrow(" + d + ", " + start + ", " + length + ")", t -> t.narrow(d, start, length));
            }
            case 5: {
                if (n == 0) return null;
                int d = r % n;
                if (shape[d] == 0) return null;
                int i = (r / n) % shape[d] - (r % 2 == 0 ? 0 : shape[d]);
                return new Step("select(" + d + ", " + i + ")", t -> t.select(d, i));
            }
            case 6: {
                if (n == 0) return null;
                int d = r % n;
                int start = (r / n) % 3, step = 1 + (r / 17) % 3;
                String index = ":, ".repeat(d) + start + "::" + step;
                return new Step("get(\"" + index + "\")", t -> t.get(index));
            }
            case 7: {
                // reshape to a random factorisation; a view when the layout allows, a copy otherwise
                long[] target = factorisation(shape, r);
                return new Step("reshape" + java.util.Arrays.toString(target), t -> t.reshape(target));
            }
            default: {
                if (!allowExpand) return null;
                long[] sizes = new long[n + 1];
                sizes[0] = 1 + r % 3;
                for (int k = 0; k < n; k++) sizes[k + 1] = shape[k] == 1 ? 1 + (r / (k + 2)) % 3 : -1;
                return new Step("expand" + java.util.Arrays.toString(sizes), t -> t.expand(sizes));
            }
        }
    }

    private static long[] permutation(int n, int r) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < n; i++) left.add(i);
        long[] perm = new long[n];
        for (int i = 0; i < n; i++) {
            int pick = r % left.size();
            r /= Math.max(left.size(), 1);
            perm[i] = left.remove(pick);
        }
        return perm;
    }

    /** numel split into 1 to 3 factors (with a -1 now and then). */
    private static long[] factorisation(int[] shape, int r) {
        long numel = 1;
        for (int s : shape) numel *= s;
        List<Long> dims = new ArrayList<>();
        long left = numel;
        int parts = 1 + r % 3;
        for (int i = 1; i < parts && left > 1; i++) {
            long f = smallestFactor(left, 1 + (r / (i + 3)) % 3);
            dims.add(f);
            left /= f;
        }
        dims.add(left);
        long[] out = dims.stream().mapToLong(Long::longValue).toArray();
        if (r % 5 == 0) out[out.length - 1] = -1;
        return out;
    }

    private static long smallestFactor(long v, int skip) {
        for (long f = 2; f <= v; f++) if (v % f == 0 && --skip <= 0) return f;
        return v;
    }

    static long[] toLongs(int[] shape) {
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) out[i] = shape[i];
        return out;
    }
}
