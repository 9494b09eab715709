package torchtrek.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.allow_pickle;
import static torchtrek.Kwargs.mmap_mode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import torchtrek.Tensor;
import torchtrek.errors.TorchException;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.golden.GoldenBlocks;
import torchtrek.np;

/**
 * {@code .npy}/{@code .npz} files written by real NumPy 1.24 (scripts/golden/numpy/npy_fixtures.py):
 * TorchTrek reads every one to the same dtype, shape, memory order, values and repr, copied or
 * memory-mapped, and writes byte-identical files from what it read.
 */
class NpyFixturesTest {
    @TempDir
    Path tmp;

    static Stream<GoldenBlocks.Case> arrays() {
        return cases().filter(c -> c.fields().containsKey("dtype"));
    }

    private static Stream<GoldenBlocks.Case> cases() {
        return GoldenBlocks.load("/golden/numpy/npy_fixtures.txt").stream();
    }

    private static Path fixture(String name) {
        return Fixtures.path(name);
    }

    private static np.ndarray read(GoldenBlocks.Case c) {
        String file = fixture(c.field("file")).toString();
        if (!c.fields().containsKey("member")) return np.load(file);
        try (np.NpzFile archive = np.load_npz(file)) {
            return archive.get(c.field("member"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void readsWhatNumpyWrote(GoldenBlocks.Case c) {
        np.ndarray a = read(c);
        assertSameArray(c, a);
        assertEquals(c.section("repr"), a.repr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void mapsWhatNumpyWrote(GoldenBlocks.Case c) {
        if (c.fields().containsKey("member")) return;   // NumPy maps only .npy files; archives are read into memory
        np.ndarray a = np.load(fixture(c.field("file")).toString(), mmap_mode("r"));
        assertTrue(a instanceof np.memmap);
        assertSameArray(c, a);
        assertEquals(c.section("repr").replace("\n      ", "\n       ").replaceFirst("^array\\(", "memmap("), a.repr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrays")
    void savesTheSameBytesNumpySaved(GoldenBlocks.Case c) throws IOException {
        if (!c.field("identical").equals("yes")) return;
        np.ndarray a = read(c);
        Path out = tmp.resolve("copy.npy");
        np.save(out.toString(), a);
        assertArrayEquals(Files.readAllBytes(fixture(c.field("file"))), Files.readAllBytes(out));
    }

    private static void assertSameArray(GoldenBlocks.Case c, np.ndarray a) {
        Tensor expected = GoldenArrays.of(c);
        assertEquals(c.field("dtype"), a.dtype().str(), "dtype");
        assertEquals(expected.shape(), a.tensorView().shape(), "shape");
        boolean fortran = a.ndim() > 1 && Contiguity.isF(a.tensorView().layout()) && !Contiguity.isC(a.tensorView().layout());
        assertEquals(c.field("fortran").equals("yes"), fortran, "Fortran order");
        assertEquals(elements(expected), elements(a.tensorView()), "values");
    }

    /** The elements in C order, exactly (floats by bits, NaN as one value). */
    static List<Object> elements(Tensor t) {
        Tensor flat = t.reshape(-1);
        List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < flat.numel(); i++) {
            int p = flat.layout().position(i);
            out.add(t.dtype().isFloatingPoint() ? (Object) Double.doubleToLongBits(flat.storage().getDouble(p))
                : (Object) flat.storage().getLong(p));
        }
        return out;
    }

    @Test
    void listsArchiveMembersAsNumpyDoes() {
        cases().filter(c -> c.name().startsWith("archive-")).forEach(c -> {
            try (np.NpzFile archive = np.load_npz(fixture(c.field("file")).toString())) {
                assertEquals(List.of(c.field("files").split(" ")), archive.files(), c.name());
            }
        });
    }

    @Test
    void refusesPicklesWithNumpysMessages() {
        cases().filter(c -> c.name().startsWith("refused-")).forEach(c -> {
            TorchException e = assertThrows(TorchException.class, () -> np.load(fixture(c.field("file")).toString()));
            assertEquals(c.section("error"), e.toString(), c.name());
            // allow_pickle=True would run the pickle in NumPy; TorchTrek never does
            assertThrows(ValueError.class, () -> np.load(fixture(c.field("file")).toString(), allow_pickle(true)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"uint16.npy", "complex.npy", "structured.npy", "unicode.npy"})
    void namesTheNumpyDtypesTensorsLack(String file) {
        TypeError e = assertThrows(TypeError.class, () -> np.load(fixture(file).toString()));
        assertTrue(e.getMessage().startsWith("TorchTrek's np has the dtypes tensors have"), e.getMessage());
        String name = file.substring(0, file.indexOf('.'));
        assertTrue(e.getMessage().contains(name.equals("unicode") ? "str" : name), e.getMessage());
    }

    @Test
    void npzAskedOfLoadPointsToLoadNpz() {
        TypeError e = assertThrows(TypeError.class, () -> np.load(fixture("named.npz").toString()));
        assertTrue(e.getMessage().contains("np.load_npz"), e.getMessage());
    }
}
