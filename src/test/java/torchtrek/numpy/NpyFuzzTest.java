package torchtrek.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static torchtrek.Kwargs.mmap_mode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import torchtrek.errors.MemoryError;
import torchtrek.errors.TorchException;
import torchtrek.errors.UnicodeDecodeError;
import torchtrek.errors.ValueError;
import torchtrek.np;

/**
 * Hostile and broken {@code .npy} files: random byte changes, every truncation, absurd
 * lengths and shapes, bad dtypes, nesting bombs, pickles. Each load must end in one of
 * TorchTrek's Python-named errors (never a Java exception), must not allocate more than a
 * small multiple of the file's size, and a loaded array must not claim more data than the
 * file holds.
 */
class NpyFuzzTest {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path tmp;

    private static byte[] npy(String header, int major, byte[] data) {
        byte[] h = (header + "\n").getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(8 + (major == 1 ? 2 : 4) + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyHeader.MAGIC_PREFIX).put((byte) major).put((byte) 0);
        if (major == 1) b.putShort((short) h.length);
        else b.putInt(h.length);
        return b.put(h).put(data).array();
    }

    private static byte[] valid(String descr, String shape, int dataBytes) {
        return npy("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }", 1, new byte[dataBytes]);
    }

    /** Loads {@code bytes} (copied, then mapped) and checks the outcome is a clean success or a TorchTrek error. */
    private Outcome load(byte[] bytes) throws IOException {
        Path file = tmp.resolve("fuzz.npy");
        Files.write(file, bytes);
        Outcome copied = attempt(file, bytes.length, null);
        attempt(file, bytes.length, "r");
        return copied;
    }

    private record Outcome(np.ndarray array, TorchException error) {}

    private Outcome attempt(Path file, long size, String mode) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        Outcome outcome;
        try {
            np.ndarray a = mode == null ? np.load(file.toString()) : np.load(file.toString(), mmap_mode(mode));
            assertTrue(a.nbytes() <= size, "an array of " + a.nbytes() + " bytes from a file of " + size);
            outcome = new Outcome(a, null);
        } catch (TorchException e) {
            outcome = new Outcome(null, e);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("a Java exception escaped for mode " + mode + ": " + e, e);
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 8 * size + (4 << 20), "allocated " + allocated + " bytes reading a file of " + size);
        return outcome;
    }

    @Test
    void everyTruncationFailsCleanly() throws IOException {
        byte[] whole = valid("<f8", "(2, 3)", 48);
        for (int n = 0; n < whole.length; n++) {
            Outcome o = load(Arrays.copyOf(whole, n));
            assertTrue(o.error() != null, "a file cut at " + n + " bytes loaded");
        }
        assertEquals(6, load(whole).array().size());
    }

    @Test
    void truncationMessagesAreNumpys() throws IOException {
        byte[] whole = valid("<f8", "(10,)", 80);
        assertEquals("ValueError: Cannot load file containing pickled data when allow_pickle=False", load(new byte[] {(byte) 0x93, 'N'}).error().toString());
        assertEquals("ValueError: EOF: reading magic string, expected 8 bytes got 6", load(Arrays.copyOf(whole, 6)).error().toString());
        assertEquals("ValueError: EOF: reading array header length, expected 2 bytes got 1", load(Arrays.copyOf(whole, 9)).error().toString());
        int headerLength = whole.length - 10 - 80;
        assertEquals("ValueError: EOF: reading array header, expected " + headerLength + " bytes got 20",
            load(Arrays.copyOf(whole, 30)).error().toString());
        assertEquals("ValueError: cannot reshape array of size 3 into shape (10,)", load(Arrays.copyOf(whole, whole.length - 56)).error().toString());
    }

    @Test
    void headerLongerThanTheFileIsNotRead() throws IOException {
        byte[] bytes = npy("{}", 2, new byte[0]);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 0xFFFFFFF0);   // claims a 4 GB header
        assertEquals("ValueError: EOF: reading array header, expected 4294967280 bytes got 3", load(bytes).error().toString());
    }

    @Test
    void oversizedHeadersAreRefusedWithNumpysLimit() throws IOException {
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }" + " ".repeat(20000);
        ValueError e = (ValueError) load(npy(header, 2, new byte[8])).error();
        assertTrue(e.getMessage().startsWith("Header info length (" + (header.length() + 1) + ") is large and may not be "
            + "safe to load securely."), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(10000000000000,)", "(4294967296, 4294967296)", "(1000000000, 1000000000, 1000000000)",
        "(123456789012345678901234567890,)", "(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)"})
    void absurdShapesFailWithoutAllocating(String shape) throws IOException {
        TorchException e = load(valid("<f8", shape, 64)).error();
        assertTrue(e instanceof MemoryError || e instanceof ValueError || e instanceof torchtrek.errors.RuntimeError, e.toString());
    }

    @Test
    void hugeShapeGetsNumpysAllocationMessage() throws IOException {
        assertEquals("numpy.core._exceptions._ArrayMemoryError: Unable to allocate 72.8 TiB for an array with shape "
            + "(10000000000000,) and data type float64", load(valid("<f8", "(10000000000000,)", 8)).error().toString());
    }

    @Test
    void negativeAndNonIntegerShapesAreRefused() throws IOException {
        assertEquals("ValueError: negative dimensions are not allowed", load(valid("<f8", "(-3,)", 24)).error().toString());
        assertEquals("ValueError: shape is not valid: (2.5,)", load(valid("<f8", "(2.5,)", 24)).error().toString());
        assertEquals("ValueError: shape is not valid: [3]", load(valid("<f8", "[3]", 24)).error().toString());
        assertEquals("ValueError: shape is not valid: 3", load(valid("<f8", "(3)", 24)).error().toString());
    }

    @Test
    void badDescriptorsAndHeadersGetNumpysMessages() throws IOException {
        assertEquals("ValueError: descr is not a valid dtype descriptor: 'xyz'", load(valid("xyz", "(1,)", 8)).error().toString());
        assertEquals("ValueError: descr is not a valid dtype descriptor: '<f8 '", load(valid("<f8 ", "(1,)", 8)).error().toString());
        assertEquals("ValueError: Object arrays cannot be loaded when allow_pickle=False", load(valid("|O", "(1,)", 8)).error().toString());
        assertEquals("ValueError: Header does not contain the correct keys: ['descr']", load(npy("{'descr':'<f8'}", 1, new byte[0])).error().toString());
        assertEquals("ValueError: Header is not a dictionary: [1, 2]", load(npy("[1, 2]", 1, new byte[0])).error().toString());
        assertEquals("ValueError: Cannot parse header: \"{'descr': '<f8', __import__('os')}\\n\"",
            load(npy("{'descr': '<f8', __import__('os')}", 1, new byte[0])).error().toString());
        assertEquals("ValueError: fortran_order is not a valid bool: 1",
            load(npy("{'descr': '<f8', 'fortran_order': 1, 'shape': (1,)}", 1, new byte[8])).error().toString());
        assertEquals("ValueError: we only support format version (1,0), (2,0), and (3,0), not (4, 0)",
            load(npy("{}", 4, new byte[0])).error().toString());
    }

    @Test
    void badUtf8InVersion3HeadersIsPythonsDecodeError() throws IOException {
        byte[] bytes = npy("{?}", 3, new byte[0]);
        bytes[13] = (byte) 0xFF;
        TorchException e = load(bytes).error();
        assertTrue(e instanceof UnicodeDecodeError);
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", e.toString());
    }

    @Test
    void nestingBombsAreRefused() throws IOException {
        String bomb = "(".repeat(5000) + ")".repeat(5000);
        assertTrue(load(npy("{'descr': '<f8', 'fortran_order': False, 'shape': " + bomb + "}", 1, new byte[8])).error() instanceof ValueError);
        String lists = "[".repeat(3000) + "]".repeat(3000);
        assertTrue(load(npy(lists, 1, new byte[0])).error() instanceof ValueError);
    }

    @Test
    void mappingPastTheEndIsRefused() throws IOException {
        Path file = tmp.resolve("short.npy");
        Files.write(file, valid("<f8", "(100,)", 80));
        long size = Files.size(file);
        ValueError e = assertThrows(ValueError.class, () -> np.load(file.toString(), mmap_mode("r+")));
        assertEquals("mmap length is greater than file size", e.getMessage());
        assertEquals(size, Files.size(file), "the file was not grown");
    }

    @Test
    void randomByteChangesNeverEscapeAsJavaExceptions() throws IOException {
        Random random = new Random(20240601);
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(valid("<f8", "(2, 3)", 48));
        seeds.add(valid(">i4", "(3,)", 12));
        seeds.add(valid("|b1", "()", 1));
        seeds.add(npy("{'descr': '<f2', 'fortran_order': True, 'shape': (2, 2), }", 3, new byte[8]));
        int loaded = 0, refused = 0;
        for (int round = 0; round < 1500; round++) {
            byte[] b = seeds.get(round % seeds.size()).clone();
            int changes = 1 + random.nextInt(4);
            for (int k = 0; k < changes; k++) {
                int at = random.nextInt(Math.min(b.length, 90));
                b[at] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : (byte) "(),:'{}[]-0123456789 Lx\"".charAt(random.nextInt(24));
            }
            if (random.nextInt(5) == 0) b = Arrays.copyOf(b, random.nextInt(b.length + 8));
            Outcome o = load(b);
            if (o.error() == null) loaded++;
            else refused++;
        }
        assertTrue(loaded >= 20 && refused >= 500, "the mutations explored both outcomes: " + loaded + " loaded, " + refused + " refused");
    }

    @Test
    void randomGarbageIsNeverAnArray() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            byte[] b = new byte[random.nextInt(200)];
            random.nextBytes(b);
            if (round % 3 == 0 && b.length >= 8) System.arraycopy(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}, 0, b, 0, 8);
            Outcome o = load(b);
            if (o.error() == null) fail("random bytes loaded as " + o.array().repr());
        }
    }
}
