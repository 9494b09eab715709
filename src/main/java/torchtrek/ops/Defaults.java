package torchtrek.ops;

import torchtrek.errors.TypeError;
import torchtrek.tensor.DType;

/** Process-wide defaults ({@code torch.set_default_dtype}). */
public final class Defaults {
    private static volatile DType floatDType = DType.FLOAT32;

    private Defaults() {}

    /** The dtype Python floats and float tensors default to (float32 unless changed). */
    public static DType floatDType() { return floatDType; }

    public static void setFloatDType(DType d) {
        if (d != DType.FLOAT32 && d != DType.FLOAT64) throw new TypeError("only floating-point types are supported as the default type");
        floatDType = d;
    }
}
