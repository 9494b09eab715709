package torchtrek.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.mmap_mode;
import static torchtrek.Kwargs.out;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.ValueError;
import torchtrek.errors.Warnings;
import torchtrek.np;
import torchtrek.torch;

/**
 * {@code np.load(path, mmap_mode(...))}: the array's memory is the file's, so a tensor made
 * with {@code torch.from_numpy} writes straight into the file (mode r+), cannot write (r), or
 * writes a private copy (c); and changes made to the file by anyone else are seen at once.
 */
class MemoryMapTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restoreWarnings() {
        Warnings.redirect(null);
        Warnings.resetOnce();
    }

    private Path saved(np.ndarray a) {
        Path file = tmp.resolve("a.npy");
        np.save(file.toString(), a);
        return file;
    }

    /** The float32 values after the 128-byte header NumPy writes for a small array. */
    private static float[] floatsInFile(Path file, int n) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = b.getFloat(128 + 4 * i);
        return out;
    }

    @Test
    void readWriteMappingSharesMemoryWithTheFile() throws IOException {
        Path file = saved(np.array(new float[] {1, 2, 3, 4}));
        np.ndarray m = np.load(file.toString(), mmap_mode("r+"));
        assertEquals("memmap([1., 2., 3., 4.], dtype=float32)", m.repr());
        Tensor t = torch.from_numpy(m);
        t.add_(1);
        assertArrayEquals(new float[] {2, 3, 4, 5}, floatsInFile(file, 4));
        m.set("0", 100.0);
        assertEquals("tensor([100.,   3.,   4.,   5.])", t.toString());
        assertEquals("[100.   3.   4.   5.]", np.load(file.toString()).toString());
        assertTrue(np.shares_memory(m, t.numpy()));
        assertTrue(np.shares_memory(m, t));
        ((np.memmap) m).flush();
    }

    @Test
    void changesMadeToTheFileByAnotherWriterAreSeen() throws IOException {
        Path file = saved(np.zeros(3, dtype(np.float32)));
        Tensor t = torch.from_numpy(np.load(file.toString(), mmap_mode("r")));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, 7.5f), 128 + 4);
        }
        assertEquals("tensor([0.0000, 7.5000, 0.0000])", t.toString());
    }

    @Test
    void readOnlyMappingRefusesWritesClearly() throws IOException {
        Path file = saved(np.array(new double[] {1, 2}));
        np.ndarray m = np.load(file.toString(), mmap_mode("r"));
        assertEquals("ValueError: assignment destination is read-only", assertThrows(ValueError.class, () -> m.set("0", 5.0)).toString());
        assertEquals("output array is read-only", assertThrows(ValueError.class, () -> np.add(m, 1, out(m))).getMessage());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Warnings.redirect(new PrintStream(err, true));
        Tensor t = torch.from_numpy(m);
        assertTrue(err.toString().startsWith("UserWarning: The given NumPy array is not writable, and PyTorch does not support "
            + "non-writable tensors."), err.toString());
        RuntimeError e = assertThrows(RuntimeError.class, () -> t.add_(1));
        assertTrue(e.getMessage().contains("mapped read-only"), e.getMessage());
        assertEquals("[1. 2.]", np.load(file.toString()).toString());
    }

    @Test
    void copyOnWriteMappingKeepsTheFileUnchanged() throws IOException {
        Path file = saved(np.array(new double[] {1, 2}));
        np.ndarray m = np.load(file.toString(), mmap_mode("c"));
        torch.from_numpy(m).mul_(10);
        assertEquals("memmap([10., 20.])", m.repr());
        assertEquals("[1. 2.]", np.load(file.toString()).toString());
    }

    @Test
    void bigEndianAndFortranFilesMapInPlace() throws IOException {
        Path file = Fixtures.path("big-fortran.npy");
        Path copy = tmp.resolve("big-fortran.npy");
        Files.copy(file, copy);
        np.ndarray m = np.load(copy.toString(), mmap_mode("r+"));
        assertEquals("(4, 12)", m.strides().toString());
        m.set("2, 1", 99L);
        np.ndarray again = np.load(copy.toString());
        assertEquals("array([[ 0,  1],\n       [ 2,  3],\n       [ 4, 99]], dtype=int32)", again.repr());
        assertEquals("ValueError: given numpy array has byte order different from the native byte order. Conversion between "
            + "byte orders is currently not supported.", assertThrows(ValueError.class, () -> torch.from_numpy(m)).toString());
    }

    @Test
    void viewsOfAMemmapAreMemmaps() throws IOException {
        Path file = saved(np.arange(6.0));
        np.ndarray m = np.load(file.toString(), mmap_mode("r+"));
        np.ndarray row = m.reshape(2, 3).get("1");
        assertEquals("memmap([3., 4., 5.])", row.repr());
        row.set("0", -1.0);
        assertEquals("[ 0.  1.  2. -1.  4.  5.]", np.load(file.toString()).toString());
        assertEquals("array([1., 2., 3., 0., 5., 6.])", m.add(1).repr());
    }

    @Test
    void modesNumpyRejectsOrThatWouldCreateFiles() throws IOException {
        Path file = saved(np.ones(2));
        assertEquals("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got 'x')",
            assertThrows(ValueError.class, () -> np.load(file.toString(), mmap_mode("x"))).getMessage());
        assertThrows(ValueError.class, () -> np.load(file.toString(), mmap_mode("w+")));
        assertEquals("[1. 1.]", np.load(file.toString()).toString(), "the file was not truncated");
    }
}
