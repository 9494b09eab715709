package torchtrek.numpy;

import java.math.BigInteger;

import torchtrek.tensor.DType;

/**
 * NumPy's float-to-decimal conversion ({@code numpy/core/src/multiarray/dragon4.c}, Ryan
 * Juckett's Dragon4 as NumPy modified it), so that every digit NumPy prints, TorchTrek prints.
 * It works on the exact binary value of a float16, float32 or float64 with big integers:
 * "unique" mode stops at the shortest digits that still identify the value among its
 * neighbours (rounding half to even), "exact" mode prints the true digits up to a cutoff;
 * {@code minDigits} asks for digits beyond uniqueness, as NumPy's {@code min_digits} does.
 *
 * <p>The result carries NumPy's trim and padding rules ({@link Trim}).
 */
public final class Dragon4 {
    private Dragon4() {}

    /** NumPy's {@code trim}: 'k' keeps trailing zeros, '.' trims them keeping the point, '0' leaves one zero, '-' drops the point. */
    public enum Trim { NONE, ZEROS, LEAVE_ONE_ZERO, DPT_ZEROS }

    /** How NumPy's scratch buffer caps the digits of a positional number (its size, 16384). */
    private static final int BUFFER_SIZE = 16384;
    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    /** A finite value as {@code mantissa * 2^exponent} with the facts Dragon4 needs about its neighbours. */
    private record Parts(long mantissa, int exponent, int mantissaBit, boolean unequalMargins, boolean negative) {}

    /** Options of one formatting call, NumPy's {@code Dragon4_Options}; -1 means "not given". */
    public record Options(int precision, int minDigits, boolean unique, boolean fractional, Trim trim, boolean sign,
                          int padLeft, int padRight, int expDigits) {
        public static Options positional(int precision, int minDigits, boolean unique, Trim trim, int padLeft, int padRight) {
            return new Options(precision, minDigits, unique, true, trim, false, padLeft, padRight, -1);
        }

        public static Options scientific(int precision, int minDigits, boolean unique, Trim trim, int padLeft, int expDigits) {
            return new Options(precision, minDigits, unique, true, trim, false, padLeft, -1, expDigits);
        }
    }

    /** {@code dragon4_positional(value)} for a value of {@code dtype} (float16/32/64). */
    public static String positional(double value, DType dtype, Options o) {
        String special = special(value, o.sign());
        if (special != null) return special;
        Parts p = decompose(value, dtype);
        Digits d = digits(p, o.unique(), o.fractional(), o.precision(), o.minDigits(), BUFFER_SIZE);
        return layoutPositional(p, d, o);
    }

    /** {@code dragon4_scientific(value)} for a value of {@code dtype} (float16/32/64). */
    public static String scientific(double value, DType dtype, Options o) {
        String special = special(value, o.sign());
        if (special != null) return special;
        Parts p = decompose(value, dtype);
        Digits d = digits(p, o.unique(), false, o.precision() < 0 ? -1 : o.precision() + 1,
            o.minDigits() < 0 ? -1 : o.minDigits() + 1, BUFFER_SIZE);
        return layoutScientific(p, d, o);
    }

    private static String special(double v, boolean sign) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? (sign ? "+inf" : "inf") : "-inf";
        return null;
    }

    private static Parts decompose(double value, DType dtype) {
        switch (dtype) {
            case FLOAT16: {
                int bits = Float.floatToFloat16((float) value) & 0xFFFF;
                return ieee(bits & 0x3FF, (bits >>> 10) & 0x1F, bits >>> 15 != 0, 10, 15);
            }
            case FLOAT32: {
                int bits = Float.floatToRawIntBits((float) value);
                return ieee(bits & 0x7FFFFF, (bits >>> 23) & 0xFF, bits < 0, 23, 127);
            }
            default: {
                long bits = Double.doubleToRawLongBits(value);
                return ieee(bits & ((1L << 52) - 1), (int) ((bits >>> 52) & 0x7FF), bits < 0, 52, 1023);
            }
        }
    }

    /** Splits IEEE fields as NumPy's {@code Dragon4_PrintFloat_IEEE_binary*} do. */
    private static Parts ieee(long fraction, int biasedExponent, boolean negative, int fractionBits, int bias) {
        if (biasedExponent != 0) {
            return new Parts((1L << fractionBits) | fraction, biasedExponent - bias - fractionBits, fractionBits,
                biasedExponent != 1 && fraction == 0, negative);
        }
        int bit = fraction == 0 ? 0 : 63 - Long.numberOfLeadingZeros(fraction);
        return new Parts(fraction, 1 - bias - fractionBits, bit, false, negative);
    }

    /** The digits Dragon4 produced and the decimal exponent of the first one. */
    private record Digits(String digits, int exponent) {}

    /**
     * The Dragon4 digit loop. {@code cutoffMax}/{@code cutoffMin} count fraction digits when
     * {@code fractional}, total digits otherwise; -1 means none.
     */
    private static Digits digits(Parts p, boolean unique, boolean fractional, int cutoffMax, int cutoffMin, int bufferSize) {
        if (p.mantissa() == 0) return new Digits("0", 0);
        BigInteger mantissa = BigInteger.valueOf(p.mantissa());
        boolean isEven = (p.mantissa() & 1) == 0;
        int exponent = p.exponent();
        BigInteger scale, value, marginLow, marginHigh;
        // value = scaledValue / scale; the margins are half the gaps to the neighbouring floats
        if (p.unequalMargins()) {
            if (exponent > 0) {
                value = mantissa.shiftLeft(exponent + 2);
                scale = BigInteger.valueOf(4);
                marginLow = BigInteger.ONE.shiftLeft(exponent);
            } else {
                value = mantissa.shiftLeft(2);
                scale = BigInteger.ONE.shiftLeft(-exponent + 2);
                marginLow = BigInteger.ONE;
            }
        } else if (exponent > 0) {
            value = mantissa.shiftLeft(exponent + 1);
            scale = BigInteger.TWO;
            marginLow = BigInteger.ONE.shiftLeft(exponent);
        } else {
            value = mantissa.shiftLeft(1);
            scale = BigInteger.ONE.shiftLeft(-exponent + 1);
            marginLow = BigInteger.ONE;
        }
        int digitExponent = (int) Math.ceil((double) (p.mantissaBit() + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractional && digitExponent <= -cutoffMax) digitExponent = -cutoffMax + 1;
        if (digitExponent > 0) {
            scale = scale.multiply(BigInteger.TEN.pow(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger pow10 = BigInteger.TEN.pow(-digitExponent);
            value = value.multiply(pow10);
            marginLow = marginLow.multiply(pow10);
        }
        if (value.compareTo(scale) >= 0) {
            digitExponent++;
        } else {
            value = value.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        marginHigh = p.unequalMargins() ? marginLow.shiftLeft(1) : marginLow;

        int cutoffMaxExponent = digitExponent - bufferSize;
        if (cutoffMax >= 0) cutoffMaxExponent = Math.max(cutoffMaxExponent, fractional ? -cutoffMax : digitExponent - cutoffMax);
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) cutoffMinExponent = Math.min(cutoffMinExponent, fractional ? -cutoffMin : digitExponent - cutoffMin);
        int firstExponent = digitExponent - 1;

        StringBuilder out = new StringBuilder();
        boolean low = false, high = false;
        int digit;
        while (true) {
            digitExponent--;
            BigInteger[] qr = value.divideAndRemainder(scale);
            digit = qr[0].intValue();
            value = qr[1];
            if (unique) {
                int cmpLow = value.compareTo(marginLow);
                int cmpHigh = value.add(marginHigh).compareTo(scale);
                low = isEven ? cmpLow <= 0 : cmpLow < 0;
                high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
                if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) break;
            } else if (value.signum() == 0 || digitExponent == cutoffMaxExponent) {
                break;
            }
            out.append((char) ('0' + digit));
            value = value.multiply(BigInteger.TEN);
            if (unique) {
                marginLow = marginLow.multiply(BigInteger.TEN);
                marginHigh = p.unequalMargins() ? marginLow.shiftLeft(1) : marginLow;
            }
        }
        boolean roundDown = low;
        if (low == high) {
            int compare = value.shiftLeft(1).compareTo(scale);
            roundDown = compare < 0 || (compare == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else {
            // carry into the earlier nines, or start over at "1" one decade up
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == '9') i--;
            if (i < 0) {
                out.setLength(0);
                out.append('1');
                firstExponent++;
            } else {
                out.setCharAt(i, (char) (out.charAt(i) + 1));
                out.setLength(i + 1);
            }
        }
        return new Digits(out.toString(), firstExponent);
    }

    /** NumPy's {@code FormatPositional}: digits laid out as {@code ddd.ddd}, then trimmed and padded. */
    private static String layoutPositional(Parts p, Digits d, Options o) {
        StringBuilder b = new StringBuilder();
        String sign = p.negative() ? "-" : o.sign() ? "+" : "";
        String digits = d.digits();
        int printExponent = d.exponent();
        int numWholeDigits;
        int numFractionDigits = 0;
        if (printExponent >= 0) {
            numWholeDigits = printExponent + 1;
            if (digits.length() <= numWholeDigits) {
                b.append(digits).append("0".repeat(numWholeDigits - digits.length()));
            } else {
                b.append(digits, 0, numWholeDigits).append('.').append(digits, numWholeDigits, digits.length());
                numFractionDigits = digits.length() - numWholeDigits;
            }
        } else {
            int zeros = -(printExponent + 1);
            b.append("0.").append("0".repeat(zeros)).append(digits);
            numFractionDigits = zeros + digits.length();
            numWholeDigits = 1;
        }
        if (o.trim() != Trim.DPT_ZEROS && numFractionDigits == 0) b.append('.');
        int addDigits = o.unique() ? o.minDigits() : o.precision();
        int desiredFractionDigits = o.fractional() ? Math.max(addDigits, 0) : addDigits - numWholeDigits;
        if (o.trim() == Trim.LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                b.append('0');
                numFractionDigits++;
            }
        } else if (o.trim() == Trim.NONE && desiredFractionDigits > numFractionDigits) {
            b.append("0".repeat(desiredFractionDigits - numFractionDigits));
            numFractionDigits = desiredFractionDigits;
        }
        if (o.trim() != Trim.NONE && numFractionDigits > 0) {
            while (b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
                numFractionDigits--;
            }
            if (b.charAt(b.length() - 1) == '.') {
                if (o.trim() == Trim.LEAVE_ONE_ZERO) {
                    b.append('0');
                    numFractionDigits++;
                } else if (o.trim() == Trim.DPT_ZEROS) {
                    b.setLength(b.length() - 1);
                }
            }
        }
        if (o.padRight() >= numFractionDigits) {
            if (o.trim() == Trim.DPT_ZEROS && numFractionDigits == 0) b.append(' ');
            b.append(" ".repeat(o.padRight() - numFractionDigits));
        }
        String body = sign + b;
        int left = o.padLeft() - (numWholeDigits + sign.length());
        return left > 0 ? " ".repeat(left) + body : body;
    }

    /** NumPy's {@code FormatScientific}: {@code d.ddde+XX}, trimmed, padded on the left, exponent of at least two digits. */
    private static String layoutScientific(Parts p, Digits d, Options o) {
        String sign = p.negative() ? "-" : o.sign() ? "+" : "";
        StringBuilder b = new StringBuilder();
        int leftChars = 1 + sign.length();
        if (o.padLeft() > leftChars) b.append(" ".repeat(o.padLeft() - leftChars));
        b.append(sign);
        String digits = d.digits();
        b.append(digits.charAt(0));
        int numFractionDigits = digits.length() - 1;
        if (numFractionDigits > 0) b.append('.').append(digits, 1, digits.length());
        if (o.trim() != Trim.DPT_ZEROS && numFractionDigits == 0) b.append('.');
        int addDigits = Math.max(o.unique() ? o.minDigits() : o.precision(), 0);
        if (o.trim() == Trim.LEAVE_ONE_ZERO) {
            if (numFractionDigits == 0) {
                b.append('0');
                numFractionDigits++;
            }
        } else if (o.trim() == Trim.NONE && addDigits > numFractionDigits) {
            b.append("0".repeat(addDigits - numFractionDigits));
            numFractionDigits = addDigits;
        }
        if (o.trim() != Trim.NONE && numFractionDigits > 0) {
            while (b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
                numFractionDigits--;
            }
            if (o.trim() == Trim.LEAVE_ONE_ZERO && b.charAt(b.length() - 1) == '.') b.append('0');
        }
        int exponent = d.exponent();
        int expDigits = o.expDigits() < 0 ? 2 : Math.min(o.expDigits(), 5);
        String e = Integer.toString(Math.abs(exponent));
        if (e.length() < expDigits) e = "0".repeat(expDigits - e.length()) + e;
        return b.append('e').append(exponent >= 0 ? '+' : '-').append(e).toString();
    }
}
