package torchtrek.random;

/**
 * PyTorch's CPU random generator: a 32-bit Mersenne Twister (mt19937) seeded with
 * {@code init_genrand(seed & 0xFFFFFFFF)}, with PyTorch's recipes for turning its draws into
 * uniform, integer and normal samples, so the same seed gives the same numbers as PyTorch.
 */
public final class Generator {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index;
    private long seed;
    /** The second Box-Muller sample of the scalar path, kept for the next scalar draw. */
    private Double cachedNormal;

    public Generator(long seed) {
        manualSeed(seed);
    }

    public synchronized void manualSeed(long newSeed) {
        this.seed = newSeed;
        mt[0] = (int) newSeed;
        for (int i = 1; i < N; i++) {
            int p = mt[i - 1];
            mt[i] = 1812433253 * (p ^ (p >>> 30)) + i;
        }
        index = N;
        cachedNormal = null;
    }

    public long initialSeed() { return seed; }

    @Override
    public String toString() {
        return "<torch._C.Generator object at 0x7f" + String.format("%010x", System.identityHashCode(this) & 0xFFFFFFFFL) + ">";
    }

    /** One 32-bit draw, as an unsigned value in a long. */
    public synchronized long next32() {
        if (index >= N) twist();
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    /** Two draws, the first being the high word. */
    public synchronized long next64() {
        long hi = next32();
        return (hi << 32) | next32();
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7FFFFFFF);
            mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908B0DF : 0);
        }
        index = 0;
    }

    /** A float32 uniform in [0, 1) from the low 24 bits of one draw. */
    public float uniformFloat() {
        return (float) ((next32() & 0xFFFFFF) * 0x1p-24);
    }

    /** A float64 uniform in [0, 1) from the low 53 bits of a 64-bit draw. */
    public double uniformDouble() {
        return (next64() & ((1L << 53) - 1)) * 0x1p-53;
    }

    /** An integer in [low, high): a 32-bit draw when the range fits, else a 64-bit draw. */
    public long randint(long low, long high) {
        long range = high - low;
        if (range < (1L << 32)) return next32() % range + low;
        return Long.remainderUnsigned(next64(), range) + low;
    }

    /** A standard normal sample by scalar Box-Muller in double, caching the second sample. */
    public synchronized double normalScalar() {
        if (cachedNormal != null) {
            double v = cachedNormal;
            cachedNormal = null;
            return v;
        }
        double u1 = uniformDouble();
        double u2 = uniformDouble();
        double r = Math.sqrt(-2.0 * Math.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        cachedNormal = r * Math.sin(theta);
        return r * Math.cos(theta);
    }

    /** Fills with float32 uniforms in [0, 1). */
    public void fillUniform(float[] out) {
        for (int i = 0; i < out.length; i++) out[i] = uniformFloat();
    }

    public void fillUniform(double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = uniformDouble();
    }

    /** Fills with float32 standard normals exactly as PyTorch's CPU kernel does. */
    public void fillNormal(float[] d) {
        int n = d.length;
        if (n < 16) {
            for (int i = 0; i < n; i++) d[i] = (float) normalScalar();
            return;
        }
        for (int i = 0; i < n; i++) d[i] = uniformFloat();
        for (int i = 0; i + 16 <= n; i += 16) NormalFill.fill16(d, i);
        if (n % 16 != 0) {
            for (int k = 0; k < 16; k++) d[n - 16 + k] = uniformFloat();
            NormalFill.fill16(d, n - 16);
        }
    }

    /** Fills with float64 standard normals exactly as PyTorch's CPU kernel does. */
    public void fillNormal(double[] d) {
        int n = d.length;
        if (n < 16) {
            for (int i = 0; i < n; i++) d[i] = normalScalar();
            return;
        }
        for (int i = 0; i < n; i++) d[i] = uniformDouble();
        for (int i = 0; i + 16 <= n; i += 16) NormalFill.fill16(d, i);
        if (n % 16 != 0) {
            for (int k = 0; k < 16; k++) d[n - 16 + k] = uniformDouble();
            NormalFill.fill16(d, n - 16);
        }
    }
}
