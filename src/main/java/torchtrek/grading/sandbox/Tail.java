package torchtrek.grading.sandbox;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the last {@code size} bytes written to it: the end of a stream is where a dying JVM says why. */
final class Tail extends OutputStream {
    private final byte[] ring;
    private long written;

    Tail(int size) {
        this.ring = new byte[size];
    }

    @Override
    public synchronized void write(int b) {
        ring[(int) (written++ % ring.length)] = (byte) b;
    }

    synchronized String text() {
        int n = (int) Math.min(written, ring.length);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = ring[(int) ((written - n + i) % ring.length)];
        return new String(out, StandardCharsets.UTF_8);
    }
}
