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

    /** Back to PyTorch's defaults. */
    public static void reset() {
        profile("default");
        sciMode = null;
    }

    /**
     * {@code set_printoptions(profile=...)}: "default", "short" (precision 2, edgeitems 2) or
     * "full" (never summarize). Like PyTorch, it leaves {@code sci_mode} alone and ignores other names.
     */
    public static void profile(String name) {
        switch (name) {
            case "default" -> set(4, 1000, 3);
            case "short" -> set(2, 1000, 2);
            case "full" -> set(4, Integer.MAX_VALUE, 3);
            default -> { }
        }
    }

    private static void set(int precision, int threshold, int edgeitems) {
        PrintOptions.precision = precision;
        PrintOptions.threshold = threshold;
        PrintOptions.edgeitems = edgeitems;
        PrintOptions.linewidth = 80;
    }
}
