package torchtrek.numpy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import torchtrek.errors.ValueError;

/**
 * The header of an {@code .npy} file (NumPy's {@code numpy/lib/format.py}): the magic string
 * {@code \x93NUMPY}, a version (1.0, 2.0 or 3.0), the header length, and a Python dict literal
 * with {@code descr}, {@code fortran_order} and {@code shape}, padded so the data starts on a
 * 64-byte boundary. Reading checks everything NumPy checks, with NumPy's messages, and caps
 * the header at NumPy's 10000 characters before reading it.
 */
record NpyHeader(int major, NpyDescr descr, boolean fortranOrder, List<BigInteger> shape) {
    static final byte[] MAGIC_PREFIX = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAX_HEADER_SIZE = 10000;
    private static final int ARRAY_ALIGN = 64;
    /** NumPy leaves room to grow the first (or last, in Fortran order) dimension in place. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    private static final Set<String> EXPECTED_KEYS = Set.of("descr", "fortran_order", "shape");

    /** Reads the magic string, version and header from {@code in}, leaving it at the first data byte. */
    static NpyHeader read(ByteSource in) {
        byte[] magic = in.readExactly(8, "magic string");
        for (int i = 0; i < MAGIC_PREFIX.length; i++) {
            if (magic[i] != MAGIC_PREFIX[i]) throw new ValueError("the magic string is not correct; expected "
                + "b'\\x93NUMPY', got " + bytesRepr(magic, 6));
        }
        int major = magic[6] & 0xFF, minor = magic[7] & 0xFF;
        if (minor != 0 || major < 1 || major > 3) throw new ValueError(
            "we only support format version (1,0), (2,0), and (3,0), not (" + major + ", " + minor + ")");
        byte[] lengthBytes = in.readExactly(major == 1 ? 2 : 4, "array header length");
        ByteBuffer lb = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? lb.getShort() & 0xFFFFL : lb.getInt() & 0xFFFFFFFFL;
        String text = readText(in, headerLength, major == 3);
        return parse(text, major);
    }

    /**
     * The header text, decoded as latin-1 (1.0, 2.0) or UTF-8 (3.0). Only a header within
     * NumPy's limit is kept in memory; a longer one is streamed through to find EOF or bad
     * UTF-8 first, as NumPy reports those before the size.
     */
    private static String readText(ByteSource in, long length, boolean utf8) {
        long left = in.remaining();
        if (left >= 0 && left < length) throw ByteSource.eof("array header", length, left);
        int keep = (int) Math.min(length, 4L * MAX_HEADER_SIZE);
        byte[] kept = new byte[keep];
        byte[] chunk = new byte[8192];
        Utf8Check check = utf8 ? new Utf8Check() : null;
        long got = 0;
        while (got < length) {
            int r = in.read(chunk, 0, (int) Math.min(chunk.length, length - got));
            if (r < 0) throw ByteSource.eof("array header", length, got);
            if (got < keep) System.arraycopy(chunk, 0, kept, (int) got, (int) Math.min(r, keep - got));
            if (check != null) check.feed(chunk, 0, r);
            got += r;
        }
        long characters = check != null ? check.finish() : length;
        if (characters > MAX_HEADER_SIZE) throw new ValueError("Header info length (" + characters + ") is large and may "
            + "not be safe to load securely.\nTo allow loading, adjust `max_header_size` or fully trust the `.npy` file "
            + "using `allow_pickle=True`.\nFor safety against large resource use or crashes, sandboxing may be necessary.");
        return new String(kept, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static String bytesRepr(byte[] b, int n) {
        StringBuilder s = new StringBuilder("b'");
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == '\\' || c == '\'') s.append('\\').append((char) c);
            else if (c >= 0x20 && c < 0x7F) s.append((char) c);
            else s.append(String.format("\\x%02x", c));
        }
        return s.append('\'').toString();
    }

    /** Interprets the header dict with NumPy's checks and messages. */
    static NpyHeader parse(String text, int major) {
        Object value;
        try {
            value = PyLiteral.parse(text.replaceFirst("^[ \\t]+", ""), major <= 2);
        } catch (PyLiteral.SyntaxError e) {
            throw new ValueError("Cannot parse header: " + PyRepr.string(text));
        }
        if (!(value instanceof Map<?, ?> d)) throw new ValueError("Header is not a dictionary: " + PyRepr.of(value));
        if (!d.keySet().equals(EXPECTED_KEYS)) throw new ValueError(
            "Header does not contain the correct keys: " + sortedKeys(d));
        Object shapeValue = d.get("shape");
        List<BigInteger> shape = new ArrayList<>();
        if (!(shapeValue instanceof PyLiteral.PyTuple t)) throw new ValueError("shape is not valid: " + PyRepr.of(shapeValue));
        for (Object dim : t.items()) {
            if (dim instanceof BigInteger i) shape.add(i);
            else if (dim instanceof Boolean b) shape.add(b ? BigInteger.ONE : BigInteger.ZERO);   // bool is an int in Python
            else throw new ValueError("shape is not valid: " + PyRepr.of(shapeValue));
        }
        if (!(d.get("fortran_order") instanceof Boolean fortran)) throw new ValueError(
            "fortran_order is not a valid bool: " + PyRepr.of(d.get("fortran_order")));
        return new NpyHeader(major, NpyDescr.parse(d.get("descr")), fortran, shape);
    }

    private static String sortedKeys(Map<?, ?> d) {
        TreeSet<String> keys = new TreeSet<>();
        for (Object k : d.keySet()) keys.add(PyRepr.of(k));
        return "[" + String.join(", ", keys) + "]";
    }

    /** The header bytes {@code np.save} writes for an array, byte for byte (format 1.0). */
    static byte[] encode(NumpyDType dtype, boolean fortranOrder, int[] shape) {
        StringBuilder h = new StringBuilder("{'descr': '").append(dtype.str()).append("', 'fortran_order': ")
            .append(fortranOrder ? "True" : "False").append(", 'shape': ").append(PyRepr.tuple(shape)).append(", }");
        if (shape.length > 0) {
            int growthAxis = fortranOrder ? shape.length - 1 : 0;
            h.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[growthAxis]).length()));
        }
        byte[] text = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        int hlen = text.length + 1;
        int padlen = ARRAY_ALIGN - ((MAGIC_PREFIX.length + 2 + 2 + hlen) % ARRAY_ALIGN);
        ByteBuffer out = ByteBuffer.allocate(10 + hlen + padlen).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC_PREFIX).put((byte) 1).put((byte) 0).putShort((short) (hlen + padlen)).put(text);
        for (int i = 0; i < padlen; i++) out.put((byte) ' ');
        out.put((byte) '\n');
        return out.array();
    }
}
