package torchtrek.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding NVRTC/cuBLAS of the right major version, and saying exactly what is missing or mismatched. */
class CudaLibrariesTest {
    /** Loads a library of a name no machine has, through a binder that records what it was given. */
    private static CudaLibraries.Loaded<String> load(LibrarySearch search, int driver) {
        return CudaLibraries.load("torchtrekfake", "libtorchtrekfakeLt", search, driver, path -> {
            if (Files.isRegularFile(Path.of(path))) return "bound " + path;
            throw new UnsatisfiedLinkError("Unable to load library '" + path + "': cannot open shared object file");
        }, "FakeLib, a test library", "apt install fake");
    }

    @Test
    void searchFindsTheVersionedFileInTheOverrideFolderFirst(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("libnvrtc.so.13"));
        LibrarySearch search = LibrarySearch.fromEnvironment(Map.of(LibrarySearch.OVERRIDE, dir.toString()), "/nonexistent");
        assertEquals(dir, search.folders().get(0));
        assertEquals(dir.resolve("libnvrtc.so.13"), search.find("nvrtc", 13));
        assertNull(search.find("nvrtc", 12));
        assertTrue(search.folders().contains(Path.of("/usr/local/cuda/lib64")), "the toolkit's default folder is searched");
    }

    @Test
    void pythonWheelsAreSearched(@TempDir Path home) throws Exception {
        Path lib = Files.createDirectories(home.resolve(".local/lib/python3.12/site-packages/nvidia/cu13/lib"));
        LibrarySearch search = LibrarySearch.fromEnvironment(Map.of(), home.toString());
        assertTrue(search.folders().contains(lib), search.toString());
    }

    @Test
    void theNewestMajorTheDriverCanRunIsChosen(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("libtorchtrekfake.so.13"));
        Files.createFile(dir.resolve("libtorchtrekfake.so.12"));
        LibrarySearch search = new LibrarySearch(List.of(dir));
        assertEquals("bound " + dir.resolve("libtorchtrekfake.so.13"), load(search, 13000).library());
        assertEquals("bound " + dir.resolve("libtorchtrekfake.so.12"), load(search, 12080).library(),
            "a CUDA 12 driver cannot run CUDA 13 libraries");
    }

    @Test
    void missingLibrarySaysWhatToInstall(@TempDir Path dir) {
        CudaLibraries.Loaded<String> r = load(new LibrarySearch(List.of(dir)), 13000);
        assertNull(r.library());
        String why = r.problem();
        for (String part : List.of("CUDA driver 13.0 found", "FakeLib, a test library", "is missing",
                "libtorchtrekfake.so.13 or libtorchtrekfake.so.12", "apt install fake", LibrarySearch.OVERRIDE))
            assertTrue(why.contains(part), "'" + part + "' in: " + why);
    }

    @Test
    void libraryTooNewForTheDriverIsAVersionMismatch(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("libtorchtrekfake.so.13"));
        String why = load(new LibrarySearch(List.of(dir)), 12040).problem();
        for (String part : List.of("no libtorchtrekfake.so.12", "Found libtorchtrekfake.so.13", "needs a newer NVIDIA driver",
                "CUDA 12.4", "install the CUDA 12 version"))
            assertTrue(why.contains(part), "'" + part + "' in: " + why);
    }

    @Test
    void aFileThatDoesNotLoadIsReportedWithItsError(@TempDir Path dir) throws Exception {
        Path broken = Files.createFile(dir.resolve("libtorchtrekfake.so.12"));
        CudaLibraries.Loaded<String> r = CudaLibraries.load("torchtrekfake", "x", new LibrarySearch(List.of(dir)), 12080, path -> {
            throw new UnsatisfiedLinkError(path + ": invalid ELF header");
        }, "FakeLib", "apt install fake");
        assertTrue(r.problem().contains("could not be loaded: " + broken), r.problem());
        assertTrue(r.problem().contains("invalid ELF header"), r.problem());
    }
}
