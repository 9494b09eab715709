package torchtrek.numpy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import torchtrek.errors.ArrayMemoryError;

/**
 * NumPy's text for an array too large to allocate: {@code Unable to allocate 7.28 TiB for an
 * array with shape (1000000000000,) and data type float64}.
 */
final class AllocationMessage {
    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private AllocationMessage() {}

    /** The error NumPy raises for an array of {@code shape} and {@code dtype} that memory cannot hold. */
    static ArrayMemoryError error(List<BigInteger> shape, NumpyDType dtype) {
        return new ArrayMemoryError("Unable to allocate " + sizeToString(totalBytes(shape, dtype)) + " for an array with shape "
            + shapeRepr(shape) + " and data type " + dtype);
    }

    private static BigInteger totalBytes(List<BigInteger> shape, NumpyDType dtype) {
        BigInteger n = BigInteger.valueOf(dtype.itemsize());
        for (BigInteger d : shape) n = n.multiply(d);
        return n;
    }

    private static String shapeRepr(List<BigInteger> shape) {
        if (shape.size() == 1) return "(" + shape.get(0) + ",)";
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.size(); i++) b.append(i > 0 ? ", " : "").append(shape.get(i));
        return b.append(')').toString();
    }

    /** NumPy's {@code _size_to_string}: binary units, three significant digits. */
    static String sizeToString(BigInteger bytes) {
        int unit = Math.max(bytes.bitLength() - 1, 1) / 10;
        BigDecimal units = new BigDecimal(bytes).divide(new BigDecimal(BigInteger.ONE.shiftLeft(unit * 10)));
        double n = units.doubleValue();
        if (Math.rint(n) == 1024) {
            unit++;
            n /= 1024;
        }
        if (unit >= UNITS.length) {
            n *= Math.pow(2, (unit - (UNITS.length - 1)) * 10.0);
            unit = UNITS.length - 1;
        }
        if (unit == 0) return new BigDecimal(n).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " " + UNITS[0];
        if (Math.rint(n) < 1000) {
            // Python's '{:#.3g}': three significant digits, trailing zeros and the point kept
            BigDecimal r = new BigDecimal(n).round(new MathContext(3, RoundingMode.HALF_EVEN));
            int intDigits = r.precision() - r.scale();
            r = r.setScale(Math.max(0, 3 - intDigits), RoundingMode.HALF_EVEN);
            String text = r.scale() == 0 ? r.toPlainString() + "." : r.toPlainString();
            return text + " " + UNITS[unit];
        }
        return new BigDecimal(n).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + ". " + UNITS[unit];
    }
}
