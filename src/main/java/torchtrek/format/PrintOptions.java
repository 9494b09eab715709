package torchtrek.format;

/** {@code torch.set_printoptions}: PyTorch's defaults are precision 4, threshold 1000, edgeitems 3, linewidth 80. */
public final class PrintOptions {
    public static volatile int precision = 4;
    public static volatile int threshold = 1000;
    public static volatile int edgeitems = 3;
    public static volatile int linewidth = 80;
    /** null: decide per tensor; true/false: always/never scientific. */
    public static volatile Boolean sciMode = null;

    private PrintOptions() {}

    /** Back to PyTorch's defaults ({@code torch.set_printoptions(profile="default")}). */
    public static void reset() {
        precision = 4;
        threshold = 1000;
        edgeitems = 3;
        linewidth = 80;
        sciMode = null;
    }
}
