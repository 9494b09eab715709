package torchtrek.numpy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import torchtrek.errors.ValueError;
import torchtrek.tensor.DType;

/**
 * The {@code descr} of an {@code .npy} header read as NumPy's {@code np.dtype(descr)} would:
 * the numeric dtypes tensors share with NumPy become a {@link NumpyDType}; other valid NumPy
 * dtypes (uint16, complex, strings, structured records) are recognised so that the error can
 * name them; object dtypes are flagged, because loading them means unpickling.
 */
record NpyDescr(NumpyDType dtype, boolean hasObject, String unsupported) {
    private static final Pattern TYPESTR = Pattern.compile("([<>=|]?)([a-zA-Z?])(\\d*)(\\[[a-zA-Z0-9]+\\])?");
    private static final Map<String, String> NAMES = Map.ofEntries(
        Map.entry("bool", "b1"), Map.entry("bool8", "b1"), Map.entry("int8", "i1"), Map.entry("byte", "i1"),
        Map.entry("uint8", "u1"), Map.entry("ubyte", "u1"), Map.entry("int16", "i2"), Map.entry("short", "i2"),
        Map.entry("int32", "i4"), Map.entry("intc", "i4"), Map.entry("int64", "i8"), Map.entry("int", "i8"),
        Map.entry("int_", "i8"), Map.entry("longlong", "i8"), Map.entry("intp", "i8"), Map.entry("float16", "f2"),
        Map.entry("half", "f2"), Map.entry("float32", "f4"), Map.entry("single", "f4"), Map.entry("float64", "f8"),
        Map.entry("float", "f8"), Map.entry("double", "f8"), Map.entry("float_", "f8"), Map.entry("uint16", "u2"),
        Map.entry("ushort", "u2"), Map.entry("uint32", "u4"), Map.entry("uintc", "u4"), Map.entry("uint64", "u8"),
        Map.entry("uint", "u8"), Map.entry("ulonglong", "u8"), Map.entry("uintp", "u8"), Map.entry("float128", "f16"),
        Map.entry("longdouble", "f16"), Map.entry("complex64", "c8"), Map.entry("complex128", "c16"),
        Map.entry("complex", "c16"), Map.entry("complex256", "c32"), Map.entry("object", "O"), Map.entry("str", "U0"),
        Map.entry("bytes", "S0"), Map.entry("void", "V0"));
    /** NumPy's one-letter type codes (x86-64 Linux sizes) as kind and size. */
    private static final Map<Character, String> CODES = Map.ofEntries(
        Map.entry('?', "b1"), Map.entry('b', "i1"), Map.entry('B', "u1"), Map.entry('h', "i2"), Map.entry('H', "u2"),
        Map.entry('i', "i4"), Map.entry('I', "u4"), Map.entry('l', "i8"), Map.entry('L', "u8"), Map.entry('q', "i8"),
        Map.entry('Q', "u8"), Map.entry('p', "i8"), Map.entry('P', "u8"), Map.entry('e', "f2"), Map.entry('f', "f4"),
        Map.entry('d', "f8"), Map.entry('g', "f16"), Map.entry('F', "c8"), Map.entry('D', "c16"), Map.entry('G', "c32"),
        Map.entry('O', "O"), Map.entry('S', "S0"), Map.entry('a', "S0"), Map.entry('U', "U0"), Map.entry('V', "V0"),
        Map.entry('c', "S1"), Map.entry('M', "M8"), Map.entry('m', "m8"));

    /** Reads {@code descr}; invalid ones get NumPy's "descr is not a valid dtype descriptor" error. */
    static NpyDescr parse(Object descr) {
        if (descr instanceof String s) return parseString(s, descr);
        if (descr instanceof List<?> || descr instanceof PyLiteral.PyTuple) {
            // a structured record or a sub-array: NumPy reads these, TorchTrek has no such arrays
            boolean object = PyRepr.of(descr).matches(".*'[<>=|]?O\\d?'.*");
            return new NpyDescr(null, object, "the structured dtype " + PyRepr.of(descr));
        }
        throw invalid(descr);
    }

    private static NpyDescr parseString(String s, Object descr) {
        String canonical = NAMES.get(s);
        char order = '|';
        String kindSize;
        if (canonical != null) {
            kindSize = canonical;
        } else {
            Matcher m = TYPESTR.matcher(s);
            if (!m.matches()) throw invalid(descr);
            order = m.group(1).isEmpty() ? '=' : m.group(1).charAt(0);
            kindSize = kindAndSize(m.group(2).charAt(0), m.group(3), m.group(4), descr);
        }
        if (kindSize.equals("O")) return new NpyDescr(null, true, "object");
        DType type = supported(kindSize);
        if (type == null) return new NpyDescr(null, false, numpyName(kindSize) + " ('" + s + "')");
        return new NpyDescr(new NumpyDType(type, order == '>' && type.itemSize() > 1), false, null);
    }

    /** Kind letter plus size in bytes ({@code f8}), validated as NumPy validates type strings. */
    private static String kindAndSize(char kind, String digits, String unit, Object descr) {
        if (unit != null && kind != 'M' && kind != 'm') throw invalid(descr);
        if (digits.isEmpty()) {
            String code = CODES.get(kind);
            if (code == null) throw invalid(descr);
            return code;
        }
        if (digits.length() > 9) throw invalid(descr);
        int size = Integer.parseInt(digits);
        switch (kind) {
            case 'b': if (size == 1) return "b1"; break;
            case 'i': case 'u': if (size == 1 || size == 2 || size == 4 || size == 8) return "" + kind + size; break;
            case 'f': if (size == 2 || size == 4 || size == 8 || size == 16) return "f" + size; break;
            case 'c': if (size == 8 || size == 16 || size == 32) return "c" + size; break;
            case 'O': if (size == 8) return "O"; break;
            case 'U': case 'S': case 'a': case 'V': return (kind == 'a' ? 'S' : kind) + digits;
            case 'M': case 'm': if (size == 8) return kind + "8"; break;
            default: break;
        }
        throw invalid(descr);
    }

    private static DType supported(String kindSize) {
        switch (kindSize) {
            case "b1": return DType.BOOL;
            case "u1": return DType.UINT8;
            case "i1": return DType.INT8;
            case "i2": return DType.INT16;
            case "i4": return DType.INT32;
            case "i8": return DType.INT64;
            case "f2": return DType.FLOAT16;
            case "f4": return DType.FLOAT32;
            case "f8": return DType.FLOAT64;
            default: return null;
        }
    }

    private static String numpyName(String kindSize) {
        char kind = kindSize.charAt(0);
        int size = Integer.parseInt(kindSize.substring(1).isEmpty() ? "0" : kindSize.substring(1));
        switch (kind) {
            case 'u': return "uint" + size * 8;
            case 'f': return "float" + size * 8;
            case 'c': return "complex" + size * 8;
            case 'U': return "str";
            case 'S': return "bytes";
            case 'V': return "void";
            case 'M': return "datetime64";
            case 'm': return "timedelta64";
            default: return kindSize;
        }
    }

    private static ValueError invalid(Object descr) {
        return new ValueError("descr is not a valid dtype descriptor: " + PyRepr.of(descr));
    }
}
