package torchtrek.numpy;

import torchtrek.errors.UnicodeDecodeError;

/**
 * Strict UTF-8 validation fed in chunks, failing with Python's exact UnicodeDecodeError text
 * ({@code 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte}) and counting
 * code points (Python's {@code len} of the decoded text) without keeping the bytes.
 */
final class Utf8Check {
    private long position;        // bytes consumed so far
    private long codePoints;
    private int expected;         // continuation bytes still needed by the current sequence
    private int seen;             // bytes of the current sequence seen so far
    private long sequenceStart;
    private int first;            // the current sequence's first byte
    private int lo = 0x80, hi = 0xBF;   // the allowed range of the next continuation byte

    void feed(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++, position++) {
            int b = data[i] & 0xFF;
            if (expected == 0) {
                start(b);
            } else if (b < lo || b > hi) {
                throw error(seen, "invalid continuation byte");
            } else {
                lo = 0x80;
                hi = 0xBF;
                seen++;
                if (--expected == 0) codePoints++;
            }
        }
    }

    private void start(int b) {
        sequenceStart = position;
        first = b;
        seen = 1;
        if (b < 0x80) {
            codePoints++;
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) expected = 1;
        else if (b >= 0xE0 && b <= 0xEF) expected = 2;
        else if (b >= 0xF0 && b <= 0xF4) expected = 3;
        else throw error(1, "invalid start byte");
        lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    }

    /** Ends the input: a sequence cut short is "unexpected end of data". Returns the code point count. */
    long finish() {
        if (expected > 0) throw error(seen, "unexpected end of data");
        return codePoints;
    }

    private UnicodeDecodeError error(int length, String reason) {
        String where = length <= 1
            ? String.format("byte 0x%02x in position %d", first, sequenceStart)
            : "bytes in position " + sequenceStart + "-" + (sequenceStart + length - 1);
        return new UnicodeDecodeError("'utf-8' codec can't decode " + where + ": " + reason);
    }
}
