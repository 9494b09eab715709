package torchtrek.grading.sandbox;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps the first {@code keep} bytes written to it and counts all of them, so a program that
 * prints forever costs memory for only what will be shown. Counts characters as UTF-8 code
 * points (every byte that does not continue a sequence starts one).
 */
public final class CappedOutput extends OutputStream {
    private final byte[] kept;
    private int size;
    private long bytes;
    private long chars;

    public CappedOutput(int keep) {
        this.kept = new byte[keep];
    }

    @Override
    public synchronized void write(int b) {
        if (size < kept.length) kept[size++] = (byte) b;
        bytes++;
        if ((b & 0xC0) != 0x80) chars++;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.min(len, kept.length - size);
        if (room > 0) {
            System.arraycopy(b, off, kept, size, room);
            size += room;
        }
        bytes += len;
        for (int i = off; i < off + len; i++) if ((b[i] & 0xC0) != 0x80) chars++;
    }

    /** The kept text (a sequence cut at the end decodes to a replacement character). */
    public synchronized String text() {
        return new String(Arrays.copyOf(kept, size), StandardCharsets.UTF_8);
    }

    public synchronized long bytes() { return bytes; }

    public synchronized long chars() { return chars; }

    public synchronized void reset() {
        size = 0;
        bytes = 0;
        chars = 0;
    }
}
