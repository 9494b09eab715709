package torchtrek.numpy;

import java.security.SecureRandom;

import torchtrek.Tensor;
import torchtrek.errors.ValueError;
import torchtrek.ops.Elementwise;
import torchtrek.random.Generator;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Storage;

/**
 * NumPy's legacy global generator ({@code np.random.seed}, {@code np.random.rand}...), the
 * {@code RandomState} of {@code numpy/random/mtrand.pyx}: the same 32-bit Mersenne Twister
 * as PyTorch's CPU generator (seeded the same way), with NumPy's recipes on top, so a seed
 * gives NumPy's numbers: 53-bit doubles from two draws, Marsaglia's polar method for normals
 * (keeping the second value), masked rejection sampling for integers. Uniform and integer draws
 * are NumPy's bit for bit; a normal draw can differ in its last bit, rarely (4 in 20000), where
 * Java's {@code Math.log} and the C library's {@code log} round differently.
 */
public final class RandomState {
    private Generator mt;
    private boolean hasGauss;
    private double gauss;

    /** Seeded from the operating system's entropy, as NumPy does without a seed. */
    public RandomState() {
        this(new SecureRandom().nextInt() & 0xFFFFFFFFL);
    }

    public RandomState(long seed) {
        seed(seed);
    }

    /** {@code np.random.seed(s)}, with NumPy's range check. */
    public synchronized void seed(long s) {
        if (s < 0 || s > 0xFFFFFFFFL) throw new ValueError("Seed must be between 0 and 2**32 - 1");
        mt = new Generator(s);
        hasGauss = false;
        gauss = 0;
    }

    /** NumPy's {@code legacy_double}: 27 + 26 bits of two draws. */
    synchronized double nextDouble() {
        long a = mt.next32() >>> 5, b = mt.next32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** NumPy's {@code legacy_gauss}: the polar method, the second value kept for the next call. */
    synchronized double nextGauss() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** An integer in [low, high) by NumPy's masked rejection: draws under the smallest all-ones mask, retried above the range. */
    synchronized long nextInt(long low, long high) {
        long range = high - low - 1;
        if (range == 0) return low;
        long mask = range;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        long v;
        if (Long.compareUnsigned(range, 0xFFFFFFFFL) <= 0) {
            do {
                v = mt.next32() & mask;
            } while (Long.compareUnsigned(v, range) > 0);
        } else {
            do {
                v = mt.next64() & mask;
            } while (Long.compareUnsigned(v, range) > 0);
        }
        return low + v;
    }

    /** {@code rand(d0, d1...)} / {@code random_sample(size)}: uniform float64 in [0, 1). */
    public Tensor rand(int[] shape) {
        Tensor t = Elementwise.empty(shape, DType.FLOAT64, Device.CPU);
        Storage s = t.storage();
        for (int i = 0; i < s.size(); i++) s.setDouble(i, nextDouble());
        return t;
    }

    /** {@code randn(d0, d1...)} / {@code normal(loc, scale, size)}. */
    public Tensor normal(int[] shape, double loc, double scale) {
        Tensor t = Elementwise.empty(shape, DType.FLOAT64, Device.CPU);
        Storage s = t.storage();
        for (int i = 0; i < s.size(); i++) s.setDouble(i, loc + scale * nextGauss());
        return t;
    }

    /** {@code uniform(low, high, size)}: {@code low + (high - low) * u}. */
    public Tensor uniform(int[] shape, double low, double high) {
        Tensor t = Elementwise.empty(shape, DType.FLOAT64, Device.CPU);
        Storage s = t.storage();
        double range = high - low;
        for (int i = 0; i < s.size(); i++) s.setDouble(i, low + range * nextDouble());
        return t;
    }

    /** {@code randint(low, high, size)}: int64 values in [low, high), with NumPy's message for an empty range. */
    public Tensor randint(long low, long high, int[] shape) {
        if (low >= high) throw new ValueError("low >= high");
        Tensor t = Elementwise.empty(shape, DType.INT64, Device.CPU);
        Storage s = t.storage();
        for (int i = 0; i < s.size(); i++) s.setLong(i, nextInt(low, high));
        return t;
    }
}
