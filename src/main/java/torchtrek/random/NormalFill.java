package torchtrek.random;

/**
 * PyTorch's vectorised Box-Muller over chunks of 16 uniforms ({@code normal_fill_16}): element
 * j and j + 8 of each chunk become a pair of normals.
 *
 * <p>float32 reproduces, bit for bit, what PyTorch computes on an AVX2 CPU (the build students
 * install on x86-64): cephes' {@code log256_ps} and {@code sincos256_ps} from {@code avx_mathfun.h},
 * with the fused multiply-adds GCC forms there. Each float operation below is one rounding, as in
 * the vector code; the port follows pytorch-facts.md section 10 line by line.
 */
final class NormalFill {
    private static final float SQRT_HALF = (float) 0.707106781186547524;
    private static final float[] LOG_POLY = {
        (float) -1.1514610310E-1, (float) 1.1676998740E-1, (float) -1.2420140846E-1, (float) 1.4249322787E-1,
        (float) -1.6668057665E-1, (float) 2.0000714765E-1, (float) -2.4999993993E-1, (float) 3.3333331174E-1};
    private static final float[] PI4_PARTS = {(float) -0.78515625, (float) -2.4187564849853515625e-4, (float) -3.77489497744594108e-8};
    private static final float TWO_PI = (float) (2.0 * Math.PI);

    private NormalFill() {}

    static void fill16(float[] d, int i) {
        for (int j = 0; j < 8; j++) {
            float u1 = 1f + -d[i + j];
            float u2 = d[i + j + 8];
            float radius = (float) Math.sqrt(-2f * log(u1));
            float[] sinCos = sinCos(TWO_PI * u2);
            d[i + j] = radius * sinCos[1];
            d[i + j + 8] = radius * sinCos[0];
        }
    }

    static void fill16(double[] d, int i) {
        for (int j = 0; j < 8; j++) {
            double u1 = 1 - d[i + j];
            double u2 = d[i + j + 8];
            double radius = Math.sqrt(-2 * Math.log(u1));
            double theta = 2 * Math.PI * u2;
            d[i + j] = radius * Math.cos(theta);
            d[i + j + 8] = radius * Math.sin(theta);
        }
    }

    /** cephes {@code log_ps} for x in (0, 1]: exponent and mantissa in [sqrt(1/2), sqrt(2)), then a polynomial. */
    static float log(float x) {
        int bits = Float.floatToRawIntBits(x);
        float e = (float) (((bits >>> 23) & 0xFF) - 0x7F + 1.0);
        x = Float.intBitsToFloat((bits & ~0x7F800000) | Float.floatToRawIntBits(0.5f));
        float tmp = 0f;
        if (x < SQRT_HALF) {
            tmp = x;
            e = e - 1f;
        }
        x = (x + -1f) + tmp;
        float z = x * x;
        float y = (float) 7.0376836292E-2;
        for (float p : LOG_POLY) y = Math.fma(y, x, p);
        y = y * x;
        y = Math.fma(y, z, e * (float) -2.12194440e-4);
        y = Math.fma(-z, 0.5f, y);
        return Math.fma(e, 0.693359375f, x + y);
    }

    /** cephes {@code sincos_ps} for x >= 0: {sin, cos}, reduced by multiples of pi/4 in three parts. */
    static float[] sinCos(float x) {
        int j = ((int) (x * (float) 1.27323954473516) + 1) & ~1;
        float y = (float) j;
        for (float dp : PI4_PARTS) x = Math.fma(y, dp, x);
        float z = x * x;
        float c = (float) 2.443315711809948E-005;
        c = Math.fma(c, z, (float) -1.388731625493765E-003);
        c = Math.fma(c, z, (float) 4.166664568298827E-002);
        c = Math.fma(c * z, z, -(z * 0.5f)) + 1f;
        float s = (float) -1.9515295891E-4;
        s = Math.fma(s, z, (float) 8.3321608736E-3);
        s = Math.fma(s, z, (float) -1.6666654611E-1);
        s = Math.fma(s * z, x, x);
        float sin = (j & 2) == 0 ? s : c;
        float cos = (j & 2) == 0 ? c : s;
        if ((j & 4) != 0) sin = -sin;
        if ((~(j - 2) & 4) != 0) cos = -cos;
        return new float[] {sin, cos};
    }
}
