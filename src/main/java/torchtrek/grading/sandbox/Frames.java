package torchtrek.grading.sandbox;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The grader and a worker JVM talk in frames over the worker's stdin and stdout: a magic marker,
 * a kind, a job id, a length and the payload. Student code shares the worker's stdout, so the
 * reader skips anything that is not a frame (counting it, so a flood can be stopped) and never
 * trusts a length beyond {@link #MAX_PAYLOAD}.
 */
public final class Frames {
    /** Starts every frame; chosen so that ordinary printed text never contains it. */
    static final byte[] MAGIC = "\u0000\u0001TorchTrekFrame\u0002".getBytes(StandardCharsets.ISO_8859_1);
    /** Larger payloads are refused: a job's data is a few kilobytes to a few megabytes. */
    public static final int MAX_PAYLOAD = 64 << 20;

    public static final int REQUEST = 1;
    public static final int RESPONSE = 2;
    /** Sent once by the worker when it is warm and waiting for requests. */
    public static final int READY = 3;
    /** Asks the worker to exit. */
    public static final int SHUTDOWN = 4;
    /** Sent by the worker every quarter of a job's time limit while it runs: what the job's code is doing. */
    public static final int RUNNING = 5;

    private Frames() {}

    /** One frame; {@code junkBefore} counts the bytes skipped to find it. */
    public record Frame(int kind, long id, byte[] payload, long junkBefore) {}

    /** Thrown when more than the allowed number of non-frame bytes came before the next frame. */
    public static final class Flood extends IOException {
        private static final long serialVersionUID = 1L;

        Flood(long bytes) { super("more than " + bytes + " bytes of output outside the capture"); }
    }

    public static void write(OutputStream out, int kind, long id, byte[] payload) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 4 + 8 + 4);
        header.put(MAGIC).putInt(kind).putLong(id).putInt(payload.length);
        synchronized (out) {
            out.write(header.array());
            out.write(payload);
            out.flush();
        }
    }

    /**
     * Reads the next frame, skipping up to {@code junkLimit} bytes of anything else first.
     * Returns null at the end of the stream.
     */
    public static Frame read(InputStream in, long junkLimit) throws IOException {
        return read(in, junkLimit, OutputStream.nullOutputStream());
    }

    /** {@link #read(InputStream, long)}, copying the skipped bytes to {@code junk}. */
    public static Frame read(InputStream in, long junkLimit, OutputStream junkOut) throws IOException {
        long junk = 0;
        int matched = 0;
        while (matched < MAGIC.length) {
            int b = in.read();
            if (b < 0) return null;
            if (b == (MAGIC[matched] & 0xff)) {
                matched++;
            } else {
                junkOut.write(MAGIC, 0, matched);
                junkOut.write(b);
                junk += matched + 1;
                matched = b == (MAGIC[0] & 0xff) ? 1 : 0;
                if (matched == 1) junk--;
                if (junk > junkLimit) throw new Flood(junkLimit);
            }
        }
        byte[] rest = in.readNBytes(4 + 8 + 4);
        if (rest.length < 16) throw new EOFException("the stream ended inside a frame header");
        ByteBuffer header = ByteBuffer.wrap(rest);
        int kind = header.getInt();
        long id = header.getLong();
        int length = header.getInt();
        if (length < 0 || length > MAX_PAYLOAD) throw new IOException("a frame claims " + length + " bytes");
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) throw new EOFException("the stream ended inside a frame");
        return new Frame(kind, id, payload, junk);
    }
}
