package torchtrek.numpy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

import torchtrek.errors.ValueError;

/**
 * Sequential bytes of an {@code .npy} stream: a file (whose size is known) or an {@code .npz}
 * member. Reads never allocate more than the bytes that are really there, whatever a header
 * claims, and a short read fails with NumPy's {@code EOF: reading ...} message.
 */
abstract class ByteSource {
    /** Bytes left, or -1 when unknown (a compressed zip member). */
    abstract long remaining();

    /** Reads up to {@code length} bytes into {@code into}; returns the count, -1 at the end. */
    abstract int read(byte[] into, int offset, int length);

    /** Reads up to {@code into.remaining()} bytes into a buffer (a file reads straight into a direct one). */
    int read(ByteBuffer into) {
        if (into.hasArray()) {
            int r = read(into.array(), into.arrayOffset() + into.position(), into.remaining());
            if (r > 0) into.position(into.position() + r);
            return r;
        }
        byte[] bytes = new byte[into.remaining()];
        int r = read(bytes, 0, bytes.length);
        if (r > 0) into.put(bytes, 0, r);
        return r;
    }

    /** Bytes consumed so far. */
    abstract long position();

    /**
     * The next {@code bytes} bytes mapped read-only, for copying them out in one pass from the
     * page cache; null where that is not possible (a stream). The caller has checked they exist.
     */
    ByteBuffer map(long bytes) {
        return null;
    }

    /** A buffer to read chunks into: direct for a file channel (no extra copy), on the heap for a stream. */
    ByteBuffer chunk(int size) {
        return ByteBuffer.allocate(size);
    }

    /** Exactly {@code n} bytes, or NumPy's EOF error naming {@code what}. */
    byte[] readExactly(int n, String what) {
        long left = remaining();
        byte[] out = new byte[left >= 0 ? (int) Math.min(n, left) : Math.min(n, 1 << 16)];
        int got = 0;
        while (got < n) {
            if (got == out.length) {
                if (left >= 0) break;
                out = Arrays.copyOf(out, (int) Math.min(n, (long) out.length * 2));
            }
            int r = read(out, got, out.length - got);
            if (r < 0) break;
            got += r;
        }
        if (got < n) throw eof(what, n, got);
        return out;
    }

    static ValueError eof(String what, long expected, long got) {
        return new ValueError("EOF: reading " + what + ", expected " + expected + " bytes got " + got);
    }

    static ByteSource of(FileChannel channel) {
        return new FileSource(channel);
    }

    static ByteSource of(InputStream in, long size) {
        return new StreamSource(in, size);
    }

    private static final class FileSource extends ByteSource {
        private final FileChannel channel;

        FileSource(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        long remaining() {
            try {
                return Math.max(0, channel.size() - channel.position());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        int read(byte[] into, int offset, int length) {
            try {
                return channel.read(ByteBuffer.wrap(into, offset, length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        ByteBuffer map(long bytes) {
            if (bytes > Integer.MAX_VALUE || bytes < (1 << 20)) return null;
            try {
                long at = channel.position();
                ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, at, bytes);
                channel.position(at + bytes);
                return mapped;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        ByteBuffer chunk(int size) {
            return ByteBuffer.allocateDirect(size);
        }

        @Override
        int read(ByteBuffer into) {
            try {
                return channel.read(into);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        long position() {
            try {
                return channel.position();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class StreamSource extends ByteSource {
        private final InputStream in;
        private final long size;
        private long position;

        StreamSource(InputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        @Override
        long remaining() {
            return size < 0 ? -1 : Math.max(0, size - position);
        }

        @Override
        int read(byte[] into, int offset, int length) {
            try {
                int r = in.read(into, offset, length);
                if (r > 0) position += r;
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        long position() {
            return position;
        }
    }
}
