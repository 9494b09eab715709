package torchtrek.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import torchtrek.errors.Warnings;

/**
 * Sends {@code System.out}, {@code System.err} and TorchTrek's warnings into one buffer while
 * student code runs (the local JShell engine prints straight to them), keeping at most
 * {@code limit} bytes so a printing loop cannot fill the memory.
 */
final class OutputCapture implements AutoCloseable {
    private final PrintStream savedOut = System.out;
    private final PrintStream savedErr = System.err;
    private final Bounded buffer;
    private final PrintStream stream;

    OutputCapture(int limit) {
        buffer = new Bounded(limit);
        stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        System.setErr(stream);
        Warnings.redirect(stream);
    }

    /** Everything captured so far, with a note when some was cut. */
    String text() {
        stream.flush();
        String s = buffer.toString(StandardCharsets.UTF_8);
        return buffer.dropped ? s + "\n[output cut: more than " + buffer.limit + " bytes]\n" : s;
    }

    @Override
    public void close() {
        stream.flush();
        System.setOut(savedOut);
        System.setErr(savedErr);
        Warnings.redirect(null);
    }

    private static final class Bounded extends ByteArrayOutputStream {
        final int limit;
        boolean dropped;

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (count < limit) super.write(b);
            else dropped = true;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, limit - count);
            if (len > room) dropped = true;
            super.write(b, off, Math.min(len, room));
        }

        @Override
        public void writeTo(OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }
}
