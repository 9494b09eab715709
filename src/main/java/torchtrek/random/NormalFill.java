package torchtrek.random;

/**
 * PyTorch's vectorised Box-Muller over chunks of 16 uniforms ({@code normal_fill_16}):
 * element j and j + 8 of each chunk become a pair of normals.
 */
final class NormalFill {
    private NormalFill() {}

    static void fill16(float[] d, int i) {
        for (int j = 0; j < 8; j++) {
            float u1 = 1 - d[i + j];
            float u2 = d[i + j + 8];
            float radius = (float) Math.sqrt(-2 * Math.log(u1));
            float theta = (float) (2 * Math.PI * u2);
            d[i + j] = (float) (radius * Math.cos(theta));
            d[i + j + 8] = (float) (radius * Math.sin(theta));
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
}
