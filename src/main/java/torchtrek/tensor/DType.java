package torchtrek.tensor;

/**
 * A tensor's element type, named and printed as PyTorch names it ({@code torch.float32}).
 *
 * <p>{@link #scalarTypeName()} is the C++ name PyTorch uses inside error messages
 * ("expected scalar type Float but found Long"); {@link #legacyTypeName()} is the
 * {@code x.type()} name ({@code torch.FloatTensor}).
 */
public enum DType {
    BOOL("bool", "Bool", "BoolTensor", 1, Category.BOOL),
    UINT8("uint8", "Byte", "ByteTensor", 1, Category.INTEGER),
    INT8("int8", "Char", "CharTensor", 1, Category.INTEGER),
    INT16("int16", "Short", "ShortTensor", 2, Category.INTEGER),
    INT32("int32", "Int", "IntTensor", 4, Category.INTEGER),
    INT64("int64", "Long", "LongTensor", 8, Category.INTEGER),
    FLOAT16("float16", "Half", "HalfTensor", 2, Category.FLOATING),
    BFLOAT16("bfloat16", "BFloat16", "BFloat16Tensor", 2, Category.FLOATING),
    FLOAT32("float32", "Float", "FloatTensor", 4, Category.FLOATING),
    FLOAT64("float64", "Double", "DoubleTensor", 8, Category.FLOATING);

    /** Kinds of dtype, ordered: a higher category wins in type promotion. */
    public enum Category { BOOL, INTEGER, FLOATING }

    private final String shortName;
    private final String scalarTypeName;
    private final String legacyTypeName;
    private final int itemSize;
    private final Category category;

    DType(String shortName, String scalarTypeName, String legacyTypeName, int itemSize, Category category) {
        this.shortName = shortName;
        this.scalarTypeName = scalarTypeName;
        this.legacyTypeName = legacyTypeName;
        this.itemSize = itemSize;
        this.category = category;
    }

    /** The name without the {@code torch.} prefix: {@code float32}. */
    public String shortName() { return shortName; }

    /** PyTorch's C++ scalar type name, as used in error messages: {@code Float}, {@code Long}. */
    public String scalarTypeName() { return scalarTypeName; }

    /** {@code torch.FloatTensor} and friends, as {@code x.type()} prints them. */
    public String legacyTypeName() { return "torch." + legacyTypeName; }

    /** Bytes per element, as {@code element_size()} reports. */
    public int itemSize() { return itemSize; }

    public Category category() { return category; }

    public boolean isFloatingPoint() { return category == Category.FLOATING; }

    /** {@code torch.float32.is_floating_point}. */
    public boolean is_floating_point() { return isFloatingPoint(); }

    public boolean isIntegral() { return category != Category.FLOATING; }

    /** Whether the value range includes negative numbers. */
    public boolean isSigned() { return this != BOOL && this != UINT8; }

    @Override
    public String toString() { return "torch." + shortName; }

    /**
     * PyTorch's {@code promote_types}: the smallest dtype both can be cast to without losing
     * their category (uint8 + int8 gives int16, float16 + bfloat16 gives float32).
     */
    public static DType promote(DType a, DType b) {
        if (a == b) return a;
        if (a.category != b.category) {
            DType hi = a.category.compareTo(b.category) > 0 ? a : b;
            return hi;
        }
        if (a.category == Category.FLOATING) {
            if ((a == FLOAT16 && b == BFLOAT16) || (a == BFLOAT16 && b == FLOAT16)) return FLOAT32;
            return a.itemSize >= b.itemSize ? a : b;
        }
        // integers: uint8 mixes with signed types by widening to the next signed size
        if (a == UINT8 || b == UINT8) {
            DType signed = a == UINT8 ? b : a;
            return signed == INT8 ? INT16 : signed;
        }
        return a.itemSize >= b.itemSize ? a : b;
    }

    /** Parses {@code "float32"}, {@code "torch.float32"} and PyTorch's aliases ({@code "float"}, {@code "long"}...). */
    public static DType parse(String name) {
        String n = name.startsWith("torch.") ? name.substring(6) : name;
        switch (n) {
            case "float": return FLOAT32;
            case "double": return FLOAT64;
            case "half": return FLOAT16;
            case "long": return INT64;
            case "int": return INT32;
            case "short": return INT16;
            default:
                for (DType d : values()) if (d.shortName.equals(n)) return d;
                throw new IllegalArgumentException("unknown dtype '" + name + "'");
        }
    }
}
